/**
 * Test support for the rules: a small design that has no finding at all at level 3 (every rule met),
 * and helpers to break it in exactly one place and look at one rule's findings.
 */
import { expect } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import type { Fix } from '../../../src/core/rules/fixes/fix.ts';
import { isRuleId } from '../../../src/core/standard/catalogue.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import type { Diagram, DiagramEdge, DiagramNode, Level, ProductNode, ZoneNode } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';

export { catalog };

const zone = (id: string, kind: ZoneNode['zone'], parent: string | undefined, x: number, y: number, w: number, h: number, props?: ZoneNode['props']): ZoneNode => ({
  id, kind: 'zone', zone: kind, position: { x, y }, size: { width: w, height: h }, ...(parent ? { parent } : {}), ...(props ? { props } : {}),
});
const product = (id: string, name: string, parent: string | undefined, x: number, y: number, props?: ProductNode['props'], quantity?: number): ProductNode => ({
  id, kind: 'product', product: name, position: { x, y }, ...(parent ? { parent } : {}), ...(props ? { props } : {}), ...(quantity ? { quantity } : {}),
});

/**
 * Internet users → DDoS原生防护 → WAF → 云防火墙 (企业版) in a boundary zone → SLB (DMZ) → 2 ECS (app) →
 * RDS (data, multi-AZ, KMS, SSL), a management zone with bastion host (MFA), database audit and the
 * central services, and a real-time copy of the database in another region. No finding at level 3.
 */
export function baseline(): Diagram {
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: 2,
    meta: { title: '基线系统', level: 3, platform: 'alibaba-public' },
    nodes: [
      zone('internet', 'internet', undefined, 0, 0, 240, 200),
      product('users', 'internet_user', 'internet', 40, 60),
      zone('region', 'region', undefined, 300, 0, 1700, 900, { regionId: 'cn-hangzhou' }),
      zone('edge', 'edge', 'region', 20, 40, 560, 140),
      product('ddos', 'ddos_origin', 'edge', 20, 40),
      product('waf', 'waf', 'edge', 200, 40),
      product('cfw', 'cloud_firewall', 'edge', 380, 40, { edition: 'enterprise' }),
      zone('vpc', 'vpc', 'region', 20, 200, 1660, 680, { cidr: '10.0.0.0/16' }),
      zone('dmz', 'dmz', 'vpc', 20, 40, 300, 200, { cidr: '10.0.1.0/24' }),
      zone('app', 'app', 'vpc', 340, 40, 300, 200, { cidr: '10.0.2.0/24' }),
      zone('data', 'data', 'vpc', 660, 40, 300, 200, { cidr: '10.0.3.0/24' }),
      zone('mgmt', 'mgmt', 'vpc', 20, 280, 1000, 200, { cidr: '10.0.4.0/24' }),
      product('slb', 'slb', 'dmz', 40, 60, { multiAZ: true }),
      product('ecs', 'ecs', 'app', 40, 60, undefined, 2),
      product('rds', 'rds', 'data', 40, 60, { multiAZ: true, encryption: 'kms', ssl: true }),
      product('bastion', 'bastionhost', 'mgmt', 20, 40, { mfa: true }),
      product('dbaudit', 'db_audit', 'mgmt', 200, 40),
      product('sc', 'security_center', 'mgmt', 380, 40, { edition: 'enterprise' }),
      product('sls', 'sls', 'mgmt', 560, 40, { retentionDays: 180 }),
      product('trail', 'actiontrail', 'mgmt', 740, 40),
      product('monitor', 'cloudmonitor', 'mgmt', 20, 120),
      product('kms', 'kms', 'mgmt', 200, 120),
      zone('region2', 'region', undefined, 300, 1000, 700, 400, { regionId: 'cn-shanghai' }),
      zone('vpc2', 'vpc', 'region2', 20, 40, 600, 300, { cidr: '10.1.0.0/16' }),
      zone('backup', 'backup', 'vpc2', 20, 40, 300, 200, { cidr: '10.1.1.0/24' }),
      product('rds-copy', 'rds', 'backup', 40, 60, { encryption: 'kms' }),
    ],
    edges: [
      { id: 'e1', source: 'users', target: 'ddos', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      { id: 'e2', source: 'ddos', target: 'waf', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      { id: 'e3', source: 'waf', target: 'cfw', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      { id: 'e4', source: 'cfw', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      { id: 'e5', source: 'slb', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 8443 },
      { id: 'e6', source: 'ecs', target: 'rds', kind: 'traffic', protocol: 'MySQL', port: 3306 },
      { id: 'e7', source: 'bastion', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 },
      { id: 'e8', source: 'bastion', target: 'rds', kind: 'management', protocol: 'MySQL', port: 3306 },
      { id: 'e9', source: 'rds', target: 'rds-copy', kind: 'backup', mode: 'realtime' },
    ],
  };
}

/**
 * The baseline made ready for level 4 on the finance cloud (rules.md 1.1): finance-cloud regions
 * (CLD-01), hardware keys (CNS-06: KMS of the hardware key management edition) and a standby server
 * running the application in the DR region (CES-12). No finding at level 4.
 */
export function financeL4(doc: Diagram = baseline()): Diagram {
  return edit(doc, (d) => {
    d.doc.meta.platform = 'alibaba-finance';
    d.node('region').props.regionId = 'cn-shanghai-finance-1';
    d.node('region2').props.regionId = 'cn-shenzhen-finance-1';
    d.node('kms').props.edition = 'hardware';
    d.add(zone('app2', 'app', 'vpc2', 340, 40, 300, 200, { cidr: '10.1.2.0/24' }), product('ecs-standby', 'ecs', 'app2', 40, 60, undefined, 2));
  });
}

/** A deep copy changed by `change`, which gets a small editing kit. */
export function edit(doc: Diagram, change: (kit: EditKit) => void): Diagram {
  const copy = JSON.parse(JSON.stringify(doc)) as Diagram;
  change(kit(copy));
  return copy;
}

export interface EditKit {
  doc: Diagram;
  /** The node to change in place (props are created when missing). */
  node(id: string): DiagramNode & { props: Record<string, unknown> };
  edge(id: string): DiagramEdge;
  add(...nodes: DiagramNode[]): void;
  connect(...edges: DiagramEdge[]): void;
  /** Remove nodes (with their descendants) or edges, and every edge touching a removed node. */
  remove(...ids: string[]): void;
}

function kit(doc: Diagram): EditKit {
  return {
    doc,
    node(id) {
      const node = doc.nodes.find((n) => n.id === id);
      if (!node) throw new Error(`no node ${id}`);
      (node as { props?: object }).props ??= {};
      return node as DiagramNode & { props: Record<string, unknown> };
    },
    edge(id) {
      const edge = doc.edges.find((e) => e.id === id);
      if (!edge) throw new Error(`no edge ${id}`);
      return edge;
    },
    add: (...nodes) => void doc.nodes.push(...nodes),
    connect: (...edges) => void doc.edges.push(...edges),
    remove(...ids) {
      const gone = new Set(ids);
      for (let grew = true; grew; ) {
        grew = false;
        for (const n of doc.nodes) if (n.parent && gone.has(n.parent) && !gone.has(n.id)) gone.add(n.id), (grew = true);
      }
      doc.nodes = doc.nodes.filter((n) => !gone.has(n.id));
      doc.edges = doc.edges.filter((e) => !gone.has(e.id) && !gone.has(e.source) && !gone.has(e.target));
    },
  };
}

/** A web connection (HTTPS on 443), the kind most fix tests wire: traffic unless said. */
const https = (id: string, source: string, target: string, kind: DiagramEdge['kind'] = 'traffic'): DiagramEdge => ({ id, source, target, kind, protocol: 'HTTPS', port: 443 });

export { zone, product, https };

/** Check, after making sure the test's document is itself valid (a rule test on an invalid file proves nothing). */
export function check(doc: Diagram, level?: Level) {
  const valid = validateDiagram(JSON.parse(JSON.stringify(doc)), catalog);
  if (!valid.ok) throw new Error(`test document is invalid: ${JSON.stringify(valid.error)}`);
  return checkDiagram(doc, catalog, level ? { level } : {});
}

/** The findings of one rule, as [severity, targets] pairs (what the spec fixes). */
export function found(doc: Diagram, rule: string, level?: Level): [Finding['severity'], string[]][] {
  return findings(doc, rule, level).map((f) => [f.severity, f.targets]);
}

/** The findings of one rule. A misspelt rule id would have none, and `toEqual([])` would pass: refused. */
export function findings(doc: Diagram, rule: string, level?: Level): Finding[] {
  if (!isRuleId(rule)) throw new Error(`no rule ${rule}`);
  return check(doc, level).findings.filter((f) => f.rule === rule);
}

/** A quick fix applied, and the result required to be a document the reader accepts. */
export function applyValid(doc: Diagram, fix: Fix): Diagram {
  const after = applyFix(doc, fix, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  return after;
}
