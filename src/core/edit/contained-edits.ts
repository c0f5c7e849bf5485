/**
 * Moving, nudging and resizing with the containment invariant kept (containment.ts): each returns
 * the next document, the same object when nothing changes.
 */
import type { Catalog } from '../catalog/types.ts';
import { absolutePositions, nodeSize } from '../geometry/geometry.ts';
import { fitsInside, innerBox, ZONE_INSET, ZONE_MIN_SIZE } from '../geometry/zone-frame.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Diagram, Position, Size } from '../model/types.ts';
import { contained } from './containment.ts';
import { draggedRoots } from './dragged-roots.ts';
import { moveNodes, resizeZone, type Move } from './nodes.ts';
import type { EditResult } from './result.ts';

/**
 * A drop: the nodes land where they were dropped, in the zone the caller chose (the one under their
 * centre); a node sticking out over its zone's top or left edge stops at it, one sticking out at the
 * right or bottom makes the zone grow.
 */
export function moveContained(doc: Diagram, moves: readonly Move[], catalog: Catalog): EditResult {
  const result = moveNodes(doc, moves);
  if (!result.ok) return result;
  return { ok: true, doc: contained(result.doc, moves.map((m) => m.id), catalog) };
}

/**
 * Nudge by (dx, dy): never changes a node's zone; a node pushed against its zone's edge stops there
 * (what is selected together stops together, so the selection keeps its shape).
 */
export function nudgeNodes(doc: Diagram, ids: readonly string[], delta: Position): Diagram {
  const roots = draggedRoots(doc, ids);
  const index = indexOf(doc);
  let { x: dx, y: dy } = delta;
  for (const id of roots) {
    const node = index.node(id)!;
    const parent = node.parent === undefined ? undefined : index.node(node.parent);
    if (parent?.kind !== 'zone') continue;
    const inner = innerBox(parent.size);
    const size = nodeSize(node);
    // Already outside (a file drawn that way): let it move back in, never further out.
    dx = dx < 0 ? Math.max(dx, Math.min(0, inner.x - node.position.x)) : Math.min(dx, Math.max(0, inner.x + inner.width - size.width - node.position.x));
    dy = dy < 0 ? Math.max(dy, Math.min(0, inner.y - node.position.y)) : Math.min(dy, Math.max(0, inner.y + inner.height - size.height - node.position.y));
  }
  if (dx === 0 && dy === 0) return doc;
  const absolute = absolutePositions(doc);
  const moves = roots.map((id) => {
    const at = absolute.get(id)!;
    return { id, at: { x: at.x + dx, y: at.y + dy } };
  });
  const result = moveNodes(doc, moves);
  return result.ok ? result.doc : doc;
}

/** Whether a zone resized to `size` at `position` (relative to its parent) still holds what it holds. */
export function canHold(doc: Diagram, id: string, size: Size, position: Position): boolean {
  const index = indexOf(doc);
  const zone = index.node(id);
  if (zone?.kind !== 'zone') return false;
  if (size.width < ZONE_MIN_SIZE.width || size.height < ZONE_MIN_SIZE.height) return false;
  const dx = position.x - zone.position.x;
  const dy = position.y - zone.position.y;
  return index.children(id).every((child) => fitsInside({ x: child.position.x - dx, y: child.position.y - dy, ...nodeSize(child) }, size));
}

/**
 * Resize a zone from any edge or corner (`position`, relative to its parent, moves its top-left
 * corner): it never becomes smaller than what it holds, nor smaller than a zone can be; it stops at
 * its own zone's top and left edge, and makes that zone grow when it reaches past its right or bottom.
 */
export function resizeContained(doc: Diagram, id: string, size: Size, position: Position | undefined, catalog: Catalog): Diagram {
  const index = indexOf(doc);
  const zone = index.node(id);
  if (zone?.kind !== 'zone') return doc;
  const old = zone.position;
  let left = position?.x ?? old.x;
  let top = position?.y ?? old.y;
  let right = left + size.width;
  let bottom = top + size.height;
  const fixedRight = position !== undefined && position.x !== old.x;
  const fixedBottom = position !== undefined && position.y !== old.y;

  // What the zone holds, in its parent's coordinates.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const child of index.children(id)) {
    const s = nodeSize(child);
    minX = Math.min(minX, old.x + child.position.x);
    minY = Math.min(minY, old.y + child.position.y);
    maxX = Math.max(maxX, old.x + child.position.x + s.width);
    maxY = Math.max(maxY, old.y + child.position.y + s.height);
  }
  if (minX !== Infinity) {
    left = Math.min(left, minX - ZONE_INSET.left);
    top = Math.min(top, minY - ZONE_INSET.top);
    right = Math.max(right, maxX + ZONE_INSET.right);
    bottom = Math.max(bottom, maxY + ZONE_INSET.bottom);
  }
  // A zone inside another stops at that zone's top and left edge.
  const parent = zone.parent === undefined ? undefined : index.node(zone.parent);
  if (parent?.kind === 'zone') {
    left = Math.max(left, ZONE_INSET.left);
    top = Math.max(top, ZONE_INSET.top);
  }
  // Never smaller than a zone can be: grow away from the edge the user holds fixed.
  if (right - left < ZONE_MIN_SIZE.width) {
    if (fixedRight) left = right - ZONE_MIN_SIZE.width;
    else right = left + ZONE_MIN_SIZE.width;
  }
  if (bottom - top < ZONE_MIN_SIZE.height) {
    if (fixedBottom) top = bottom - ZONE_MIN_SIZE.height;
    else bottom = top + ZONE_MIN_SIZE.height;
  }
  const resized = resizeZone(doc, id, { width: right - left, height: bottom - top }, { x: left, y: top });
  return contained(resized, [id], catalog);
}
