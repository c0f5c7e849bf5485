/**
 * Waivers (file-format.md): the user accepts a finding. A waiver names a rule and optionally a target;
 * it matches every finding of that rule whose `targets` contain the target (or every finding of the
 * rule when it names none). One naming an id that no longer exists matches nothing and is kept in the
 * file. Waived findings stay in the result, marked with the reason, and no longer count as open.
 */
import type { Waiver } from '../model/types.ts';
import type { Finding } from './finding.ts';

export function applyWaivers(findings: Finding[], waivers: readonly Waiver[] | undefined): void {
  // Stryker disable next-line ConditionalExpression: with no waivers the loops below change nothing; the early return only saves them
  if (!waivers || waivers.length === 0) return;
  const byRule = new Map<string, Waiver[]>();
  for (const waiver of waivers) {
    const list = byRule.get(waiver.rule);
    if (list) list.push(waiver);
    else byRule.set(waiver.rule, [waiver]);
  }
  for (const finding of findings) {
    const candidates = byRule.get(finding.rule);
    if (!candidates) continue;
    // The first matching waiver in the file gives the reason shown.
    const match = candidates.find((w) => waiverMatches(w, finding));
    if (!match) continue;
    finding.waived = true;
    finding.waiverReason = match.reason;
  }
}

/** Whether a waiver accepts a finding (the rule above, for one pair). */
export function waiverMatches(waiver: Waiver, finding: Pick<Finding, 'rule' | 'targets'>): boolean {
  return waiver.rule === finding.rule && (waiver.target === undefined || finding.targets.includes(waiver.target));
}
