import { describe, expect, it } from 'vitest';
import { baseline, check, financeL4 } from './support.ts';

describe('the baseline design of the rule tests', () => {
  it('has no finding at level 3 (every rule met), so each test breaks exactly what it names', () => {
    expect(check(baseline()).findings.map((f) => `${f.rule} ${f.targets.join(',')}`)).toEqual([]);
  });

  it('has no finding at level 2 either', () => {
    expect(check(baseline(), 2).findings).toEqual([]);
  });

  it('has no finding at level 4 on the finance cloud once it has what level 4 needs', () => {
    expect(check(financeL4(), 4).findings).toEqual([]);
  });

  it('as drawn, misses at level 4 on the finance cloud exactly what 1.1 adds: finance regions, hardware keys, a standby site', () => {
    const doc = financeL4();
    doc.nodes = baseline().nodes;
    expect(check(doc, 4).findings.map((f) => `${f.rule} ${f.targets.join(',')}`)).toEqual(['CES-12 ecs', 'CLD-01 region', 'CLD-01 region2', 'CNS-06 ']);
  });
});
