/** check.ts: the level checked, the rules run at it, and the open counts. */
import { describe, expect, it } from 'vitest';
import { baseline, check, edit, findings } from './support.ts';

describe('checkDiagram', () => {
  it('counts open findings by severity and the waived ones apart', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.multiAZ = false; // CNS-03 error
      delete d.node('dmz').props.cidr; // CNS-01 warning
      d.node('rds').props.personalData = true; // CES-11 note
      d.node('sls').props.retentionDays = 30; // SMC-03 and ABS-09 errors, waived below
      d.doc.waivers = [{ rule: 'SMC-03', reason: '另有日志归档' }, { rule: 'ABS-09', reason: '另有日志归档' }];
    });
    const result = check(doc);
    expect(result.summary).toEqual({ error: 1, warning: 1, info: 1, waived: 2 });
    expect(result.findings.map((f) => [f.rule, f.severity, f.waived])).toEqual([
      ['ABS-09', 'error', true], ['CES-11', 'info', false], ['CNS-01', 'warning', false], ['CNS-03', 'error', false], ['SMC-03', 'error', true],
    ]);
  });

  it('runs only the rules that apply at the level checked', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.multiAZ = false));
    expect(findings(doc, 'CNS-03', 3)).toHaveLength(1);
    expect(findings(doc, 'CNS-03', 2)).toEqual([]);
    expect(check(doc, 2).readiness.CNS.applicable).toBe(3);
  });
});
