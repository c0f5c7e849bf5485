/**
 * One rule of `shared/spec/rules.md` as one unit: its id (clauses, control points and severity per
 * level come from the standard's table by that id), its check, and the kinds of quick fix its findings
 * may offer. The check adds findings through `out`, bound to the rule's id and typed to accept only the
 * fixes declared. Every unit is listed once in `registry.ts`, which `checkDiagram` loops over.
 */
import type { RuleId } from '../standard/catalogue.ts';
import type { RuleFindings } from './collect.ts';
import type { RuleContext } from './context.ts';
import type { Fix, FixKind, FixOf } from './fixes/fix.ts';

export interface Rule<C extends Fix = Fix> {
  readonly id: RuleId;
  /** The kinds of change its findings offer as a quick fix (empty: fixed by hand). */
  readonly fixes: readonly FixKind[];
  check(ctx: RuleContext, out: RuleFindings<C>): void;
}

/** A rule unit; `fixes` alone decides which kinds of fix its check may offer (others do not compile). */
export function defineRule<K extends FixKind = never>(rule: {
  id: RuleId;
  fixes: readonly K[];
  check: (ctx: RuleContext, out: RuleFindings<FixOf<NoInfer<K>>>) => void;
}): Rule<FixOf<K>> {
  return rule;
}
