/**
 * Where quick fixes put what they add (issue 10, item 5): a boundary product goes into the boundary
 * zone of the region that holds the protected path, created inside that region on the side the
 * traffic comes from, so the lines Internet → DDoS/WAF → DMZ do not cut through other zones; and
 * whatever any fix adds stays inside its zone without overlapping its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import type { Diagram, Level, ZoneNode } from '../../../src/core/model/types.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { fixKey, type Fix, type InsertableProduct } from '../../../src/core/rules/fixes/fix.ts';
import { containmentProblems, loadTemplate, newOverlaps, unrelatedCrossings, withoutNodes } from './fix-geometry.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

/** The changes offered, one per key (`fixKey`), first offered first. */
const offered = (doc: Diagram, level?: Level): Fix[] => [
  ...new Map(checkDiagram(doc, catalog, level ? { level } : {}).findings.flatMap((f) => (f.fix && !f.waived ? [[fixKey(f.fix.change), f.fix.change] as const] : []))).values(),
];

/** Apply every boundary insertion the checker offers, first offered first, until none is left. */
function insertAll(doc: Diagram): { after: Diagram; applied: string[]; steps: [Diagram, Diagram][] } {
  const applied: string[] = [];
  const steps: [Diagram, Diagram][] = [];
  for (let round = 0; round < 6; round++) {
    const fix = offered(doc).find((f) => f.kind === 'insert-boundary');
    if (!fix) break;
    const id = fixKey(fix);
    const next = applyFix(doc, fix, catalog);
    expect(next, id).not.toBe(doc);
    steps.push([doc, next]);
    applied.push(id);
    doc = next;
  }
  return { after: doc, applied, steps };
}

/** Every layout promise for one fix step: valid, nodes inside their zones, nothing new overlapping. */
function expectTidyStep(before: Diagram, after: Diagram, what: string): void {
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, `${what}: ${JSON.stringify(!valid.ok && valid.error)}`).toBe(true);
  expect(containmentProblems(after), what).toEqual([]);
  expect(newOverlaps(before, after), what).toEqual([]);
}

const addedZones = (before: Diagram, after: Diagram) =>
  after.nodes.filter((n): n is ZoneNode => n.kind === 'zone' && !before.nodes.some((b) => b.id === n.id));

describe('boundary products in the templates', () => {
  const scenarios: [string, string[]][] = [
    ['l3-basic.mlps.json', ['z-edge']],
    ['l3-enhanced.mlps.json', ['z-edge']],
    ['l4-finance.mlps.json', ['z-edge']],
    ['l2-small.mlps.json', ['n-waf']],
    ['l3-basic.mlps.json', ['n-waf']],
    ['l3-basic.mlps.json', ['n-ddos', 'n-cfw']],
  ];
  for (const [file, removed] of scenarios) {
    it(`${file} without ${removed.join(', ')}: the products go into the region's boundary zone, and their lines cross no other zone`, () => {
      const broken = withoutNodes(loadTemplate(file), removed);
      const { after, applied, steps } = insertAll(broken);
      expect(applied.length).toBeGreaterThan(0);
      for (const [before, next] of steps) expectTidyStep(before, next, file);
      for (const [before, next] of steps) expect(unrelatedCrossings(before, next), file).toEqual([]);
      // Every boundary product sits in a boundary zone directly in the region that holds the DMZ.
      for (const n of after.nodes) {
        if (n.kind !== 'product' || !['waf', 'ddos_origin', 'cloud_firewall'].includes(n.product) || broken.nodes.some((b) => b.id === n.id)) continue;
        const home = after.nodes.find((z) => z.id === n.parent) as ZoneNode;
        expect(home.zone === 'edge' || home.zone === 'dmz', `${n.id} in ${home.id}`).toBe(true);
        if (home.zone === 'edge') expect(home.parent, `${home.id} parent`).toBe('z-region');
      }
      // A new boundary zone goes between the Internet and the VPC: left of the VPC, not below it.
      for (const created of addedZones(broken, after)) {
        expect(created.zone).toBe('edge');
        const z = nodeRect(after, created.id)!;
        const vpc = nodeRect(after, 'z-vpc')!;
        expect(z.x + z.width, `${created.id} left of the VPC`).toBeLessThanOrEqual(vpc.x);
      }
    });
  }
});

describe('the boundary zone a product goes into', () => {
  /** The baseline without its boundary products: the Internet users reach the SLB directly. */
  const direct = () =>
    edit(baseline(), (d) => {
      d.remove('ddos', 'waf', 'cfw', 'edge');
      d.connect({ id: 'e20', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
  /** Put the boundary product in front of what Internet traffic enters. */
  const apply = (doc: Diagram, product: InsertableProduct) => {
    const fix: Fix = { kind: 'insert-boundary', product, fromOutside: false };
    const after = applyFix(doc, fix, catalog);
    expectTidyStep(doc, after, fixKey(fix));
    return after;
  };
  const parentOf = (doc: Diagram, product: string) => doc.nodes.find((n) => n.kind === 'product' && n.product === product)?.parent;
  const zoneOf = (doc: Diagram, id: string | undefined) => doc.nodes.find((n) => n.id === id) as ZoneNode | undefined;

  for (const order of [
    ['cloud_firewall', 'waf', 'ddos_origin'],
    ['waf', 'ddos_origin', 'cloud_firewall'],
  ] satisfies InsertableProduct[][]) {
    it(`inside the zone, goes next to its neighbour on the path, so the chain reads in order (${order.join(', ')})`, () => {
      // Each new one goes in front of one already drawn or behind it, on one row, not at the next
      // free spot wherever that is.
      let doc = edit(direct(), (d) => d.add(zone('edge', 'edge', 'region', 20, 40, 560, 140)));
      for (const product of order) doc = apply(doc, product);
      const rectOf = (p: string) => nodeRect(doc, doc.nodes.find((n) => n.kind === 'product' && n.product === p)!.id)!;
      const [ddos, waf, cfw] = ['ddos_origin', 'waf', 'cloud_firewall'].map(rectOf);
      // DDoS in front of the WAF, on the Internet's side; the firewall right behind the WAF, on the
      // side towards the DMZ (right of it or below it: the VPC is below the boundary zone here).
      expect(ddos!.x + ddos!.width).toBeLessThanOrEqual(waf!.x);
      expect(ddos!.y).toBe(waf!.y);
      const besideWaf = (cfw!.y === waf!.y && cfw!.x >= waf!.x + waf!.width) || (cfw!.x === waf!.x && cfw!.y >= waf!.y + waf!.height);
      expect(besideWaf, JSON.stringify({ waf, cfw })).toBe(true);
      expect(new Set(['ddos_origin', 'waf', 'cloud_firewall'].map((p) => parentOf(doc, p)))).toEqual(new Set(['edge']));
    });
  }

  it("is never another region's: a boundary zone in the backup region does not protect this one", () => {
    const doc = edit(direct(), (d) => {
      Object.assign(d.node('region2'), { size: { width: 700, height: 600 } });
      d.add(zone('edge2', 'edge', 'region2', 20, 360, 380, 180));
    });
    const after = apply(doc, 'waf');
    const home = zoneOf(after, parentOf(after, 'waf'));
    expect(home).toMatchObject({ zone: 'edge', parent: 'region' });
    expect(home!.id).not.toBe('edge2');
  });

  it('when the traffic enters something outside any region, is in the region further along its path', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('cdn', 'slb', undefined, 0, 260));
      d.remove('e20');
      d.connect(
        { id: 'e21', source: 'users', target: 'cdn', kind: 'traffic', protocol: 'HTTPS', port: 443 },
        { id: 'e22', source: 'cdn', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 },
      );
    });
    const after = apply(doc, 'waf');
    expect(zoneOf(after, parentOf(after, 'waf'))).toMatchObject({ zone: 'edge', parent: 'region' });
  });

  it('with no region drawn at all, is made between the Internet and the VPC', () => {
    const before = edit(direct(), (d) => {
      Object.assign(d.node('vpc'), { parent: undefined, position: { x: 320, y: 200 } });
      d.doc.nodes = d.doc.nodes.map((n) => (n.id === 'vpc' ? (({ parent: _p, ...rest }) => rest)(n as ZoneNode) : n));
      d.remove('region');
    });
    const after = apply(before, 'waf');
    const [created] = addedZones(before, after);
    expect(created).toMatchObject({ zone: 'edge' });
    expect(created!.parent).toBeUndefined();
    const z = nodeRect(after, created!.id)!;
    expect(z.x).toBeGreaterThanOrEqual(nodeRect(after, 'internet')!.x + nodeRect(after, 'internet')!.width);
    expect(z.x + z.width).toBeLessThanOrEqual(nodeRect(after, 'vpc')!.x);
    expect(unrelatedCrossings(before, after)).toEqual([]);
  });

  it('is created left of the VPC when the Internet is to the left, the VPC and the region making room', () => {
    const before = direct();
    const after = apply(before, 'ddos_origin');
    const [created] = addedZones(before, after);
    expect(created).toMatchObject({ zone: 'edge', parent: 'region' });
    const z = nodeRect(after, created!.id)!;
    const vpc = nodeRect(after, 'vpc')!;
    expect(z.x + z.width).toBeLessThanOrEqual(vpc.x);
    expect(z.y).toBeLessThan(vpc.y + vpc.height);
    expect(z.y + z.height).toBeGreaterThan(vpc.y);
    expect(unrelatedCrossings(before, after)).toEqual([]);
  });

  it('is created above the VPC when the Internet is above', () => {
    const before = edit(direct(), (d) => Object.assign(d.node('internet'), { position: { x: 800, y: -400 } }));
    const after = apply(before, 'waf');
    const [created] = addedZones(before, after);
    expect(created).toMatchObject({ zone: 'edge', parent: 'region' });
    const z = nodeRect(after, created!.id)!;
    const vpc = nodeRect(after, 'vpc')!;
    expect(z.y + z.height).toBeLessThanOrEqual(vpc.y);
    expect(unrelatedCrossings(before, after)).toEqual([]);
  });

  it('does not cut through the management zone drawn between the Internet and the DMZ', () => {
    // The management zone fills the left of the VPC; the DMZ is to its right.
    const before = edit(direct(), (d) => {
      Object.assign(d.node('mgmt'), { position: { x: 20, y: 40 }, size: { width: 300, height: 600 } });
      Object.assign(d.node('dmz'), { position: { x: 340, y: 40 } });
      Object.assign(d.node('app'), { position: { x: 660, y: 40 } });
      Object.assign(d.node('data'), { position: { x: 980, y: 40 } });
      for (const [id, x, y] of [['bastion', 20, 40], ['dbaudit', 20, 120], ['sc', 20, 200], ['sls', 20, 280], ['trail', 20, 360], ['monitor', 20, 440], ['kms', 20, 520]] as const) {
        Object.assign(d.node(id), { position: { x, y } });
      }
    });
    expect(containmentProblems(before)).toEqual([]);
    const after = apply(before, 'waf');
    expect(unrelatedCrossings(before, after).filter((c) => c.endsWith('mgmt'))).toEqual([]);
  });
});

describe('a zone that grows to take what a fix adds', () => {
  it('pushes everything beyond its old edge along, so what it pushes cannot run into what lies behind', () => {
    // A full one-row management zone; below it a wide zone, and below that (right of the management
    // zone, under the wide one) another zone. Growing the management zone pushes the wide zone down.
    const before = edit(baseline(), (d) => {
      d.remove('trail', 'kms');
      Object.assign(d.node('mgmt'), { size: { width: 1000, height: 120 } });
      Object.assign(d.node('monitor'), { position: { x: 740, y: 40 } });
      d.add(zone('wide', 'ops', 'vpc', 20, 420, 1200, 100), zone('behind', 'app', 'vpc', 1040, 540, 300, 100));
    });
    expect(containmentProblems(before)).toEqual([]);
    const after = applyFix(before, { kind: 'add-product', product: 'actiontrail' }, catalog);
    expectTidyStep(before, after, 'add:actiontrail');
    expect(nodeRect(after, 'mgmt')!.height).toBeGreaterThan(120);
    expect(nodeRect(after, 'wide')!.y).toBeGreaterThan(nodeRect(before, 'wide')!.y);
  });
});
