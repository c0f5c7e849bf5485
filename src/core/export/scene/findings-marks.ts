/**
 * Optional marking of open findings on the drawing (off by default: a filing shows the design, not
 * the checker's opinion). A finding is marked on its first target, the node or edge it is about.
 */
import type { CheckResult } from '../../rules/finding.ts';
import { circlePath } from './edge-shapes.ts';
import type { Shape } from './shapes.ts';
import { ERROR_COLOR, PAPER, WARNING_COLOR } from './style.ts';

export interface Marks {
  error: number;
  warning: number;
}

/** Open errors and warnings per target id. */
export function findingMarks(result: CheckResult | undefined): ReadonlyMap<string, Marks> {
  const marks = new Map<string, Marks>();
  if (!result) return marks;
  for (const finding of result.findings) {
    const target = finding.targets[0];
    if (finding.waived || target === undefined || finding.severity === 'info') continue;
    const mark = marks.get(target) ?? { error: 0, warning: 0 };
    mark[finding.severity]++;
    marks.set(target, mark);
  }
  return marks;
}

/** A round badge with the number of open findings: red with errors, amber with warnings only. */
export function findingBadge(cx: number, cy: number, mark: Marks): Shape[] {
  const count = mark.error + mark.warning;
  const color = mark.error > 0 ? ERROR_COLOR : WARNING_COLOR;
  return [
    { kind: 'path', d: circlePath(cx, cy, 8), fill: color, stroke: PAPER, strokeWidth: 1.2 },
    { kind: 'text', x: cx, y: cy + 3.6, text: count > 99 ? '99+' : String(count), size: count > 9 ? 8 : 10, bold: true, color: PAPER, anchor: 'middle' },
  ];
}
