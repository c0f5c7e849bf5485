/** waivers.ts and readiness.ts on findings made by hand: which waiver accepts what, which rules pass. */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../src/core/rules/finding.ts';
import { nothingToAssess, readinessByLayer } from '../../../src/core/rules/readiness.ts';
import { applyWaivers, waiverMatches } from '../../../src/core/rules/waivers.ts';
import { LAYERS, RULES, type RuleId } from '../../../src/core/standard/catalogue.ts';
import { baseline, edit } from './support.ts';

function finding(rule: RuleId, targets: string[], severity: Severity = 'error'): Finding {
  const info = RULES.find((r) => r.id === rule)!;
  return { rule, layer: info.layer, severity, clause: '', controlPoint: { zh: '', en: '' }, targets, messageKey: 'rule.GEN-01', params: {}, waived: false };
}
const state = (findings: Finding[]) => findings.map((f) => [f.targets[0], f.waived, f.waiverReason]);

describe('waiverMatches', () => {
  it('a waiver without target accepts every finding of its rule, none of another rule', () => {
    expect(waiverMatches({ rule: 'ABS-05', reason: 'r' }, { rule: 'ABS-05', targets: ['ecs'] })).toBe(true);
    expect(waiverMatches({ rule: 'ABS-05', reason: 'r' }, { rule: 'ABS-06', targets: ['ecs'] })).toBe(false);
  });

  it('a waiver with a target accepts a finding of its rule whose targets contain it, at any place', () => {
    const waiver = { rule: 'ABS-05' as const, target: 'e1', reason: 'r' };
    expect(waiverMatches(waiver, { rule: 'ABS-05', targets: ['e1'] })).toBe(true);
    expect(waiverMatches(waiver, { rule: 'ABS-05', targets: ['ecs', 'e1'] })).toBe(true);
    expect(waiverMatches(waiver, { rule: 'ABS-05', targets: ['ecs', 'e2'] })).toBe(false);
    expect(waiverMatches(waiver, { rule: 'ABS-06', targets: ['e1'] })).toBe(false);
  });
});

describe('applyWaivers', () => {
  it('marks the accepted findings waived with the reason, and leaves the others open', () => {
    const findings = [finding('ABS-05', ['ecs']), finding('ABS-05', ['ecs2']), finding('ABS-06', ['ecs'])];
    applyWaivers(findings, [{ rule: 'ABS-05', target: 'ecs2', reason: '内部访问' }]);
    expect(state(findings)).toEqual([['ecs', false, undefined], ['ecs2', true, '内部访问'], ['ecs', false, undefined]]);
  });

  it('every waiver of a rule counts, not only the first one in the file', () => {
    const findings = [finding('ABS-05', ['a']), finding('ABS-05', ['b']), finding('ABS-05', ['c'])];
    applyWaivers(findings, [{ rule: 'ABS-05', target: 'a', reason: 'ra' }, { rule: 'ABS-06', reason: 'other' }, { rule: 'ABS-05', target: 'b', reason: 'rb' }]);
    expect(state(findings)).toEqual([['a', true, 'ra'], ['b', true, 'rb'], ['c', false, undefined]]);
  });

  it('the first waiver in the file that matches gives the reason', () => {
    const findings = [finding('ABS-05', ['a', 'e1'])];
    applyWaivers(findings, [{ rule: 'ABS-05', target: 'zz', reason: 'no match' }, { rule: 'ABS-05', target: 'e1', reason: 'first' }, { rule: 'ABS-05', reason: 'second' }]);
    expect(state(findings)).toEqual([['a', true, 'first']]);
  });

  it('no waivers, or an empty list: nothing changes', () => {
    for (const waivers of [undefined, []]) {
      const findings = [finding('ABS-05', ['a'])];
      applyWaivers(findings, waivers);
      expect(state(findings)).toEqual([['a', false, undefined]]);
    }
  });
});

describe('readinessByLayer', () => {
  const applicable = (layer: string, level: 2 | 3 | 4) => RULES.filter((r) => r.layer === layer && r.severity[level] !== null).length;

  it('counts at each level the rules that apply there, every layer listed', () => {
    for (const level of [2, 3, 4] as const) {
      const readiness = readinessByLayer([], level);
      expect(Object.keys(readiness)).toEqual([...LAYERS]);
      for (const layer of LAYERS) expect(readiness[layer]).toEqual({ applicable: applicable(layer, level), passing: applicable(layer, level) });
    }
    expect(readinessByLayer([], 2).CNS).toEqual({ applicable: 3, passing: 3 });
    expect(readinessByLayer([], 4).CNS).toEqual({ applicable: 6, passing: 6 });
  });

  it('a rule with an open error does not pass, once however many errors it has; other layers are untouched', () => {
    const readiness = readinessByLayer([finding('ABS-05', ['a']), finding('ABS-05', ['b']), finding('ABS-01', ['c'])], 3);
    expect(readiness.ABS).toEqual({ applicable: 9, passing: 7 });
    expect(readiness.CNS).toEqual({ applicable: 5, passing: 5 });
  });

  it('warnings, notes and waived errors do not stop a rule passing', () => {
    const waived = { ...finding('ABS-05', ['a']), waived: true };
    const readiness = readinessByLayer([finding('ABS-06', ['a'], 'warning'), finding('CES-11', ['b'], 'info'), waived], 3);
    expect(readiness.ABS).toEqual({ applicable: 9, passing: 9 });
    expect(readiness.CES.passing).toBe(readiness.CES.applicable);
  });

  it('an error of a rule that does not apply at the level counts for nothing', () => {
    expect(readinessByLayer([finding('CNS-06', ['kms'])], 3).CNS).toEqual({ applicable: 5, passing: 5 });
  });
});

describe('nothingToAssess', () => {
  it('is true for a design without a product (none at all, or zones only), false as soon as there is one', () => {
    const empty = edit(baseline(), (d) => void (d.doc.nodes = [], d.doc.edges = []));
    const zonesOnly = edit(baseline(), (d) => void (d.doc.nodes = d.doc.nodes.filter((n) => n.kind === 'zone'), d.doc.edges = []));
    expect(nothingToAssess(empty)).toBe(true);
    expect(nothingToAssess(zonesOnly)).toBe(true);
    expect(nothingToAssess(baseline())).toBe(false);
    const oneProduct = edit(zonesOnly, (d) => void d.doc.nodes.push(baseline().nodes.find((n) => n.id === 'rds-copy')!));
    expect(nothingToAssess(oneProduct)).toBe(false);
  });
});
