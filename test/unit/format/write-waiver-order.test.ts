/**
 * The waivers' order in the written file (write.ts, issue 16), pinned on the comparator itself: the
 * language leaves the result of `sort` to each engine when the comparator is not consistent (it must
 * give 0 for a waiver against itself and opposite signs for a pair taken both ways), and V8 only asks
 * whether the answer is below 0, so a file written in another browser could come out in another order
 * although every V8 test passes. Canonical bytes need the comparator's whole contract.
 */
import { describe, expect, it } from 'vitest';
import { compareWaivers } from '../../../src/core/format/write.ts';
import type { Waiver } from '../../../src/core/model/types.ts';

const sign = (n: number) => Math.sign(n);

describe('compareWaivers', () => {
  it('gives 0 for a waiver against an equal one (same rule, target and reason), with or without a target', () => {
    expect(compareWaivers({ rule: 'ABS-01', target: 'n2', reason: 'a' }, { rule: 'ABS-01', target: 'n2', reason: 'a' })).toBe(0);
    expect(compareWaivers({ rule: 'ABS-01', reason: 'a' }, { rule: 'ABS-01', reason: 'a' })).toBe(0);
  });

  it('orders waivers that differ only in their reason by the reason, with opposite signs taken both ways', () => {
    const a: Waiver = { rule: 'ABS-01', target: 'n2', reason: 'a' };
    const b: Waiver = { rule: 'ABS-01', target: 'n2', reason: 'b' };
    expect(sign(compareWaivers(a, b))).toBe(-1);
    expect(sign(compareWaivers(b, a))).toBe(1);
  });

  it('orders by rule first and target second, whatever the reasons say', () => {
    const pairs: [Waiver, Waiver][] = [
      [{ rule: 'ABS-2', target: 'z', reason: 'z' }, { rule: 'ABS-10', target: 'a', reason: 'a' }],
      [{ rule: 'ABS-01', reason: 'z' }, { rule: 'ABS-01', target: 'A', reason: 'a' }],
      [{ rule: 'ABS-01', target: 'n2', reason: 'z' }, { rule: 'ABS-01', target: 'n10', reason: 'a' }],
    ];
    for (const [first, second] of pairs) {
      expect(sign(compareWaivers(first, second)), JSON.stringify([first, second])).toBe(-1);
      expect(sign(compareWaivers(second, first)), JSON.stringify([second, first])).toBe(1);
    }
  });
});
