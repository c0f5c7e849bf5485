/**
 * A small picture of a design as data: zones as outlines in their colours, products as grey blocks, no
 * text. The app draws it as SVG (DiagramThumbnail); the template gallery's pictures are computed when
 * the app is built (build/validated-data.ts), so the first screen shows them without reading a file.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Diagram } from '../model/types.ts';
import { diagramBounds, nodeRect } from './geometry.ts';

/** A rectangle as x, y, width and height, in drawing units. */
export type Box = [x: number, y: number, width: number, height: number];

/** Tuples rather than objects: the gallery's pictures are part of the app's first download. */
export interface Thumbnail {
  viewBox: string;
  /** Zone outlines, in drawing units: thick enough to show at thumbnail size. */
  strokeWidth: number;
  /** Zones with their catalog colour, outer before inner; drawn under the products. */
  zones: [...Box, stroke: string][];
  products: Box[];
}

/**
 * The picture of `doc`, or null for an empty design. With `maxShapes`, a design with more nodes than
 * that is drawn by its zones alone (at most that many): at thumbnail size a large design's products
 * are specks, and a list of them should stay cheap.
 */
export function thumbnailOf(doc: Diagram, catalog: Catalog, maxShapes = Infinity): Thumbnail | null {
  const bounds = diagramBounds(doc);
  if (!bounds) return null;
  const box = (id: string): Box => {
    const { x, y, width, height } = nodeRect(doc, id)!;
    return [x, y, width, height];
  };
  const zones = doc.nodes.filter((n) => n.kind === 'zone');
  const pad = Math.max(bounds.width, bounds.height) * 0.03;
  return {
    viewBox: `${bounds.x - pad} ${bounds.y - pad} ${bounds.width + 2 * pad} ${bounds.height + 2 * pad}`,
    strokeWidth: Math.max(2, bounds.width / 300),
    zones: zones.slice(0, maxShapes).map((z) => [...box(z.id), catalog.zone(z.zone).color]),
    products: doc.nodes.length <= maxShapes ? doc.nodes.filter((n) => n.kind !== 'zone').map((n) => box(n.id)) : [],
  };
}
