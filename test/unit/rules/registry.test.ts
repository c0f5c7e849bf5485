/**
 * The rule units (rules/registry.ts) against the standard's table: one unit per rule id, in table
 * order; every fix a finding offers is of a kind its rule declares, and a check offering another kind
 * does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { fixRef } from '../../../src/core/rules/fixes/fix-refs.ts';
import { RULE_UNITS } from '../../../src/core/rules/registry.ts';
import { defineRule } from '../../../src/core/rules/rule.ts';
import { RULES } from '../../../src/core/standard/catalogue.ts';
import { TEMPLATE_FILES, loadTemplate, withoutNodes } from './fix-geometry.ts';
import { baseline, catalog } from './support.ts';

describe('the rule units', () => {
  it('are one per rule of the table, in table order', () => {
    expect(RULE_UNITS.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('offer only the fixes they declare', () => {
    const declared = new Map(RULE_UNITS.map((r) => [r.id, new Set<string>(r.fixes)]));
    const offered = new Map<string, Set<string>>();
    const designs = [baseline(), ...TEMPLATE_FILES.flatMap((file) => {
      const template = loadTemplate(file);
      return [template, ...template.nodes.map((n) => withoutNodes(template, [n.id]))];
    })];
    for (const doc of designs) {
      for (const level of [2, 3, 4] as Level[]) {
        for (const f of checkDiagram(doc, catalog, { level }).findings) {
          if (!f.fix) continue;
          expect(declared.get(f.rule)!.has(f.fix.change.kind), `${f.rule} offers ${f.fix.change.kind}`).toBe(true);
          offered.set(f.rule, (offered.get(f.rule) ?? new Set()).add(f.fix.change.kind));
        }
      }
    }
    // Not vacuous: most rules that declare fixes were seen offering them.
    expect(offered.size).toBeGreaterThan(15);
  });

  it('refuse, at compile time, a fix of a kind the rule does not declare', () => {
    const unit = defineRule({
      id: 'GEN-01',
      fixes: ['set-prop'],
      check(_ctx, out) {
        out.add([], 'rule.GEN-01', {}, { fix: fixRef.prop('mfa', 'n', { zh: 'n', en: 'n' }) });
        // @ts-expect-error: GEN-01 here declares set-prop only
        out.add([], 'rule.GEN-01', {}, { fix: fixRef.kms() });
      },
    });
    expect(unit.fixes).toEqual(['set-prop']);
    // @ts-expect-error: not a rule id of the table
    defineRule({ id: 'GEN-99', fixes: [], check: () => {} });
  });
});
