/** order.ts: the stable order of findings (rule id, first target in natural order, other targets, message key). */
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/core/i18n/translate.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import { sortFindings } from '../../../src/core/rules/order.ts';

const f = (targets: string[], messageKey: MessageKey = 'rule.CNS-03.singleZone'): Finding => ({
  rule: 'CNS-03', layer: 'CNS', severity: 'error', clause: '', controlPoint: { zh: '', en: '' }, targets, messageKey, params: {}, waived: false,
});
const order = (...lists: Finding[][]) => sortFindings(lists).map((x) => `${x.targets.join('+')}${x.messageKey === 'rule.CNS-03.singleZone' ? '' : ` ${x.messageKey}`}`);

describe('sortFindings', () => {
  it('orders a rule findings by first target in natural order (n2 before n10)', () => {
    expect(order([f(['n10']), f(['n2']), f(['n1'])])).toEqual(['n1', 'n2', 'n10']);
  });

  it('findings without a target come first', () => {
    expect(order([f(['a']), f([]), f(['b'])])).toEqual(['', 'a', 'b']);
    expect(order([f(['A']), f([]), f(['0'])])).toEqual(['', '0', 'A']);
  });

  it('sorts a list whose only disorder is at its start', () => {
    expect(order([f(['b']), f(['a']), f(['c']), f(['d'])])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a list already in order as it is, equal findings too', () => {
    const list = [f(['a']), f(['a']), f(['b'])];
    expect(sortFindings([list])).toEqual(list);
    expect(sortFindings([list])[0]).toBe(list[0]);
  });

  it('with the same first target: by the next targets in natural order, fewer targets first', () => {
    expect(order([f(['a', 'e10']), f(['a', 'e9']), f(['a'])])).toEqual(['a', 'a+e9', 'a+e10']);
    expect(order([f(['a', 'x', 'e2']), f(['a', 'x', 'e1'])])).toEqual(['a+x+e1', 'a+x+e2']);
    expect(order([f(['a', 'x', 'y']), f(['a', 'x'])])).toEqual(['a+x', 'a+x+y']);
  });

  it('with the same targets: by message key', () => {
    expect(order([f(['a'], 'rule.CNS-03.singleZone'), f(['a'], 'rule.CNS-03.singleInstance')])).toEqual(['a rule.CNS-03.singleInstance', 'a']);
    expect(order([f(['a'], 'rule.CNS-03.singleInstance'), f(['a'], 'rule.CNS-03.singleZone'), f(['0'])])).toEqual(['0', 'a rule.CNS-03.singleInstance', 'a']);
  });

  it('findings with the same targets and message key keep the order the rule added them in', () => {
    const first = { ...f(['a']), params: { n: 1 } };
    const second = { ...f(['a']), params: { n: 2 } };
    expect(sortFindings([[f(['b']), first, second]]).map((x) => x.params.n ?? 'b')).toEqual([1, 2, 'b']);
  });

  it('keeps the rules in the order given and sorts each one on its own', () => {
    expect(order([f(['b']), f(['a'])], [], [f(['a2']), f(['a1'])])).toEqual(['a', 'b', 'a1', 'a2']);
  });
});
