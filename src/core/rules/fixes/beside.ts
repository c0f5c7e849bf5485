/**
 * Room for something new beside a given child of a zone (left of, right of, above or below it), made
 * the way a person would: if the gap on that side is too small, everything beyond a straight line on
 * that side moves along together (so nothing moved can run into anything), and the zone grows to hold
 * it all, pushing its own neighbours as `growZone` does.
 */
import { nodeSize, type Rect } from '../../geometry/geometry.ts';
import type { DiagramNode, Position, Size } from '../../model/types.ts';
import type { Draft } from '../../edit/draft.ts';
import { GAP, MARGIN, TITLE, growZone } from '../../edit/draft-placement.ts';

export type Side = 'left' | 'right' | 'above' | 'below';

interface Axis {
  pos: 'x' | 'y';
  len: 'width' | 'height';
}
const X: Axis = { pos: 'x', len: 'width' };
const Y: Axis = { pos: 'y', len: 'height' };

const rectOf = (node: DiagramNode): Rect => ({ ...node.position, ...nodeSize(node) });
const start = (r: Rect, a: Axis) => r[a.pos];
const end = (r: Rect, a: Axis) => r[a.pos] + r[a.len];

/**
 * Make room for something of `size` on `side` of the child `anchorId` of `parentId` (undefined: the
 * top level), centred across that side on `across` (a coordinate relative to the parent, clamped below
 * the zone's title), and return where it goes (relative to the parent). Children are moved and the
 * zone grown in the draft; the new thing itself is not added. Returns how far things moved, too.
 */
export function makeRoomBeside(
  draft: Draft,
  parentId: string | undefined,
  anchorId: string,
  size: Size,
  side: Side,
  across: number,
): { position: Position; moved: number } {
  const anchorNode = draft.node(anchorId);
  const children = draft.children(parentId);
  if (!anchorNode || anchorNode.parent !== parentId) throw new Error(`${anchorId} is not a child of ${parentId ?? 'the top level'}`);
  const zone = draft.zone(parentId);
  const inZone = zone !== undefined;
  const along = side === 'left' || side === 'right' ? X : Y;
  const cross = along === X ? Y : X;
  const before = side === 'left' || side === 'above';
  const rects = children.map((n) => ({ id: n.id, r: rectOf(n) }));
  const anchor = rectOf(anchorNode);

  // A line on that side of the anchor that no child straddles: everything is wholly on one side of it.
  let line = before ? start(anchor, along) : end(anchor, along);
  for (let moved = true; moved; ) {
    moved = false;
    for (const { r } of rects) {
      if (start(r, along) < line && line < end(r, along)) {
        line = before ? start(r, along) : end(r, along);
        moved = true;
      }
    }
  }

  const minCross = inZone ? (cross === Y ? TITLE : MARGIN) : -Infinity;
  const crossStart = Math.max(minCross, Math.round(across - size[cross.len] / 2));
  const crossEnd = crossStart + size[cross.len];
  const inBand = (r: Rect) => start(r, cross) < crossEnd + GAP && crossStart - GAP < end(r, cross);

  const near = rects.filter(({ r }) => end(r, along) <= line);
  const far = rects.filter(({ r }) => start(r, along) >= line);
  const minAlong = inZone ? (along === Y ? TITLE : MARGIN) : -Infinity;
  // In a zone the new thing may tuck into free room beside whatever is at other heights; at the top
  // level it stays clear of everything on the near side (the drawing's edge is not a wall to keep to).
  const nearEnd = near.filter(({ id, r }) => !inZone || inBand(r) || id === anchorId).reduce((max, { r }) => Math.max(max, end(r, along) + GAP), minAlong);
  const wanted = before ? line - GAP - size[along.len] : line + GAP;
  const at = Math.max(nearEnd, wanted);
  // The anchor counts even when it lies beyond the band: the new thing goes wholly on its side.
  const farStart = far.filter(({ id, r }) => inBand(r) || id === anchorId).reduce((min, { r }) => Math.min(min, start(r, along)), Infinity);
  const shift = Math.max(0, at + size[along.len] + GAP - farStart);

  // Stryker disable next-line ConditionalExpression,EqualityOperator: moving by 0 leaves every position as it was
  if (shift > 0) {
    for (const { id } of far) {
      draft.updateNode(id, (n) => ({ ...n, position: { ...n.position, [along.pos]: n.position[along.pos] + shift } }));
    }
  }
  const position = { [along.pos]: at, [cross.pos]: crossStart } as unknown as Position;
  if (zone) fitZone(draft, zone.id, [{ ...position, ...size }]);
  return { position, moved: shift };
}

/** Grow a zone (as `growZone` does) to hold its children and `extra` rectangles, with a margin. */
export function fitZone(draft: Draft, zoneId: string, extra: readonly Rect[]): void {
  let width = 0;
  let height = 0;
  for (const r of [...draft.children(zoneId).map(rectOf), ...extra]) {
    width = Math.max(width, r.x + r.width + MARGIN);
    height = Math.max(height, r.y + r.height + MARGIN);
  }
  growZone(draft, zoneId, { width, height });
}
