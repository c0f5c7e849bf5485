/**
 * Where things are on the drawing, in absolute coordinates. The file stores positions relative to
 * the parent zone; the canvas, the exporters and the layout all need absolute rectangles, computed
 * here once per document version. Product nodes have one fixed size everywhere (canvas and exports).
 */
import { indexOf, type DiagramIndex } from '../index/diagram-index.ts';
import type { Diagram, DiagramNode, Position, Size, ZoneNode } from '../model/types.ts';
import { memoByObject } from '../model/memo.ts';

/** Size of a product node on the canvas and in every export. */
export const PRODUCT_SIZE: Readonly<Size> = Object.freeze({ width: 160, height: 60 });

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function nodeSize(node: DiagramNode): Size {
  return node.kind === 'zone' ? node.size : PRODUCT_SIZE;
}

/** Absolute top-left corner of every node (parents are settled before children: linear). */
export const absolutePositions: (doc: Diagram) => ReadonlyMap<string, Position> = memoByObject((doc: Diagram) => {
  const positions = new Map<string, Position>();
  for (const node of indexOf(doc).parentsFirst) {
    const base = node.parent === undefined ? undefined : positions.get(node.parent);
    positions.set(node.id, base ? { x: base.x + node.position.x, y: base.y + node.position.y } : node.position);
  }
  return positions;
});

export function nodeRect(doc: Diagram, id: string): Rect | undefined {
  const node = indexOf(doc).node(id);
  const at = absolutePositions(doc).get(id);
  if (!node || !at) return undefined;
  const size = nodeSize(node);
  return { x: at.x, y: at.y, width: size.width, height: size.height };
}

export function contains(rect: Rect, point: Position): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/**
 * The innermost zone under the centre of a node placed at `at` (absolute top-left corner) with `size`:
 * where a drop, a paste or a new node lands. Zones whose id is in `skip` are passed over (the dragged
 * nodes and their descendants: a zone never becomes its own descendant).
 */
export function zoneUnder(doc: Diagram, at: Position, size: Size, skip?: ReadonlySet<string>): ZoneNode | undefined {
  const center = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
  const index: DiagramIndex = indexOf(doc);
  let best: ZoneNode | undefined;
  let bestDepth = -1;
  for (const node of doc.nodes) {
    if (node.kind !== 'zone' || skip?.has(node.id)) continue;
    const rect = nodeRect(doc, node.id)!;
    const depth = index.depth(node.id);
    if (contains(rect, center) && depth > bestDepth) {
      best = node;
      bestDepth = depth;
    }
  }
  return best;
}

/** Bounding box of all nodes, or undefined for an empty diagram. */
export function diagramBounds(doc: Diagram): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of doc.nodes) {
    const rect = nodeRect(doc, node.id)!;
    minX = Math.min(minX, rect.x);
    minY = Math.min(minY, rect.y);
    maxX = Math.max(maxX, rect.x + rect.width);
    maxY = Math.max(maxY, rect.y + rect.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
