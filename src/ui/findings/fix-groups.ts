import type { CheckResult } from '../../core/rules/index.ts';

/** How many open findings each fix id resolves (one fix may resolve several: "resolves 4"). */
export function fixCounts(result: CheckResult): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const finding of result.findings) {
    if (finding.waived || !finding.fix) continue;
    counts.set(finding.fix.id, (counts.get(finding.fix.id) ?? 0) + 1);
  }
  return counts;
}
