/** The engine around the rules: waivers, walks on any graph, readiness, stable order, finding fields. */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramEdge, DiagramNode } from '../../../src/core/model/types.ts';
import { RULES } from '../../../src/core/standard/catalogue.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { baseline, catalog, check, edit, found, findings, product } from './support.ts';

const noWaf = () => edit(baseline(), (d) => {
  d.remove('waf');
  d.connect({ id: 'e20', source: 'ddos', target: 'cfw', kind: 'traffic', protocol: 'HTTPS' });
  d.add(product('ecs2', 'ecs', 'app', 200, 60, undefined, 2));
  d.connect({ id: 'e21', source: 'slb', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
});

describe('waivers', () => {
  it('without target accept every finding of the rule, which stay listed with the reason but are not open', () => {
    const doc = edit(noWaf(), (d) => void (d.doc.waivers = [{ rule: 'ABS-05', reason: '源站仅内部访问' }]));
    const result = check(doc);
    const waived = result.findings.filter((f) => f.rule === 'ABS-05');
    expect(waived.map((f) => [f.targets[0], f.waived, f.waiverReason])).toEqual([['ecs', true, '源站仅内部访问'], ['ecs2', true, '源站仅内部访问']]);
    expect(result.summary).toEqual({ error: 0, warning: 0, info: 0, waived: 2 });
    expect(check(noWaf()).summary).toEqual({ error: 2, warning: 0, info: 0, waived: 0 });
  });

  it('with a target accept only findings whose targets contain it (first or later target)', () => {
    const byNode = edit(noWaf(), (d) => void (d.doc.waivers = [{ rule: 'ABS-05', target: 'ecs2', reason: 'r' }]));
    expect(findings(byNode, 'ABS-05').map((f) => [f.targets[0], f.waived])).toEqual([['ecs', false], ['ecs2', true]]);
    const byEdge = edit(noWaf(), (d) => void (d.doc.waivers = [{ rule: 'ABS-05', target: 'e1', reason: 'r' }]));
    expect(findings(byEdge, 'ABS-05').every((f) => f.waived)).toBe(true);
  });

  it('naming an id that no longer exists, or another rule, match nothing', () => {
    const doc = edit(noWaf(), (d) => void (d.doc.waivers = [{ rule: 'ABS-05', target: 'gone', reason: 'r' }, { rule: 'ABS-06', reason: 'r' }]));
    expect(check(doc).summary).toEqual({ error: 2, warning: 0, info: 0, waived: 0 });
  });

  it('make a rule count as passing in readiness', () => {
    const doc = edit(noWaf(), (d) => void (d.doc.waivers = [{ rule: 'ABS-05', reason: 'r' }]));
    expect(check(noWaf()).readiness.ABS).toEqual({ applicable: 9, passing: 8 });
    expect(check(doc).readiness.ABS).toEqual({ applicable: 9, passing: 9 });
  });
});

describe('unprotected reach walks', () => {
  it('terminate on cycles and report each reached node once', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('ecs2', 'ecs', 'app', 200, 60, undefined, 2));
      d.connect(
        { id: 'e20', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS' },
        { id: 'e21', source: 'ecs', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' },
        { id: 'e22', source: 'ecs2', target: 'ecs', kind: 'traffic', protocol: 'HTTPS' },
        { id: 'e23', source: 'ecs2', target: 'users', kind: 'traffic', protocol: 'HTTPS' },
      );
    });
    expect(found(doc, 'ABS-01')).toEqual([['error', ['ecs', 'e20']], ['error', ['ecs2', 'e21']], ['error', ['rds', 'e6']]]);
    expect(found(doc, 'ABS-05')).toEqual([['error', ['ecs', 'e20']], ['error', ['ecs2', 'e20']]]);
  });

  it('ignore islands that no outside node reaches, cycles included', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('a', 'ecs', 'app', 200, 60, undefined, 2), product('b', 'ecs', 'app', 200, 140, undefined, 2));
      d.connect({ id: 'e20', source: 'a', target: 'b', kind: 'traffic', protocol: 'HTTPS' }, { id: 'e21', source: 'b', target: 'a', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(['ABS-01', 'ABS-03', 'ABS-05', 'ABS-06'].flatMap((rule) => found(doc, rule, 4))).toEqual([]);
  });

  it('handle a huge fan-out and fan-in in one pass: one finding per reached server', () => {
    const n = 3000;
    const nodes: DiagramNode[] = [
      { id: 'internet', kind: 'zone', zone: 'internet', position: { x: 0, y: 0 }, size: { width: 200, height: 200 } },
      { id: 'region', kind: 'zone', zone: 'region', position: { x: 300, y: 0 }, size: { width: 1000, height: 1000 }, props: { regionId: 'cn-hangzhou' } },
      { id: 'vpc', kind: 'zone', zone: 'vpc', parent: 'region', position: { x: 20, y: 40 }, size: { width: 900, height: 900 } },
      { id: 'app', kind: 'zone', zone: 'app', parent: 'vpc', position: { x: 20, y: 40 }, size: { width: 800, height: 800 } },
    ];
    const edges: DiagramEdge[] = [];
    for (let u = 0; u < 3; u++) nodes.push({ id: `u${u}`, kind: 'product', product: 'internet_user', parent: 'internet', position: { x: 0, y: u * 70 } });
    for (let i = 0; i < n; i++) {
      nodes.push({ id: `s${i}`, kind: 'product', product: 'ecs', parent: 'app', position: { x: 0, y: 0 } });
      for (let u = 0; u < 3; u++) edges.push({ id: `e${u}-${i}`, source: `u${u}`, target: `s${i}`, kind: 'traffic', protocol: 'HTTPS' });
      edges.push({ id: `m${i}`, source: `s${i}`, target: `s${(i + 1) % n}`, kind: 'traffic', protocol: 'HTTPS' });
    }
    const doc: Diagram = { format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: 'fan', level: 3, platform: 'alibaba-public' }, nodes, edges };
    const result = checkDiagram(doc, catalog);
    const abs05 = result.findings.filter((f) => f.rule === 'ABS-05');
    expect(abs05).toHaveLength(n);
    expect(abs05[0]!.targets).toEqual(['s0', 'e0-0']);
    expect(abs05[n - 1]!.targets).toEqual([`s${n - 1}`, `e0-${n - 1}`]);
    expect(result.findings.filter((f) => f.rule === 'ABS-01')).toHaveLength(n);
  });
});

describe('readiness per layer', () => {
  it('counts the rules that apply at the level, and those without an open error', () => {
    const applicable = (layer: string, level: 2 | 3 | 4) => RULES.filter((r) => r.layer === layer && r.severity[level] !== null).length;
    const full = check(baseline()).readiness;
    for (const layer of ['CNS', 'ABS', 'CES', 'SMC', 'CLD', 'GEN'] as const) {
      expect(full[layer]).toEqual({ applicable: applicable(layer, 3), passing: applicable(layer, 3) });
    }
    expect(check(baseline(), 2).readiness.CNS).toEqual({ applicable: 3, passing: 3 });
    const broken = edit(baseline(), (d) => void (d.node('rds').props.multiAZ = false));
    expect(check(broken).readiness.CNS).toEqual({ applicable: 5, passing: 4 });
  });

  it('does not count warnings against a rule', () => {
    const warned = edit(baseline(), (d) => void delete d.node('dmz').props.cidr);
    expect(check(warned).readiness.CNS).toEqual({ applicable: 5, passing: 5 });
  });
});

describe('the order of findings', () => {
  it('is by rule id, then first target in natural id order (n2 before n10)', () => {
    const doc = edit(baseline(), (d) => {
      for (const id of ['n10', 'n2', 'n1']) d.add(product(id, 'oss', 'data', 40, 140, { encryption: 'kms', localBackup: true }));
    });
    const result = check(doc);
    expect(result.findings.filter((f) => f.rule === 'CES-10').map((f) => f.targets[0])).toEqual(['n1', 'n2', 'n10']);
    const rules = result.findings.map((f) => f.rule);
    expect(rules).toEqual([...rules].sort());
  });

  it('does not depend on the order of nodes and edges in the file', () => {
    const doc = noWaf();
    const shuffled: Diagram = { ...doc, nodes: [...doc.nodes].reverse(), edges: [...doc.edges].reverse() };
    expect(JSON.stringify(check(shuffled))).toBe(JSON.stringify(check(doc)));
  });
});

describe('finding fields', () => {
  it('carry layer, clause and control point written for the level, message key and params', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.multiAZ = false));
    const [at3] = findings(doc, 'CNS-03', 3);
    expect(at3).toMatchObject({
      rule: 'CNS-03', layer: 'CNS', severity: 'error', clause: '8.1.2.1 e); 8.1.4.9 c)', targets: ['rds'], waived: false,
      controlPoint: { zh: '网络架构; 数据备份恢复', en: 'Network architecture; Data backup and recovery' },
      messageKey: 'rule.CNS-03.singleZone', fix: { change: { kind: 'set-prop', node: 'rds', prop: 'multiAZ' } },
    });
    expect(findings(doc, 'CNS-03', 4)[0]!.clause).toBe('9.1.2.1 e); 9.1.4.9 c)');
    const l2 = findings(edit(baseline(), (d) => void (d.node('rds').props.localBackup = false)), 'CES-09', 2)[0]!;
    expect(l2.clause).toBe('7.1.4.9 a)');
  });

  it('check meta.level unless the caller overrides it', () => {
    const doc = edit(baseline(), (d) => void (d.doc.meta.level = 2));
    expect(check(doc).level).toBe(2);
    expect(check(doc, 4).level).toBe(4);
  });
});
