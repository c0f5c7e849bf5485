/** finding-marks.ts: the open errors and warnings each node or edge carries (badges, exported marks). */
import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding, Severity } from '../../../src/core/rules/finding.ts';
import { findingMarks } from '../../../src/core/rules/finding-marks.ts';
import { readinessByLayer } from '../../../src/core/rules/readiness.ts';

const f = (targets: string[], severity: Severity, waived = false): Finding => ({
  rule: 'ABS-05', layer: 'ABS', severity, clause: '', controlPoint: { zh: '', en: '' }, targets, messageKey: 'rule.GEN-01', params: {}, waived,
});
const result = (...findings: Finding[]): CheckResult => ({ level: 3, findings, summary: { error: 0, warning: 0, info: 0, waived: 0 }, readiness: readinessByLayer([], 3) });

describe('findingMarks', () => {
  it('counts open errors and warnings on the first target of each finding', () => {
    const marks = findingMarks(result(f(['ecs', 'e1'], 'error'), f(['ecs'], 'error'), f(['ecs'], 'warning'), f(['e1'], 'warning')));
    expect(Object.fromEntries(marks)).toEqual({ ecs: { error: 2, warning: 1 }, e1: { error: 0, warning: 1 } });
  });

  it('does not count waived findings, notes, or findings without a target', () => {
    const marks = findingMarks(result(f(['ecs'], 'error', true), f(['rds'], 'info'), f([], 'error'), f(['slb'], 'warning', true)));
    expect(marks.size).toBe(0);
  });

  it('gives no marks without a result', () => {
    expect(findingMarks(undefined).size).toBe(0);
  });
});
