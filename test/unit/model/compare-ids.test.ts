/**
 * The one natural-order comparator of ids (model/compare-ids.ts) and its sort key, against a plain
 * reading of the order: split into digit and non-digit runs by a regular expression, compare run by run.
 */
import { describe, expect, it } from 'vitest';
import { compareIds, naturalKey } from '../../../src/core/model/compare-ids.ts';

const CHUNK = /(\d+)|(\D+)/g;

/** The natural order read plainly (what compareIds computes in place). */
function plainOrder(a: string, b: string): number {
  if (a === b) return 0;
  const xs = a.match(CHUNK) ?? [];
  const ys = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [xv, yv] = [x.replace(/^0+/, ''), y.replace(/^0+/, '')];
      if (xv.length !== yv.length) return xv.length - yv.length;
      if (xv !== yv) return xv < yv ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (xs.length !== ys.length) return xs.length - ys.length;
  return a < b ? -1 : 1;
}

describe('natural id order', () => {
  it('puts n2 before n10 and is total', () => {
    expect(['n10', 'n2', 'n1', 'a', 'n02'].sort(compareIds)).toEqual(['a', 'n1', 'n2', 'n02', 'n10']);
  });

  it('agrees with the plain reading, for ids and for free text (BOM specs)', () => {
    const parts = ['a', 'b', 'Z', '0', '00', '1', '9', '10', '007', '-', '.', ':', '_', 'ecs', 'c12', ' ', '核', 'vCPU'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const id = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => parts[Math.floor(random() * parts.length)]).join('');
    for (let i = 0; i < 20000; i++) {
      const a = id();
      const b = random() < 0.3 ? a + id() : id();
      const expected = Math.sign(plainOrder(a, b));
      expect(Math.sign(compareIds(a, b)), `${a} vs ${b}`).toBe(expected);
      const [ka, kb] = [naturalKey(a), naturalKey(b)];
      expect(ka === kb ? 0 : ka < kb ? -1 : 1, `key ${a} vs ${b}`).toBe(expected);
    }
  });
});
