/**
 * Where an edit made on a Draft (a quick fix, a placement that must grow its zone) puts what it adds: the first free cell of a grid inside the zone (left to right,
 * top to bottom, below the zone's title), else a new row under everything in it, the zone growing to
 * fit. A zone that grows pushes everything beyond its old bottom or right edge along and makes its
 * parent grow in turn, so nothing added overlaps what was there. (To put something beside a given
 * node instead, making room there: rules/fixes/beside.ts.)
 */
import { PRODUCT_SIZE, nodeSize, type Rect } from '../geometry/geometry.ts';
import type { DiagramNode, Position, Size, ZoneNode } from '../model/types.ts';
import type { Draft } from './draft.ts';

/** Inner margin of a zone, the gap between things, and the room a zone keeps for its title. */
export const MARGIN = 20;
export const GAP = 20;
export const TITLE = 40;

function rectOf(node: DiagramNode): Rect {
  const size = nodeSize(node);
  return { x: node.position.x, y: node.position.y, width: size.width, height: size.height };
}

function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * A free position for something of `size` directly inside `parentId` (relative to it), growing the
 * zone when it is full; at the top level, under the whole drawing.
 */
export function freeSpot(draft: Draft, parentId: string | undefined, size: Size = PRODUCT_SIZE): Position {
  const taken = draft.children(parentId).map(rectOf);
  const zone = draft.zone(parentId);
  if (!zone) {
    const bottom = taken.reduce((max, r) => Math.max(max, r.y + r.height), 0);
    const left = taken.reduce((min, r) => Math.min(min, r.x), Infinity);
    return { x: left === Infinity ? 0 : left, y: taken.length === 0 ? 0 : bottom + 2 * GAP };
  }
  for (let y = TITLE; y + size.height + MARGIN <= zone.size.height; y += size.height + GAP) {
    for (let x = MARGIN; x + size.width + MARGIN <= zone.size.width; x += size.width + GAP) {
      const cell = { x, y, width: size.width, height: size.height };
      if (!taken.some((r) => overlaps(cell, r, GAP / 2))) return { x, y };
    }
  }
  const bottom = taken.reduce((max, r) => Math.max(max, r.y + r.height), TITLE - GAP);
  const spot = { x: MARGIN, y: bottom + GAP };
  growZone(draft, zone.id, { width: Math.max(zone.size.width, spot.x + size.width + MARGIN), height: spot.y + size.height + MARGIN });
  return spot;
}

/**
 * Make a zone at least `wanted` big. Every sibling that starts at or below its old bottom edge moves
 * down by the growth, every one that starts at or right of its old right edge moves right: a move that
 * only grows with the distance keeps apart whatever was apart (moving only the siblings in the way
 * could run them into the ones behind). The parent then grows to hold its children.
 */
export function growZone(draft: Draft, zoneId: string, wanted: Size): void {
  const zone = draft.zone(zoneId);
  if (!zone) return;
  const width = Math.max(zone.size.width, wanted.width);
  const height = Math.max(zone.size.height, wanted.height);
  const dw = width - zone.size.width;
  const dh = height - zone.size.height;
  if (dw === 0 && dh === 0) return;
  const before = rectOf(zone);
  draft.updateNode<ZoneNode>(zoneId, (z) => ({ ...z, size: { width, height } }));

  for (const sibling of draft.children(zone.parent)) {
    if (sibling.id === zoneId) continue;
    const r = rectOf(sibling);
    const down = dh > 0 && r.y >= before.y + before.height ? dh : 0;
    const right = dw > 0 && r.x >= before.x + before.width ? dw : 0;
    if (down === 0 && right === 0) continue;
    draft.updateNode(sibling.id, (n) => ({ ...n, position: { x: n.position.x + right, y: n.position.y + down } }));
  }

  const parent = draft.zone(zone.parent);
  if (!parent) return;
  let needW = 0;
  let needH = 0;
  for (const child of draft.children(parent.id)) {
    const r = rectOf(child);
    needW = Math.max(needW, r.x + r.width + MARGIN);
    needH = Math.max(needH, r.y + r.height + MARGIN);
  }
  growZone(draft, parent.id, { width: needW, height: needH });
}

/** Add a node at a free spot of its parent zone (the node's own position is ignored). */
export function placeNode<T extends DiagramNode>(draft: Draft, node: T): T {
  const position = freeSpot(draft, node.parent, nodeSize(node));
  return draft.addNode({ ...node, position });
}
