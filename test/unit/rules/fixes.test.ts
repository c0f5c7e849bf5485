/**
 * Quick fixes: each gives a valid document in which the findings offering its change are gone; findings
 * that one change resolves offer equal changes (one `fixKey`); what it adds lands inside its zone without overlapping.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import type { Diagram, DiagramNode } from '../../../src/core/model/types.ts';
import { buildBom } from '../../../src/core/bom/bom.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { fixKey, type Fix } from '../../../src/core/rules/fixes/fix.ts';
import { drRegionFor } from '../../../src/core/rules/fixes/dr-site.ts';
import { containmentViolations } from '../../../src/core/edit/containment.ts';
import { smallDiagram } from '../../support/documents.ts';
import { baseline, catalog, check, edit, product, zone } from './support.ts';

/** Apply the fix of the first finding of `rule`; assert validity and that no finding offering that change is left. */
function fixFirst(doc: Diagram, rule: string): { before: Diagram; after: Diagram; fixId: string } {
  const finding = check(doc).findings.find((f) => f.rule === rule && f.fix);
  if (!finding?.fix) throw new Error(`no fixable ${rule} finding`);
  const after = applyFix(doc, finding.fix.change, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  expect(after).not.toBe(doc);
  const key = fixKey(finding.fix.change);
  expect(check(after).findings.filter((f) => f.fix && fixKey(f.fix.change) === key && !f.waived)).toEqual([]);
  return { before: doc, after, fixId: key };
}

/** The key of the change a finding offers, or undefined. */
const keyOf = (fix: { change: Fix } | undefined) => fix && fixKey(fix.change);

const rulesOf = (doc: Diagram) => check(doc).findings.map((f) => f.rule);

/** Products and zones inside their parent's rectangle, and siblings not overlapping. */
function expectTidy(doc: Diagram, ids: string[]): void {
  for (const id of ids) {
    const node = doc.nodes.find((n) => n.id === id)!;
    const rect = nodeRect(doc, id)!;
    if (node.parent) {
      const parent = nodeRect(doc, node.parent)!;
      expect(rect.x >= parent.x && rect.y >= parent.y && rect.x + rect.width <= parent.x + parent.width && rect.y + rect.height <= parent.y + parent.height, `${id} inside ${node.parent}`).toBe(true);
    }
    for (const other of doc.nodes.filter((n: DiagramNode) => n.parent === node.parent && n.id !== id)) {
      const r = nodeRect(doc, other.id)!;
      const overlap = rect.x < r.x + r.width && r.x < rect.x + rect.width && rect.y < r.y + r.height && r.y < rect.y + rect.height;
      expect(overlap, `${id} overlaps ${other.id}`).toBe(false);
    }
  }
}

const added = (before: Diagram, after: Diagram) => after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));

describe('adding a missing product', () => {
  it('云安全中心 企业版: one fix id for CES-05, CES-06, SMC-04 and ABS-07, all resolved together', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('sc');
      d.node('cfw').props.edition = 'advanced';
    });
    const ids = check(doc).findings.filter((f) => ['CES-05', 'CES-06', 'SMC-04', 'ABS-07'].includes(f.rule)).map((f) => `${f.rule} ${keyOf(f.fix)}`);
    expect(ids).toEqual(['ABS-07 add:security_center', 'ABS-07 add:security_center', 'CES-05 add:security_center', 'CES-06 add:security_center', 'SMC-04 add:security_center']);
    const { after } = fixFirst(doc, 'CES-05');
    expect(rulesOf(after)).toEqual([]);
    const sc = added(doc, after);
    expect(sc).toMatchObject([{ product: 'security_center', parent: 'mgmt', props: { edition: 'enterprise' } }]);
    expectTidy(after, [sc[0]!.id]);
  });

  it('raises the security center drawn to 企业版 instead of adding a second one', () => {
    const doc = edit(baseline(), (d) => void (d.node('sc').props.edition = 'advanced'));
    const { after } = fixFirst(doc, 'CES-05');
    expect(after.nodes.find((n) => n.id === 'sc')).toMatchObject({ props: { edition: 'enterprise' } });
    expect(after.nodes).toHaveLength(doc.nodes.length);
    expect(rulesOf(after)).toEqual([]);
  });

  it('云监控, 操作审计 and KMS go into the management zone', () => {
    for (const [id, rule] of [['monitor', 'SMC-02'], ['trail', 'SMC-03'], ['kms', 'GEN-02']] as const) {
      const doc = edit(baseline(), (d) => d.remove(id));
      const { after } = fixFirst(doc, rule);
      expect(rulesOf(after), id).toEqual([]);
      const [node] = added(doc, after);
      expect(node?.parent).toBe('mgmt');
      expectTidy(after, [node!.id]);
    }
  });

  it('日志服务 SLS: retention raised to 180 days, or an SLS added that keeps 180 days (ABS-09 and SMC-03 together)', () => {
    const short = edit(baseline(), (d) => void (d.node('sls').props.retentionDays = 30));
    expect(check(short).findings.map((f) => `${f.rule} ${keyOf(f.fix)}`)).toEqual(['ABS-09 sls:retention', 'SMC-03 sls:retention']);
    expect(fixFirst(short, 'ABS-09').after.nodes.find((n) => n.id === 'sls')).toMatchObject({ props: { retentionDays: 180 } });
    const none = edit(baseline(), (d) => d.remove('sls'));
    const { after } = fixFirst(none, 'SMC-03');
    expect(added(none, after)).toMatchObject([{ product: 'sls', parent: 'mgmt', props: { retentionDays: 180 } }]);
    expect(rulesOf(after)).toEqual([]);
  });

  it('数据库审计 goes into the management zone of the database VPC, created (with a free /24) when missing', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('dbaudit');
      d.add(product('rds2', 'rds', 'backup', 200, 60, { multiAZ: true, encryption: 'kms' }));
    });
    expect(check(doc).findings.filter((f) => f.rule === 'CES-04').map((f) => `${f.targets[0]} ${keyOf(f.fix)}`)).toEqual(['rds add:db_audit:vpc', 'rds2 add:db_audit:vpc2']);
    const { after } = fixFirst(doc, 'CES-04');
    expect(added(doc, after)).toMatchObject([{ product: 'db_audit', parent: 'mgmt' }]);
    const second = applyFix(after, { kind: 'add-db-audit', vpc: 'vpc2' }, catalog);
    const [mgmt2, audit2] = added(after, second);
    expect(mgmt2).toMatchObject({ kind: 'zone', zone: 'mgmt', parent: 'vpc2', props: { cidr: '10.1.0.0/24' } });
    expect(audit2).toMatchObject({ product: 'db_audit', parent: mgmt2!.id });
    expect(check(second).findings.filter((f) => f.rule === 'CES-04' || f.rule === 'CNS-01')).toEqual([]);
    expectTidy(second, [mgmt2!.id, audit2!.id]);
  });

  it('a management zone inside the first VPC', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('mgmt'), { zone: 'ops' }));
    const { after } = fixFirst(doc, 'SMC-01');
    const [zoneNode] = added(doc, after);
    expect(zoneNode).toMatchObject({ kind: 'zone', zone: 'mgmt', parent: 'vpc' });
    expectTidy(after, [zoneNode!.id]);
    // The bastion host and database audit are then moved into it by their own fixes.
    const moved = fixFirst(fixFirst(after, 'SMC-01').after, 'SMC-01').after;
    expect(rulesOf(moved)).toEqual([]);
  });
});

describe('运维 through the bastion host', () => {
  it('adds a bastion host with MFA to the management zone when there is none', () => {
    const doc = edit(baseline(), (d) => d.remove('bastion'));
    const { after } = fixFirst(doc, 'CES-01');
    expect(added(doc, after)).toMatchObject([{ product: 'bastionhost', parent: 'mgmt', props: { mfa: true } }]);
    expect(rulesOf(after)).toEqual([]);
  });

  it('routes management edges that bypass it through it, one edge per operator', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('ops', 'ops', 'region', 600, 20, 300, 160), product('admin', 'admin_terminal', 'ops', 40, 60));
      d.connect({ id: 'e20', source: 'admin', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 });
      d.connect({ id: 'e21', source: 'admin', target: 'rds', kind: 'management', protocol: 'SSH', port: 22 });
    });
    expect(check(doc).findings.filter((f) => f.rule === 'CES-01').map((f) => keyOf(f.fix))).toEqual(['bastion:route', 'bastion:route']);
    const { after } = fixFirst(doc, 'CES-01');
    const mgmt = after.edges.filter((e) => e.kind === 'management').map((e) => `${e.source}>${e.target} ${e.protocol}`).sort();
    expect(mgmt).toEqual(['admin>bastion SSH', 'bastion>ecs SSH', 'bastion>rds MySQL', 'bastion>rds SSH']);
    expect(rulesOf(after)).toEqual([]);
  });
});

describe('moving into the management zone', () => {
  it('moves a bastion host drawn elsewhere in its VPC', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('bastion'), { parent: 'app', position: { x: 200, y: 60 } }));
    const { after } = fixFirst(doc, 'SMC-01');
    expect(after.nodes.find((n) => n.id === 'bastion')?.parent).toBe('mgmt');
    expectTidy(after, ['bastion']);
  });
});

describe('inserting a boundary product into the Internet path', () => {
  const direct = () => edit(baseline(), (d) => {
    d.remove('ddos', 'waf', 'cfw');
    d.connect({ id: 'e20', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 });
  });

  it('云防火墙: a new node in the boundary zone, the Internet edge redirected through it', () => {
    const { before, after } = fixFirst(direct(), 'ABS-03');
    const [cfw] = added(before, after);
    expect(cfw).toMatchObject({ product: 'cloud_firewall', parent: 'edge' });
    expect(after.edges.find((e) => e.id === 'e20')).toMatchObject({ source: 'users', target: cfw!.id, protocol: 'HTTPS', port: 443 });
    expect(after.edges.filter((e) => e.source === cfw!.id)).toMatchObject([{ target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 }]);
    expect(rulesOf(after).filter((r) => r === 'ABS-03')).toEqual([]);
    expectTidy(after, [cfw!.id]);
  });

  it('DDoS, WAF and firewall applied one after another end in the order Internet → DDoS → WAF → firewall', () => {
    let doc = direct();
    for (const rule of ['ABS-03', 'ABS-05', 'ABS-06']) doc = fixFirst(doc, rule).after;
    const next = (id: string) => doc.edges.find((e) => e.source === id && e.kind === 'traffic')!.target;
    const chain = [next('users')];
    while (chain.length < 4) chain.push(next(chain[chain.length - 1]!));
    const product = (id: string) => (doc.nodes.find((n) => n.id === id) as { product: string }).product;
    expect(chain.map(product)).toEqual(['ddos_origin', 'waf', 'cloud_firewall', 'slb']);
    expect(rulesOf(doc)).toEqual([]);
  });

  it('creates a boundary zone in the region when there is none', () => {
    const doc = edit(direct(), (d) => d.remove('edge'));
    const { before, after } = fixFirst(doc, 'ABS-06');
    const [edgeZone, ddos] = added(before, after);
    expect(edgeZone).toMatchObject({ kind: 'zone', zone: 'edge', parent: 'region' });
    expect(ddos).toMatchObject({ product: 'ddos_origin', parent: edgeZone!.id });
    expectTidy(after, [edgeZone!.id, ddos!.id, 'vpc']);
  });

  it('WAF takes only web traffic; other protocols keep their path', () => {
    const doc = edit(direct(), (d) => d.connect({ id: 'e21', source: 'users', target: 'slb', kind: 'traffic', protocol: 'TCP', port: 8000 }));
    const { before, after } = fixFirst(doc, 'ABS-05');
    const [waf] = added(before, after);
    expect(after.edges.find((e) => e.id === 'e21')).toMatchObject({ source: 'users', target: 'slb' });
    expect(after.edges.find((e) => e.id === 'e20')).toMatchObject({ source: 'users', target: waf!.id });
  });

  it('for ABS-01 from an office network, puts the firewall where outside traffic enters', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('office', 'office', undefined, 0, 400, 240, 200), product('staff', 'office_user', 'office', 40, 60));
      d.connect({ id: 'e20', source: 'staff', target: 'ecs', kind: 'traffic', protocol: 'HTTPS' });
    });
    const { after, fixId } = fixFirst(doc, 'ABS-01');
    expect(fixId).toBe('insert-outside:cloud_firewall');
    expect(rulesOf(after).filter((r) => r === 'ABS-01')).toEqual([]);
  });
});

describe('turning on a prop', () => {
  const cases: [string, (d: Parameters<Parameters<typeof edit>[1]>[0]) => void, string, object][] = [
    ['CNS-03', (d) => void (d.node('rds').props.multiAZ = false), 'rds', { props: { multiAZ: true } }],
    ['CNS-03', (d) => void delete (d.node('ecs') as { quantity?: number }).quantity, 'ecs', { quantity: 2, props: { multiAZ: true } }],
    ['CES-03', (d) => void (d.node('bastion').props.mfa = false), 'bastion', { props: { mfa: true } }],
    ['CES-09', (d) => void (d.node('rds').props.localBackup = false), 'rds', { props: { localBackup: true } }],
    ['CNS-05', (d) => void (d.node('rds').props.ssl = false), 'rds', { props: { ssl: true } }],
    ['CES-07', (d) => void (d.node('rds').props.encryption = 'none'), 'rds', { props: { encryption: 'kms' } }],
    ['CES-08', (d) => void (d.node('rds').props.encryption = 'service'), 'rds', { props: { encryption: 'kms' } }],
    ['ABS-02', (d) => void (d.node('ecs').props.publicIp = true), 'ecs', {}],
    ['CES-04', (d) => { d.remove('dbaudit'); Object.assign(d.node('rds'), { parent: 'region' }); }, 'rds', { props: { sqlAudit: true } }],
  ];
  for (const [rule, breakIt, id, expected] of cases) {
    it(`${rule} on ${id}`, () => {
      const { after } = fixFirst(edit(baseline(), breakIt), rule);
      expect(after.nodes.find((n) => n.id === id)).toMatchObject(expected);
      expect(rulesOf(after)).not.toContain(rule);
    });
  }

  it('CNS-03 by role: two single servers behind one load balancer get no fix, and forcing it leaves the BOM at 2 ECS, not 4', () => {
    const two = edit(baseline(), (d) => {
      delete (d.node('ecs') as { quantity?: number }).quantity;
      d.add(product('ecs2', 'ecs', 'app', 200, 60));
      d.connect({ id: 'e20', source: 'slb', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(check(two).findings.filter((f) => f.rule === 'CNS-03')).toEqual([]);
    const ecsCount = (doc: Diagram) => buildBom(doc, catalog).find((line) => line.product === 'ecs')!.quantity;
    let after = applyFix(two, { kind: 'set-prop', node: 'ecs', prop: 'multiAZ' }, catalog);
    after = applyFix(after, { kind: 'set-prop', node: 'ecs2', prop: 'multiAZ' }, catalog);
    expect(ecsCount(after)).toBe(2);
    expect(after.nodes.filter((n) => n.id === 'ecs' || n.id === 'ecs2')).toMatchObject([{ props: { multiAZ: true } }, { props: { multiAZ: true } }]);
    expect(after.nodes.every((n) => n.kind !== 'product' || n.product !== 'ecs' || n.quantity === undefined)).toBe(true);
  });

  it('KMS encryption adds the key service when the design has none (no GEN-02 left behind)', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('kms');
      d.node('rds').props.encryption = 'none';
      d.node('rds-copy').props.encryption = 'service';
    });
    const { after } = fixFirst(doc, 'CES-07');
    expect(added(doc, after)).toMatchObject([{ product: 'kms' }]);
    expect(rulesOf(after)).toEqual(['CES-08']);
  });

  it('turning a public address off removes the prop', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void (d.node('ecs').props.publicIp = true)), 'ABS-02');
    expect(after.nodes.find((n) => n.id === 'ecs')).not.toHaveProperty('props');
  });
});

describe('switching an edge', () => {
  it('from HTTP to HTTPS, port 80 to 443', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol: 'HTTP', port: 80 })), 'CNS-04');
    expect(after.edges.find((e) => e.id === 'e1')).toEqual({ id: 'e1', source: 'users', target: 'ddos', kind: 'traffic', protocol: 'HTTPS', port: 443 });
  });

  it('from Telnet to SSH for management, dropping an explicit encrypted: false', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void Object.assign(d.edge('e7'), { protocol: 'Telnet', port: 23, encrypted: false })), 'CES-02');
    expect(after.edges.find((e) => e.id === 'e7')).toEqual({ id: 'e7', source: 'bastion', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 });
  });

  it('a database connection without SSL on the database gets TLS and keeps its database protocol (no HTTPS)', () => {
    const doc = edit(baseline(), (d) => {
      delete d.node('rds').props.ssl;
      Object.assign(d.edge('e6'), { protocol: 'MySQL', port: 3306, encrypted: false });
    });
    const { after } = fixFirst(doc, 'CNS-05');
    expect(after.edges.find((e) => e.id === 'e6')).toEqual({ id: 'e6', source: 'ecs', target: 'rds', kind: 'traffic', protocol: 'MySQL', port: 3306, encrypted: true });
  });

  it('a connection into a database that names no protocol gets TLS, not a web protocol', () => {
    const doc = edit(baseline(), (d) => {
      delete d.node('rds').props.ssl;
      const e6 = d.edge('e6');
      delete e6.protocol;
      e6.port = 3306;
    });
    const finding = check(doc).findings.find((f) => f.rule === 'CNS-05' && f.targets.includes('e6'));
    expect(finding?.fix?.params).toMatchObject({ protocol: 'TLS' });
    const { after } = fixFirst(doc, 'CNS-05');
    expect(after.edges.find((e) => e.id === 'e6')).toEqual({ id: 'e6', source: 'ecs', target: 'rds', kind: 'traffic', port: 3306, encrypted: true });
  });

  it('a port that was another protocol\'s own does not stay with the new protocol (RDP port under SSH becomes 22)', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void Object.assign(d.edge('e7'), { protocol: 'TCP', port: 3389 })), 'CES-02');
    expect(after.edges.find((e) => e.id === 'e7')).toEqual({ id: 'e7', source: 'bastion', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 });
  });

  it('a custom port stays when the protocol changes', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol: 'HTTP', port: 8080 })), 'CNS-04');
    expect(after.edges.find((e) => e.id === 'e1')).toMatchObject({ protocol: 'HTTPS', port: 8080 });
  });

  it('makes an off-site backup real-time', () => {
    const { after } = fixFirst(edit(baseline(), (d) => void (d.edge('e9').mode = 'scheduled')), 'CES-10');
    expect(after.edges.find((e) => e.id === 'e9')).toMatchObject({ mode: 'realtime' });
  });
});

describe('applyFix in general', () => {
  it('returns the same document for a missing target or a prop the product does not take, and never changes its input', () => {
    const doc = baseline();
    const copy = JSON.stringify(doc);
    const gone: Fix[] = [
      { kind: 'set-prop', node: 'nope', prop: 'multiAZ' },
      { kind: 'set-edge', edge: 'nope', set: 'encrypt' },
      { kind: 'set-edge', edge: 'nope', set: 'realtime' },
      { kind: 'add-db-audit', vpc: 'nope' },
      { kind: 'move-to-mgmt', node: 'nope' },
      { kind: 'add-dr-site', node: 'nope' },
      { kind: 'set-prop', node: 'users', prop: 'mfa' },
    ];
    for (const fix of gone) expect(applyFix(doc, fix, catalog), fixKey(fix)).toBe(doc);
    applyFix(edit(doc, (d) => void (d.node('rds').props.multiAZ = false)), { kind: 'set-prop', node: 'rds', prop: 'multiAZ' }, catalog);
    expect(JSON.stringify(doc)).toBe(copy);
  });

  it('changes nothing (same object) when what the fix does is done already', () => {
    const doc = baseline();
    const done: Fix[] = [
      { kind: 'set-prop', node: 'rds', prop: 'multiAZ' },
      { kind: 'set-prop', node: 'bastion', prop: 'mfa' },
      { kind: 'set-prop', node: 'ecs', prop: 'publicIp' },
      { kind: 'set-edge', edge: 'e1', set: 'encrypt' },
      { kind: 'set-edge', edge: 'e9', set: 'realtime' },
      { kind: 'move-to-mgmt', node: 'bastion' },
      { kind: 'add-product', product: 'cloudmonitor' },
      { kind: 'sls-retention' },
      { kind: 'add-product', product: 'security_center' },
      { kind: 'route-bastion' },
      { kind: 'insert-boundary', product: 'waf', fromOutside: false },
      { kind: 'add-mgmt-zone' },
    ];
    for (const fix of done) expect(applyFix(doc, fix, catalog), fixKey(fix)).toBe(doc);
  });

  it('applied over and over to a design with many gaps, always gives a valid document and removes what it targets', () => {
    let doc = smallDiagram();
    const applied: string[] = [];
    for (let round = 0; round < 40; round++) {
      const finding = check(doc).findings.find((f) => f.fix);
      if (!finding) break;
      applied.push(fixKey(finding.fix!.change));
      doc = fixFirst(doc, finding.rule).after;
    }
    expect(applied.length).toBeGreaterThan(8);
    expect(check(doc).findings.filter((f) => f.fix)).toEqual([]);
    expect(check(doc).findings.map((f) => f.rule)).toEqual([]); // CES-10 too: the disaster-recovery site is a fix of its own
  });
});

describe('a disaster-recovery site for CES-10', () => {
  const withoutCopy = () => edit(baseline(), (d) => d.remove('region2'));

  it('builds region, VPC, backup zone, copy and a real-time backup edge in one change, with nothing left to find', () => {
    const doc = withoutCopy();
    const finding = check(doc).findings.find((f) => f.rule === 'CES-10');
    expect(finding?.fix).toMatchObject({ change: { kind: 'add-dr-site', node: 'rds' }, messageKey: 'fix.drSite', params: { region: { zh: '华东2（上海）' } } });
    const { after } = fixFirst(doc, 'CES-10');
    expect(rulesOf(after)).toEqual([]);
    const [region, vpc, zoneNode, copy] = added(doc, after);
    expect(region).toMatchObject({ kind: 'zone', zone: 'region', props: { regionId: 'cn-shanghai' } });
    expect(region).not.toHaveProperty('parent');
    expect(vpc).toMatchObject({ zone: 'vpc', parent: region!.id, props: { cidr: '10.1.0.0/16' } });
    expect(zoneNode).toMatchObject({ zone: 'backup', parent: vpc!.id, props: { cidr: '10.1.0.0/24' } });
    expect(copy).toMatchObject({ kind: 'product', product: 'rds', parent: zoneNode!.id, props: { encryption: 'kms' } });
    expect(after.edges.filter((e) => !doc.edges.some((b) => b.id === e.id))).toMatchObject([{ source: 'rds', target: copy!.id, kind: 'backup', mode: 'realtime' }]);
    expect(containmentViolations(after)).toEqual([]);
    expectTidy(after, [region!.id, vpc!.id, zoneNode!.id, copy!.id]);
  });

  it('takes address blocks no zone uses, whatever the design drew', () => {
    const doc = edit(withoutCopy(), (d) => void (d.node('vpc').props.cidr = '10.0.0.0/8'));
    const { after } = fixFirst(doc, 'CES-10');
    expect(added(doc, after)[1]).toMatchObject({ zone: 'vpc', props: { cidr: '172.16.0.0/16' } });
  });

  it('keeps the original\'s encryption on the copy (none stays none: CES-07 is its own finding)', () => {
    const doc = edit(withoutCopy(), (d) => void (d.node('rds').props.encryption = 'service'));
    const { after } = fixFirst(doc, 'CES-10');
    expect(added(doc, after)[3]).toMatchObject({ product: 'rds', props: { encryption: 'service' } });
  });

  it('picks a nearby mainland region, or the platform\'s finance region', () => {
    const doc = baseline();
    const finance = { ...doc, meta: { ...doc.meta, platform: 'alibaba-finance' as const } };
    expect(drRegionFor(doc, catalog, 'cn-hangzhou')).toBe('cn-shanghai');
    expect(drRegionFor(doc, catalog, 'cn-beijing')).toBe('cn-zhangjiakou');
    expect(drRegionFor(doc, catalog, 'cn-shenzhen')).toBe('cn-guangzhou');
    expect(drRegionFor(doc, catalog, 'cn-shanghai')).toBe('cn-hangzhou');
    expect(drRegionFor(doc, catalog, undefined)).toBe('cn-shanghai');
    expect(drRegionFor(finance, catalog, 'cn-hangzhou-finance')).toBe('cn-shanghai-finance-1');
    expect(drRegionFor(finance, catalog, 'cn-hangzhou')).toBe('cn-shanghai-finance-1');
    expect(drRegionFor(finance, catalog, 'cn-shanghai-finance-1')).toBe('cn-hangzhou-finance');
  });

  it('is not offered for a store in no region (a copy elsewhere would not be off-site)', () => {
    const doc = edit(withoutCopy(), (d) => {
      d.node('rds').parent = undefined;
    });
    const finding = check(doc).findings.find((f) => f.rule === 'CES-10');
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
  });
});
