/**
 * The canvas's viewport behind a small interface: what actions, menus, the palette and the keyboard
 * commands need of it (where a screen point is on the drawing, what part of the drawing shows, zoom,
 * fit, centre, where a node shows mid-drag). React Flow's types stay in the canvas folder.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Rect } from '../../core/geometry/geometry.ts';
import type { Position } from '../../core/model/types.ts';
import type { FlowEdge, FlowNode } from './flow-elements.ts';
import { FIT_VIEW } from './fit.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface CanvasView {
  /** A point on the screen (client pixels) in drawing coordinates. */
  toDrawing(point: Position): Position;
  /** The part of the drawing the canvas shows (undefined before the canvas has a size). */
  visibleArea(): Rect | undefined;
  /** The middle of the canvas, in drawing coordinates. */
  center(): Position;
  zoom(): number;
  zoomBy(factor: number): void;
  /** Fit everything, or the given nodes, into view. */
  fit(nodes?: readonly string[], options?: { padding?: number; maxZoom?: number; duration?: number }): void;
  /** Centre the view on a drawing point, keeping the zoom. */
  centerOn(point: Position): void;
  setViewport(viewport: Viewport): void;
  /** Where a node shows right now (absolute top-left, mid-drag too); undefined when not drawn. */
  nodeAt(id: string): Position | undefined;
}

function canvasRect(): DOMRect | undefined {
  return document.querySelector('main.canvas')?.getBoundingClientRect();
}

export function canvasView(flow: ReactFlowInstance<FlowNode, FlowEdge>): CanvasView {
  const toDrawing = (point: Position) => flow.screenToFlowPosition(point);
  return {
    toDrawing,
    visibleArea() {
      const rect = canvasRect();
      if (!rect || rect.width === 0 || rect.height === 0) return undefined;
      const a = toDrawing({ x: rect.left, y: rect.top });
      const b = toDrawing({ x: rect.right, y: rect.bottom });
      return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    },
    center() {
      const rect = canvasRect();
      const x = rect ? rect.left + rect.width / 2 : window.innerWidth / 2;
      const y = rect ? rect.top + rect.height / 2 : window.innerHeight / 2;
      return toDrawing({ x, y });
    },
    zoom: () => flow.getZoom(),
    zoomBy(factor) {
      void flow.zoomTo(flow.getZoom() * factor, { duration: 120 });
    },
    fit(nodes, options = {}) {
      if (!nodes) void flow.fitView({ ...FIT_VIEW, ...options });
      else if (nodes.length > 0) void flow.fitView({ nodes: nodes.map((id) => ({ id })), ...options });
    },
    centerOn(point) {
      void flow.setCenter(point.x, point.y, { zoom: flow.getZoom(), duration: 200 });
    },
    setViewport(viewport) {
      void flow.setViewport(viewport);
    },
    nodeAt: (id) => flow.getInternalNode(id)?.internals.positionAbsolute,
  };
}
