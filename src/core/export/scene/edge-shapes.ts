/**
 * A connection on the drawing: its line with the kind's dash pattern, the kind's arrowhead at the
 * target, and a label box (protocol:port, a padlock when encrypted, the user's label) placed on a free
 * stretch of the line with a white ground, so lines never run through text.
 */
import type { Point } from './routing.ts';
import type { Shape } from './shapes.ts';
import { fmt, polylinePath } from './shapes.ts';
import { EDGE_LOOK, PAPER, type EdgeLook } from './style.ts';
import type { EdgeKind } from '../../model/types.ts';

const ARROW_LENGTH = 10;
const ARROW_HALF = 4.5;

/** Circle as four cubic Béziers (paths hold M/L/C/Z only). */
export function circlePath(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  const p = (x: number, y: number) => `${fmt(x)} ${fmt(y)}`;
  return [
    `M ${p(cx + r, cy)}`,
    `C ${p(cx + r, cy + k)} ${p(cx + k, cy + r)} ${p(cx, cy + r)}`,
    `C ${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)}`,
    `C ${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)}`,
    `C ${p(cx + k, cy - r)} ${p(cx + r, cy - k)} ${p(cx + r, cy)} Z`,
  ].join(' ');
}

function direction(from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

/** The arrowhead of a look, its tip at `tip`, pointing along `dir`. */
export function arrowhead(look: EdgeLook, tip: Point, dir: Point): Shape {
  const back = { x: tip.x - dir.x * ARROW_LENGTH, y: tip.y - dir.y * ARROW_LENGTH };
  const normal = { x: -dir.y * ARROW_HALF, y: dir.x * ARROW_HALF };
  const left = { x: back.x + normal.x, y: back.y + normal.y };
  const right = { x: back.x - normal.x, y: back.y - normal.y };
  switch (look.arrow) {
    case 'filled':
      return { kind: 'path', d: polylinePath([tip, left, right], true), fill: look.color };
    case 'hollow':
      return { kind: 'path', d: polylinePath([tip, left, right], true), fill: PAPER, stroke: look.color, strokeWidth: 1.3, lineJoin: 'miter' };
    case 'open':
      return { kind: 'path', d: polylinePath([left, tip, right]), stroke: look.color, strokeWidth: 1.6, lineJoin: 'miter' };
    case 'dot':
      return { kind: 'path', d: circlePath(tip.x - dir.x * 3.5, tip.y - dir.y * 3.5, 3.5), fill: look.color };
  }
}

/** Line and arrowhead of one connection; the line stops where the arrowhead begins. */
export function edgeLine(kind: EdgeKind, points: readonly Point[]): Shape[] {
  const look = EDGE_LOOK[kind];
  const tip = points[points.length - 1]!;
  const dir = direction(points[points.length - 2]!, tip);
  const inset = look.arrow === 'open' ? 1 : look.arrow === 'dot' ? 6 : ARROW_LENGTH - 1;
  const line = [...points.slice(0, -1), { x: tip.x - dir.x * inset, y: tip.y - dir.y * inset }];
  return [
    { kind: 'path', d: polylinePath(line), stroke: look.color, strokeWidth: look.width, ...(look.dash ? { dash: look.dash } : {}), lineJoin: 'round' },
    arrowhead(look, tip, dir),
  ];
}

/** A small padlock, `size` high, top-left at (x, y): the symbol for an encrypted connection. */
export function padlock(x: number, y: number, size: number, color: string): Shape[] {
  const w = size * 0.78;
  const bodyTop = y + size * 0.42;
  const r = w * 0.3;
  const cx = x + w / 2;
  const shackle = `M ${fmt(cx - r)} ${fmt(bodyTop)} L ${fmt(cx - r)} ${fmt(y + r + 0.6)} C ${fmt(cx - r)} ${fmt(y - 0.2)} ${fmt(cx + r)} ${fmt(y - 0.2)} ${fmt(cx + r)} ${fmt(y + r + 0.6)} L ${fmt(cx + r)} ${fmt(bodyTop)}`;
  return [
    { kind: 'path', d: shackle, stroke: color, strokeWidth: size * 0.13, lineJoin: 'round' },
    { kind: 'rect', x, y: bodyTop, width: w, height: size - (bodyTop - y), radius: size * 0.1, fill: color },
  ];
}

/** Places on the line where a label may go: the middle, then points towards either end of each stretch, best first. */
export function labelSpots(points: readonly Point[]): { at: Point; horizontal: boolean }[] {
  const spots: { at: Point; horizontal: boolean; score: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const horizontal = Math.abs(b.y - a.y) < 0.5;
    // The stretch into the target is distinct for each edge of a fan; shared bus stretches are not.
    const base = length * (horizontal ? 1.5 : 1) * (i === points.length - 1 ? 1.2 : 1);
    for (const [f, weight] of [[0.5, 1], [0.3, 0.8], [0.7, 0.8], [0.15, 0.6], [0.85, 0.6]] as const) {
      spots.push({ at: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, horizontal, score: base * weight });
    }
  }
  return spots.sort((p, q) => q.score - p.score).map(({ at, horizontal }) => ({ at, horizontal }));
}
