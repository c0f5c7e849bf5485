/**
 * The room inside a zone: what it holds must lie within its box, below its header and off its frame.
 * One definition for the editor's containment, the property tests and the checks of exports, so "a
 * child drawn inside its zone is inside it in the file" is decided the same way everywhere.
 */
import type { Size } from '../model/types.ts';
import type { Rect } from './geometry.ts';

/** Room a zone keeps free inside: its header (name, kind, CIDR) at the top, its frame at the sides. */
export const ZONE_INSET = Object.freeze({ top: 32, left: 8, right: 8, bottom: 8 });

/** The smallest a zone may become: its header and a little room (a product fits in once it grows). */
export const ZONE_MIN_SIZE: Readonly<Size> = Object.freeze({ width: 120, height: 60 });

/** Rounding of positions (hundredths) must never count as sticking out. */
const EPSILON = 0.05;

/** The area of a zone of `size` where children may lie, relative to the zone's top-left corner. */
export function innerBox(size: Size): Rect {
  return {
    x: ZONE_INSET.left,
    y: ZONE_INSET.top,
    width: Math.max(0, size.width - ZONE_INSET.left - ZONE_INSET.right),
    height: Math.max(0, size.height - ZONE_INSET.top - ZONE_INSET.bottom),
  };
}

/** Whether a child box (relative to its zone) lies inside the zone's inner box. */
export function fitsInside(child: Rect, zone: Size): boolean {
  const inner = innerBox(zone);
  return (
    child.x >= inner.x - EPSILON &&
    child.y >= inner.y - EPSILON &&
    child.x + child.width <= inner.x + inner.width + EPSILON &&
    child.y + child.height <= inner.y + inner.height + EPSILON
  );
}

/** The zone size needed to hold a child box (relative to the zone) in its inner box. */
export function sizeToHold(child: Rect): Size {
  return { width: child.x + child.width + ZONE_INSET.right, height: child.y + child.height + ZONE_INSET.bottom };
}

export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
