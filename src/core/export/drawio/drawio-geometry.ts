/**
 * How draw.io positions things, for the writer: a cell's geometry is relative to its parent cell, an
 * edge's waypoints to the edge's parent, and an edge label sits at a relative distance along the
 * line (x from -1 at the source to 1 at the target; mxGraphView.getPoint) moved by an offset.
 */
import type { Point } from '../scene/routing.ts';

export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return length;
}

/** The point `distance` along the line from its start (as diagrams.net walks it). */
export function pointAlong(points: readonly Point[], distance: number): Point {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= length && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    left -= length;
  }
  return points[points.length - 1]!;
}

/** How far along the line its point nearest to `p` is. */
function distanceAlongNearest(points: readonly Point[], p: Point): number {
  let best = Infinity;
  let along = 0;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (length * length)));
    const d = Math.hypot(a.x + (b.x - a.x) * t - p.x, a.y + (b.y - a.y) * t - p.y);
    if (d < best) {
      best = d;
      along = walked + t * length;
    }
    walked += length;
  }
  return along;
}

/**
 * The label geometry putting a label's centre at `centre`: the relative position of the nearest point
 * of the line (a whole number of units along it, as diagrams.net rounds), and the offset from there.
 */
export function edgeLabelGeometry(points: readonly Point[], centre: Point): { x: number; offset: Point } {
  const length = polylineLength(points);
  if (length === 0) return { x: 0, offset: { x: centre.x - points[0]!.x, y: centre.y - points[0]!.y } };
  const along = Math.round(distanceAlongNearest(points, centre));
  const at = pointAlong(points, along);
  return { x: (2 * along) / length - 1, offset: { x: centre.x - at.x, y: centre.y - at.y } };
}
