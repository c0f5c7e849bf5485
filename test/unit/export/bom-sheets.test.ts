/**
 * The BOM's other sheets one condition at a time (issue 16): the control-point matrix (a rule's
 * status by precedence, the products and nodes that serve it) and the findings table (targets by
 * name, open or accepted with the reason).
 */
import { describe, expect, it } from 'vitest';
import { controlMatrix, ruleStatus } from '../../../src/core/bom/control-matrix.ts';
import { controlPoints, ruleClauses } from '../../../src/core/bom/control-points.ts';
import { findingsTable, targetName } from '../../../src/core/bom/findings-table.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import type { CheckResult, Finding, Severity } from '../../../src/core/rules/finding.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

const finding = (rule: Finding['rule'], severity: Severity, waived = false, extra: Partial<Finding> = {}): Finding => ({
  rule, layer: rule.slice(0, 3) as Finding['layer'], severity, clause: '8.1.3.1 a)', controlPoint: { zh: '边界防护', en: 'Boundary protection' },
  targets: [], messageKey: 'rule.ABS-01.noBoundary' as Finding['messageKey'], params: {}, waived, ...extra,
});

const check = (findings: Finding[], level: 2 | 3 | 4 = 3): CheckResult => ({
  level, findings, summary: { error: 0, warning: 0, info: 0, waived: 0 },
  readiness: {} as CheckResult['readiness'],
});

describe('control status of a rule', () => {
  it('is not applicable when the rule does not apply at the level, whatever was found', () => {
    expect(ruleStatus('ABS-01', false, check([finding('ABS-01', 'error')]))).toBe('notApplicable');
  });

  it('is not checked without a check result', () => {
    expect(ruleStatus('ABS-01', true, undefined)).toBe('notChecked');
  });

  it('is met without a finding of the rule (findings of other rules do not count)', () => {
    expect(ruleStatus('ABS-01', true, check([finding('ABS-02', 'error')]))).toBe('met');
  });

  it('is not met with an open error, even next to open warnings and information', () => {
    expect(ruleStatus('ABS-01', true, check([finding('ABS-01', 'info'), finding('ABS-01', 'warning'), finding('ABS-01', 'error')]))).toBe('notMet');
  });

  it('is a warning with an open warning and no open error (a waived error does not count)', () => {
    expect(ruleStatus('ABS-01', true, check([finding('ABS-01', 'error', true), finding('ABS-01', 'info'), finding('ABS-01', 'warning')]))).toBe('warning');
  });

  it('is information with only open information', () => {
    expect(ruleStatus('ABS-01', true, check([finding('ABS-01', 'error', true), finding('ABS-01', 'info')]))).toBe('info');
  });

  it('is accepted when every finding of the rule is waived', () => {
    expect(ruleStatus('ABS-01', true, check([finding('ABS-01', 'error', true), finding('ABS-01', 'warning', true)]))).toBe('waived');
  });
});

describe('control-point matrix', () => {
  const rowOf = (table: { rows: (string | number)[][] }, rule: string) => table.rows.find((r) => r[1] === rule)!;

  it('lists the products drawn that serve a rule and the nodes that are those products', () => {
    const table = controlMatrix(smallDiagram(), catalog, 'zh');
    expect(table.header).toEqual(['层面', '规则', '条款及控制点', '产品', '节点', '状态']);
    // 负载均衡 serves ABS-01 and is drawn once; the other boundary products are not drawn.
    const abs01 = rowOf(table, 'ABS-01');
    expect(abs01.slice(0, 5)).toEqual(['安全区域边界', 'ABS-01', '8.1.3.1 a) 边界防护', '负载均衡', '负载均衡']);
    expect(abs01[5]).toBe('未检查');
  });

  it('takes the level from the check result, not from the file', () => {
    const doc: Diagram = smallDiagram();
    // CNS-03 does not apply at level 2; the file says 3, the check was made at 2.
    const table = controlMatrix(doc, catalog, 'en', check([], 2));
    expect(rowOf(table, 'CNS-03')[5]).toBe('Not applicable at this level');
    expect(rowOf(table, 'CNS-01')[2]).toBe('7.1.2.1 c) Network architecture');
    expect(rowOf(table, 'CNS-01')[5]).toBe('Met');
    expect(rowOf(controlMatrix(doc, catalog, 'en'), 'CNS-03')[5]).toBe('Not checked');
  });

  it('lists every product drawn that serves the rule, not only one', () => {
    const doc: Diagram = smallDiagram();
    doc.nodes.push({ id: 'cfw', kind: 'product', product: 'cloud_firewall', parent: 'vpc', position: { x: 20, y: 300 } });
    const row = rowOf(controlMatrix(doc, catalog, 'zh'), 'ABS-01');
    expect(row[3]).toBe('云防火墙；负载均衡');
  });

  it('names each node by its label when it has one', () => {
    const doc: Diagram = smallDiagram();
    doc.nodes.push({ id: 'slb2', kind: 'product', product: 'slb', parent: 'dmz', position: { x: 200, y: 60 }, label: '备用 SLB' });
    const row = rowOf(controlMatrix(doc, catalog, 'zh'), 'ABS-01');
    expect(row[3]).toBe('负载均衡');
    expect(row[4]).toBe('负载均衡；备用 SLB');
  });
});

describe('control points of rules', () => {
  it('prints a clause without a number as its control point alone', () => {
    const rule = { id: 'GEN-01', layer: 'GEN', severity: { 2: 'W', 3: 'W', 4: 'W' }, clauses: [{ ref: '', point: { zh: '设计规范', en: 'Design hygiene' } }, { ref: '8.1.3.1 a)', point: { zh: '边界防护', en: 'Boundary protection' } }] } as const;
    expect(ruleClauses(rule, 2, 'zh')).toEqual(['设计规范', '7.1.3.1 a) 边界防护']);
  });

  it('skips an id that names no rule', () => {
    expect(controlPoints(['NOPE-01', 'ABS-01'], 3, 'zh')).toEqual(['8.1.3.1 a) 边界防护']);
  });
});

describe('findings table', () => {
  const doc: Diagram = smallDiagram();

  it('names targets: a node by its name, an edge by its two ends, an unknown id as itself', () => {
    expect(targetName(doc, catalog, 'rds', 'zh')).toBe('云数据库 RDS');
    expect(targetName(doc, catalog, 'e3', 'zh')).toBe('云服务器 ECS → 云数据库 RDS');
    expect(targetName(doc, catalog, 'gone', 'zh')).toBe('gone');
    const dangling: Diagram = { ...doc, edges: [{ id: 'ex', source: 'ecs', target: 'nowhere', kind: 'traffic' }] };
    expect(targetName(dangling, catalog, 'ex', 'en')).toBe('Elastic Compute Service → nowhere');
  });

  it('writes one row per finding: rule, severity, clause, point, targets, message, open or accepted with the reason', () => {
    const table = findingsTable(doc, catalog, 'en', check([
      finding('ABS-01', 'error', false, { targets: ['slb', 'e1'] }),
      finding('ABS-02', 'warning', true, { waiverReason: 'covered by <IDC> firewall' }),
    ]));
    expect(table.header).toEqual(['Rule', 'Severity', 'Clause', 'Control point', 'Targets', 'Description', 'State']);
    expect(table.rows[0]!.slice(0, 5)).toEqual(['ABS-01', 'Error', '8.1.3.1 a)', 'Boundary protection', 'Server Load Balancer, Internet users → Server Load Balancer']);
    expect(table.rows[0]![5]).not.toBe('');
    expect(table.rows[0]![6]).toBe('Open');
    expect(table.rows[1]![1]).toBe('Warning');
    expect(table.rows[1]![6]).toBe('Accepted: covered by <IDC> firewall');
    const noReason = findingsTable(doc, catalog, 'en', check([finding('ABS-01', 'error', true)]));
    expect(noReason.rows[0]![6]).toBe('Accepted: ');
  });
});
