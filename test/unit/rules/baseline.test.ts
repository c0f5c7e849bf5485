import { describe, expect, it } from 'vitest';
import { baseline, check, edit } from './support.ts';

describe('the baseline design of the rule tests', () => {
  it('has no finding at level 3 (every rule met), so each test breaks exactly what it names', () => {
    expect(check(baseline()).findings.map((f) => `${f.rule} ${f.targets.join(',')}`)).toEqual([]);
  });

  it('has no finding at level 2 either', () => {
    expect(check(baseline(), 2).findings).toEqual([]);
  });

  it('has no finding at level 4 on the finance cloud', () => {
    const doc = edit(baseline(), (d) => void (d.doc.meta.platform = 'alibaba-finance'));
    expect(check(doc, 4).findings).toEqual([]);
  });
});
