/**
 * Which side of its neighbour a new boundary zone tries first (boundary-zone.ts, `sidesFacing`): the
 * side facing the traffic's source, then the other axis's side towards it, then their opposites. The
 * anchor is 100 × 50 at (100, 100); its centre is (150, 125).
 */
import { describe, expect, it } from 'vitest';
import { sidesFacing } from '../../../src/core/rules/fixes/boundary-zone.ts';

const anchor = { x: 100, y: 100, width: 100, height: 50 };

describe('a boundary zone beside its neighbour: the sides in the order tried', () => {
  const cases: [what: string, from: { x: number; y: number }, sides: string[]][] = [
    ['traffic from the left, level with the upper half', { x: 0, y: 110 }, ['left', 'above', 'below', 'right']],
    ['traffic from the left and below, farther out to the left', { x: 0, y: 200 }, ['left', 'below', 'above', 'right']],
    ['traffic from the right, level with the lower half', { x: 300, y: 140 }, ['right', 'below', 'above', 'left']],
    ['traffic from above, over the right half', { x: 160, y: 0 }, ['above', 'right', 'left', 'below']],
    ['traffic from below, under the left half', { x: 140, y: 400 }, ['below', 'left', 'right', 'above']],
    ['traffic from the lower right, farther out below', { x: 210, y: 300 }, ['below', 'right', 'left', 'above']],
    // Drawn overlapping its neighbour: outside on neither axis, so beside it first.
    ['traffic from a product drawn over the neighbour, right of and below its centre', { x: 160, y: 130 }, ['right', 'below', 'above', 'left']],
    // Exactly as far out on both axes: beside it first.
    ['traffic from the upper left corner, as far out on both axes', { x: 0, y: 0 }, ['left', 'above', 'below', 'right']],
    // Exactly over or level with the centre: left, and above.
    ['traffic from straight above the centre', { x: 150, y: 0 }, ['above', 'left', 'right', 'below']],
    ['traffic from straight left of the centre', { x: 0, y: 125 }, ['left', 'above', 'below', 'right']],
  ];
  for (const [what, from, sides] of cases) {
    it(what, () => {
      expect(sidesFacing(from, anchor)).toEqual(sides);
    });
  }

  it('tries every side once, wherever the traffic comes from', () => {
    for (const x of [0, 100, 140, 150, 160, 200, 300]) {
      for (const y of [0, 100, 120, 125, 130, 150, 300]) expect(new Set(sidesFacing({ x, y }, anchor))).toEqual(new Set(['left', 'right', 'above', 'below']));
    }
  });
});
