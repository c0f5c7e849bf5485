/** facts.ts: what the checker works out once per product and per edge (numbers, zones, sets, edge rows). */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/core/index/diagram-index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { numberDocument, type Numbered, type ProductFacts } from '../../../src/core/rules/facts.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

const number = (doc: Diagram): Numbered => numberDocument(doc, catalog, indexOf(doc));
/**
 * With a catalog object of its own: what a product's catalog record makes of it is kept per catalog
 * object, so only a fresh one makes the test work it out (and show that it is right).
 */
const numberFresh = (doc: Diagram): Numbered => numberDocument(doc, { ...catalog }, indexOf(doc));
const factsOf = (numbered: Numbered, id: string): ProductFacts => numbered.facts[numbered.numberOf(id)]!;
/** The places a product's facts name, by id. */
const place = (f: ProductFacts) => ({
  zone: f.zone?.id, zoneKind: f.zoneKind, zoneInVpc: f.zoneInVpc, region: f.region?.id, vpc: f.vpc?.id,
  outsideZone: f.outsideZone?.id, outside: f.outside, internet: f.internet,
});
const sets = (f: ProductFacts) => ({ compute: f.compute, database: f.database, dataStore: f.dataStore, boundary: f.boundary, vpcBound: f.vpcBound, external: f.external });
/** A rows structure as lists of `doc.edges` ids per product number. */
const perProduct = (doc: Diagram, count: number, start: Int32Array, edge: Int32Array): string[][] =>
  Array.from({ length: count }, (_, i) => Array.from(edge.subarray(start[i]!, start[i + 1]!), (k) => doc.edges[k]!.id));

describe('numberDocument: product numbers', () => {
  it('numbers the products in document order, and numberOf gives -1 for zones and unknown ids', () => {
    const doc = baseline();
    const numbered = number(doc);
    const productIds = doc.nodes.filter((n) => n.kind === 'product').map((n) => n.id);
    expect(numbered.products.map((p) => p.id)).toEqual(productIds);
    expect(numbered.facts.map((f) => [f.node.id, f.number])).toEqual(productIds.map((id, i) => [id, i]));
    expect(productIds.map((id) => numbered.numberOf(id))).toEqual(productIds.map((_, i) => i));
    expect(numbered.numberOf('vpc')).toBe(-1);
    expect(numbered.numberOf('nowhere')).toBe(-1);
  });

  it('gives each product its catalog record, and none to a product the catalog does not know', () => {
    const doc = edit(baseline(), (d) => d.add(product('odd', 'no_such_product', 'app', 200, 60)));
    const numbered = numberFresh(doc);
    expect(factsOf(numbered, 'ecs').info?.id).toBe('ecs');
    const odd = factsOf(numbered, 'odd');
    expect(odd.info).toBeUndefined();
    expect(sets(odd)).toEqual({ compute: false, database: false, dataStore: false, boundary: false, vpcBound: false, external: false });
  });
});

describe('numberDocument: the rules sets of each product (catalog roles and category)', () => {
  it.each([
    ['ecs', { compute: true, database: false, dataStore: false, boundary: false, vpcBound: true, external: false }],
    ['rds', { compute: false, database: true, dataStore: true, boundary: false, vpcBound: true, external: false }],
    ['waf', { compute: false, database: false, dataStore: false, boundary: true, vpcBound: false, external: false }],
    ['users', { compute: false, database: false, dataStore: false, boundary: false, vpcBound: false, external: true }],
  ])('%s', (id, expected) => {
    expect(sets(factsOf(numberFresh(baseline()), id))).toEqual(expected);
  });

  it('a product whose category the catalog does not list is not external', () => {
    const doc = baseline();
    const numbered = numberDocument(doc, { ...catalog, category: () => undefined }, indexOf(doc));
    expect(sets(factsOf(numbered, 'users')).external).toBe(false);
  });

  it('a data store that is not a database (OSS) is only a data store', () => {
    const doc = edit(baseline(), (d) => d.add(product('oss', 'oss', 'data', 200, 60)));
    expect(sets(factsOf(numberFresh(doc), 'oss'))).toMatchObject({ database: false, dataStore: true });
  });
});

describe('numberDocument: where each product is', () => {
  const numbered = number(baseline());

  it('a product in a security zone of a VPC: zone, kind, region, VPC, not outside', () => {
    expect(place(factsOf(numbered, 'slb'))).toEqual({
      zone: 'dmz', zoneKind: 'dmz', zoneInVpc: true, region: 'region', vpc: 'vpc', outsideZone: undefined, outside: false, internet: false,
    });
  });

  it('a product in a security zone outside any VPC: the zone is not in a VPC', () => {
    expect(place(factsOf(numbered, 'waf'))).toEqual({
      zone: 'edge', zoneKind: 'edge', zoneInVpc: false, region: 'region', vpc: undefined, outsideZone: undefined, outside: false, internet: false,
    });
  });

  it('a product in the internet zone: outside and on the Internet', () => {
    expect(place(factsOf(numbered, 'users'))).toMatchObject({ zone: undefined, zoneInVpc: false, outsideZone: 'internet', outside: true, internet: true });
  });

  it('a catalog product (not external) in an internet zone is on the Internet too', () => {
    const doc = edit(baseline(), (d) => d.add(product('site', 'ecs', 'internet', 40, 140)));
    expect(place(factsOf(number(doc), 'site'))).toMatchObject({ outsideZone: 'internet', outside: true, internet: true });
  });

  it('a product in the customer IDC or office: outside, not on the Internet', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('idc', 'idc', undefined, 0, 400, 240, 200), product('idc-db', 'rds', 'idc', 40, 60));
      d.add(zone('office', 'office', undefined, 0, 700, 240, 200), product('clerk', 'office_user', 'office', 40, 60));
    });
    const numbered = number(doc);
    expect(place(factsOf(numbered, 'idc-db'))).toEqual({
      zone: undefined, zoneKind: undefined, zoneInVpc: false, region: undefined, vpc: undefined, outsideZone: 'idc', outside: true, internet: false,
    });
    expect(place(factsOf(numbered, 'clerk'))).toMatchObject({ outsideZone: 'office', outside: true, internet: false });
  });

  it('a product outside every zone: nowhere; an external one is outside, internet_user is on the Internet', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('loose', 'ecs', undefined, 0, 1500), product('admin', 'admin_terminal', undefined, 100, 1500), product('surfer', 'internet_user', undefined, 200, 1500));
    });
    const numbered = number(doc);
    const nowhere = { zone: undefined, zoneKind: undefined, zoneInVpc: false, region: undefined, vpc: undefined, outsideZone: undefined };
    expect(place(factsOf(numbered, 'loose'))).toEqual({ ...nowhere, outside: false, internet: false });
    expect(place(factsOf(numbered, 'admin'))).toEqual({ ...nowhere, outside: true, internet: false });
    expect(place(factsOf(numbered, 'surfer'))).toEqual({ ...nowhere, outside: true, internet: true });
  });

  it('products of one zone each get that zone, products of another zone theirs', () => {
    const doc = edit(baseline(), (d) => d.add(product('ecs2', 'ecs', 'app', 200, 60), product('db2', 'rds', 'data', 200, 60)));
    const numbered = number(doc);
    expect(['ecs', 'ecs2', 'rds', 'db2'].map((id) => factsOf(numbered, id).zone?.id)).toEqual(['app', 'app', 'data', 'data']);
  });
});

describe('numberDocument: numbered edges', () => {
  /** Products first in the file, so that product number 0 is at position 0 (ends of number 0 count too). */
  const doc = (): Diagram => {
    const base = baseline();
    const products = base.nodes.filter((n) => n.kind === 'product');
    return { ...base, nodes: [...products, ...base.nodes.filter((n) => n.kind !== 'product')] };
  };

  it('gives each edge the numbers of its two products, and -1 for an end that is not a product', () => {
    const d = edit(doc(), (k) => k.connect({ id: 'odd', source: 'users', target: 'vpc', kind: 'traffic' }));
    const numbered = number(d);
    const expected = d.edges.map((e) => [numbered.numberOf(e.source), numbered.numberOf(e.target)]);
    expect(Array.from(numbered.edgeSource)).toEqual(expected.map(([s]) => s));
    expect(Array.from(numbered.edgeTarget)).toEqual(expected.map(([, t]) => t));
    expect(numbered.numberOf('users')).toBe(0);
    expect(numbered.edgeSource[0]).toBe(0); // e1 leaves product 0
    expect(numbered.edgeTarget.at(-1)).toBe(-1);
    const reversed = edit(d, (k) => k.connect({ id: 'odd2', source: 'vpc', target: 'users', kind: 'traffic' }));
    const back = number(reversed);
    expect([back.edgeSource.at(-1), back.edgeTarget.at(-1)]).toEqual([-1, 0]);
  });

  it('an end that names no node at all (a document never validated) is -1 too, and no traffic row gets the edge', () => {
    const d = edit(doc(), (k) => k.connect({ id: 'from-gone', source: 'gone', target: 'ecs', kind: 'traffic' }, { id: 'to-gone', source: 'slb', target: 'gone', kind: 'traffic' }));
    const numbered = number(d);
    expect([numbered.edgeSource.at(-2), numbered.edgeTarget.at(-2)]).toEqual([-1, numbered.numberOf('ecs')]);
    expect([numbered.edgeSource.at(-1), numbered.edgeTarget.at(-1)]).toEqual([numbered.numberOf('slb'), -1]);
    expect(Array.from(numbered.traffic.edge, (k) => d.edges[k]!.id)).not.toContain('to-gone');
    expect(Array.from(numbered.traffic.edge, (k) => d.edges[k]!.id)).not.toContain('from-gone');
  });

  it('keeps only traffic edges between two products in the traffic rows, with their targets', () => {
    const d = edit(doc(), (k) => k.connect(
      { id: 'to-zone', source: 'slb', target: 'vpc', kind: 'traffic' },
      { id: 'to-users', source: 'slb', target: 'users', kind: 'traffic' },
      { id: 'e10', source: 'ecs', target: 'sls', kind: 'log' },
    ));
    const numbered = number(d);
    const { start, edge, target } = numbered.traffic;
    const count = numbered.products.length;
    const rows = perProduct(d, count, start, edge);
    const at = (id: string) => rows[numbered.numberOf(id)];
    expect(at('users')).toEqual(['e1']);
    expect(at('slb')).toEqual(['e5', 'to-users']);
    expect(at('ecs')).toEqual(['e6']);
    expect(at('bastion')).toEqual([]); // management edges only
    expect(at('rds')).toEqual([]); // a backup edge only
    expect(Array.from(target, (n) => numbered.products[n]!.id)).toEqual(Array.from(edge, (k) => d.edges[k]!.target));
    expect(start[count]).toBe(7);
  });

  it('lists the edges of every kind into and out of each product, in document order', () => {
    const d = doc();
    const numbered = number(d);
    const count = numbered.products.length;
    const into = perProduct(d, count, numbered.incoming.start, numbered.incoming.edge);
    const out = perProduct(d, count, numbered.outgoing.start, numbered.outgoing.edge);
    expect(into[numbered.numberOf('rds')]).toEqual(['e6', 'e8']);
    expect(out[numbered.numberOf('rds')]).toEqual(['e9']);
    expect(into[numbered.numberOf('users')]).toEqual([]);
    expect(out[numbered.numberOf('users')]).toEqual(['e1']);
    expect(out[numbered.numberOf('bastion')]).toEqual(['e7', 'e8']);
  });
});
