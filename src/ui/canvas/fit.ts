import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import { diagramBounds } from '../../core/geometry/geometry.ts';
import type { Diagram } from '../../core/model/types.ts';

/**
 * Fitting a diagram into view leaves room for the zoom controls (bottom left) and the minimap
 * (bottom right), so no corner of the drawing is hidden under them, and never zooms past 100 %.
 */
export const FIT_VIEW = { padding: { top: '40px', left: '64px', right: '40px', bottom: '150px' }, maxZoom: 1 } satisfies FitViewOptions;

/** The canvas's zoom limits. */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;

/**
 * The viewport that fits a document into a canvas of this size, as `fitView(FIT_VIEW)` would, but
 * from the document's own sizes: known before React Flow has drawn or measured a single node, so an
 * opened design is drawn once, at the zoom (and level of detail) it is shown at.
 */
export function fitViewport(doc: Diagram, width: number, height: number): Viewport | undefined {
  const bounds = diagramBounds(doc);
  if (!bounds || width <= 0 || height <= 0) return undefined;
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_VIEW.maxZoom, FIT_VIEW.padding);
}
