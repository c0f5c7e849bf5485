/**
 * Optional marking of open findings on the drawing (off by default: a filing shows the design, not
 * the checker's opinion). What is counted on each node or edge is `rules/finding-marks.ts`, shared
 * with the editor's badges.
 */
import type { Marks } from '../../rules/finding-marks.ts';
import { circlePath } from './edge-shapes.ts';
import type { Shape } from './shapes.ts';
import { ERROR_COLOR, PAPER, WARNING_COLOR } from './style.ts';

/** A round badge with the number of open findings: red with errors, amber with warnings only; its digits print as large as the labels. */
export function findingBadge(cx: number, cy: number, mark: Marks): Shape[] {
  const count = mark.error + mark.warning;
  const color = mark.error > 0 ? ERROR_COLOR : WARNING_COLOR;
  return [
    { kind: 'path', d: circlePath(cx, cy, count > 9 ? 9.5 : 8), fill: color, stroke: PAPER, strokeWidth: 1.2 },
    { kind: 'text', x: cx, y: cy + 3.6, text: count > 99 ? '99+' : String(count), size: count > 99 ? 9 : 10.5, bold: true, color: PAPER, anchor: 'middle' },
  ];
}
