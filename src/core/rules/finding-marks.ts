/**
 * How many open findings each node or edge carries: what the editor's badges and the optional marks
 * of an exported drawing show. A finding is counted on its first target, the node or edge it is
 * about (the others are context: the edges of a walk …); waived findings and notes are not counted.
 */
import type { CheckResult } from './finding.ts';

export interface Marks {
  error: number;
  warning: number;
}

/** Open errors and warnings per target id (none without a result). */
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
