/** collect.ts: how a rule's verdict becomes a Finding (severity and clause for the level, control point, fix). */
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../../src/core/rules/collect.ts';
import type { FixOffer } from '../../../src/core/rules/fixes/fix.ts';

const fix: FixOffer = { change: { kind: 'set-prop', node: 'rds', prop: 'multiAZ' }, messageKey: 'fix.prop.multiAZ', params: {} };

describe('FindingCollector', () => {
  // Clause and control point are worked out once per rule and kept: these tests come first, so that
  // they are the ones that work them out (and show that they are right).
  it('writes every clause of the rule for the level, joined with "; ", and their control points the same way', () => {
    for (const [level, clause] of [[2, '7.1.2.1 e); 7.1.4.9 c)'], [3, '8.1.2.1 e); 8.1.4.9 c)'], [4, '9.1.2.1 e); 9.1.4.9 c)']] as const) {
      const out = new FindingCollector(level);
      out.add('CNS-03', ['rds'], 'rule.CNS-03.singleZone', {}, { severity: 'E' });
      const [finding] = out.byRule()[0]!;
      expect(finding).toMatchObject({ rule: 'CNS-03', layer: 'CNS', clause, controlPoint: { zh: '网络架构; 数据备份恢复', en: 'Network architecture; Data backup and recovery' } });
    }
  });

  it('a GEN rule has no clause and the control point "设计规范 / Design hygiene"', () => {
    const out = new FindingCollector(3);
    out.add('GEN-01', ['n1'], 'rule.GEN-01', {});
    expect(out.byRule()[0]![0]).toMatchObject({ layer: 'GEN', clause: '', controlPoint: { zh: '设计规范', en: 'Design hygiene' } });
  });

  it('gives a finding the rule severity at the level checked: error, warning or info', () => {
    const at = (level: 2 | 3 | 4, rule: 'CNS-04' | 'CES-11') => {
      const out = new FindingCollector(level);
      out.add(rule, ['x'], 'rule.CNS-04.outside', {});
      return out.byRule()[0]![0]!.severity;
    };
    expect(at(2, 'CNS-04')).toBe('warning');
    expect(at(3, 'CNS-04')).toBe('error');
    expect(at(3, 'CES-11')).toBe('info');
  });

  it('a severity the rule states for the case wins over the table', () => {
    const out = new FindingCollector(3);
    out.add('CNS-01', ['dmz'], 'rule.CNS-01.noCidr', {}, { severity: 'W' });
    out.add('CNS-01', ['app'], 'rule.CNS-01.noCidr', {}, { severity: 'I' });
    expect(out.byRule()[0]!.map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('adds nothing for a rule that does not apply at the level (severity "–")', () => {
    const out = new FindingCollector(2);
    out.add('CNS-03', ['rds'], 'rule.CNS-03.singleZone', {});
    expect(out.byRule()).toEqual([[]]);
    const stated = new FindingCollector(2);
    stated.add('CNS-03', ['rds'], 'rule.CNS-03.singleZone', {}, { severity: 'E' });
    expect(stated.byRule()[0]!.map((f) => f.severity)).toEqual(['error']);
  });

  it('a finding carries targets, message key and params as given, is not waived, and has a fix only when offered', () => {
    const out = new FindingCollector(3);
    out.add('CNS-03', ['rds', 'e6'], 'rule.CNS-03.singleZone', { node: 'x' });
    out.add('CNS-03', ['rds'], 'rule.CNS-03.singleZone', {}, { fix });
    const [plain, fixed] = out.byRule()[0]!;
    expect(plain).toStrictEqual({
      rule: 'CNS-03', layer: 'CNS', severity: 'error', clause: '8.1.2.1 e); 8.1.4.9 c)',
      controlPoint: { zh: '网络架构; 数据备份恢复', en: 'Network architecture; Data backup and recovery' },
      targets: ['rds', 'e6'], messageKey: 'rule.CNS-03.singleZone', params: { node: 'x' }, waived: false,
    });
    expect('fix' in plain!).toBe(false);
    expect(fixed!.fix).toBe(fix);
  });

  it('groups findings by rule, rules in id order, each rule in the order added, wherever the rule came back', () => {
    const out = new FindingCollector(3);
    out.add('CNS-03', ['a'], 'rule.CNS-03.singleZone', {});
    out.add('ABS-01', ['b'], 'rule.ABS-01', {});
    out.add('CNS-03', ['c'], 'rule.CNS-03.singleZone', {});
    out.forRule('ABS-01').add(['d'], 'rule.ABS-01', {});
    out.add('ABS-01', ['e'], 'rule.ABS-01', {});
    expect(out.byRule().map((list) => list.map((f) => `${f.rule} ${f.targets[0]}`))).toEqual([['ABS-01 b', 'ABS-01 d', 'ABS-01 e'], ['CNS-03 a', 'CNS-03 c']]);
  });

  it('a rule bound view adds findings of its own rule, with severity variants and fixes', () => {
    const out = new FindingCollector(3);
    const cns01 = out.forRule('CNS-01');
    cns01.add(['dmz'], 'rule.CNS-01.noCidr', {}, { severity: 'W', fix });
    cns01.add(['app'], 'rule.CNS-01.noCidr', {});
    expect(out.byRule()[0]!.map((f) => [f.rule, f.severity, f.targets[0], f.fix])).toEqual([['CNS-01', 'warning', 'dmz', fix], ['CNS-01', 'error', 'app', undefined]]);
  });

  it('control points are shared and frozen: no finding can change another one', () => {
    const out = new FindingCollector(3);
    out.add('CNS-03', ['a'], 'rule.CNS-03.singleZone', {});
    out.add('GEN-01', ['b'], 'rule.GEN-01', {});
    for (const [finding] of out.byRule()) expect(Object.isFrozen(finding!.controlPoint)).toBe(true);
  });
});
