import type { CheckResult } from '../../core/rules/finding.ts';
import { fixKey } from '../../core/rules/fixes/fix.ts';

/** How many open findings each change resolves, by its `fixKey` (one fix may resolve several: "resolves 4"). */
export function fixCounts(result: CheckResult): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const finding of result.findings) {
    if (finding.waived || !finding.fix) continue;
    const key = fixKey(finding.fix.change);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
