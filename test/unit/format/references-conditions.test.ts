/**
 * The reference checks of the reader (references.ts), one condition per test (issue 16): each
 * changes the small valid diagram in exactly the way the condition names and pins the refusal's
 * location and parameters, or that the file is accepted.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, type ReadIssue } from '../../../src/core/format/errors.ts';
import { checkReferences } from '../../../src/core/format/references.ts';
import { readDiagramValue, type ReadResult } from '../../../src/core/format/read.ts';
import { MAX_ANCESTORS } from '../../../src/core/standard/limits.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { asJson, smallDiagram } from '../../support/documents.ts';

function read(change: (doc: Record<string, any>) => void): ReadResult {
  const doc = asJson(smallDiagram());
  change(doc);
  return readDiagramValue(doc, catalog);
}

function issues(change: (doc: Record<string, any>) => void): ReadIssue[] {
  const result = read(change);
  if (result.ok) throw new Error('expected the file to be refused');
  if (result.error.kind !== 'invalid') throw new Error(`expected an invalid-content refusal, got ${result.error.kind}`);
  return result.error.issues;
}

const located = (change: (doc: Record<string, any>) => void) => issues(change).map((i) => `${i.code} @ ${formatPath(i.path)}`);
const paramsOf = (change: (doc: Record<string, any>) => void) => issues(change).map((i) => i.params);
const accepted = (change: (doc: Record<string, any>) => void) => read(change).ok;

const name = (product: string) => catalog.product(product)!.name;
const zoneName = (zone: string) => catalog.zone(zone as never).name;

const group = (id: string, parent?: string) => ({ id, kind: 'zone', zone: 'group', position: { x: 0, y: 0 }, size: { width: 10, height: 10 }, ...(parent ? { parent } : {}) });
const ecs = (id: string, parent?: string) => ({ id, kind: 'product', product: 'ecs', position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) });

describe('ids', () => {
  it('a duplicate id names the first place it was used', () => {
    expect(paramsOf((d) => (d['nodes'][8].id = 'slb'))).toContainEqual({ id: 'slb', first: '$.nodes[7].id' });
  });

  it('of two nodes with one id, the first is the one parents and edges refer to', () => {
    // A zone and then a product named "dmz": the DMZ's children still have a zone as parent.
    expect(located((d) => d['nodes'].push(ecs('dmz')))).toEqual(['duplicateId @ $.nodes[10].id']);
    // A product and then a zone named "slb": a child of "slb" has a product as parent.
    expect(located((d) => d['nodes'].push(group('slb'), ecs('child', 'slb')))).toEqual([
      'duplicateId @ $.nodes[10].id',
      'parentNotZone @ $.nodes[11].parent',
    ]);
  });
});

describe('product nodes', () => {
  it('an unknown product shows the id found', () => {
    expect(paramsOf((d) => (d['nodes'][7].product = 'fw'))).toEqual([{ product: '"fw"' }]);
  });

  it('a prop the product does not take names the prop and the product', () => {
    expect(paramsOf((d) => (d['nodes'][7].props = { ssl: true }))).toEqual([{ prop: 'ssl', product: name('slb') }]);
  });

  it('an edition the product does not have lists the editions it has', () => {
    expect(paramsOf((d) => (d['nodes'][7].props = { edition: 'gold' }))).toEqual([{ found: '"gold"', product: name('slb'), allowed: 'alb, clb, nlb' }]);
  });

  it('an edition the product has is accepted', () => {
    expect(accepted((d) => (d['nodes'][7].props = { edition: 'nlb' }))).toBe(true);
  });

  it('an edition on a product without editions is refused as a prop it does not take, and only so', () => {
    expect(located((d) => (d['nodes'][8].props = { edition: 'x' }))).toEqual(['propNotForProduct @ $.nodes[8].props.edition']);
  });
});

describe('zone props', () => {
  it('cidr is taken by a VPC and every security zone, and refused elsewhere naming the zone', () => {
    expect(accepted((d) => (d['nodes'][3].props = { cidr: '10.0.0.0/16' }))).toBe(true);
    for (const zone of ['edge', 'dmz', 'app', 'data', 'mgmt', 'ops', 'backup', 'devtest']) {
      expect(accepted((d) => Object.assign(d['nodes'][4], { zone, props: { cidr: '10.0.1.0/24' } })), zone).toBe(true);
    }
    for (const zone of ['internet', 'office', 'idc', 'region', 'group']) {
      expect(paramsOf((d) => Object.assign(d['nodes'][4], { zone, props: { cidr: '10.0.1.0/24' } })), zone).toEqual([{ prop: 'cidr', zone: zoneName(zone) }]);
    }
  });

  it('regionId is taken by a region only, and refused elsewhere naming the zone', () => {
    expect(paramsOf((d) => (d['nodes'][3].props = { regionId: 'cn-hangzhou' }))).toEqual([{ prop: 'regionId', zone: zoneName('vpc') }]);
  });

  it('purpose and importance are refused on a zone that is not a security zone, each naming the zone', () => {
    expect(paramsOf((d) => (d['nodes'][2].props = { regionId: 'cn-hangzhou', purpose: 'x', importance: 'low' }))).toEqual([
      { prop: 'importance', zone: zoneName('region') },
      { prop: 'purpose', zone: zoneName('region') },
    ]);
  });
});

describe('parents', () => {
  it('a missing parent is named', () => {
    expect(paramsOf((d) => (d['nodes'][7].parent = 'nowhere'))).toEqual([{ parent: 'nowhere' }]);
  });

  it('a parent that is a product is named', () => {
    expect(paramsOf((d) => (d['nodes'][8].parent = 'slb'))).toEqual([{ parent: 'slb' }]);
  });

  it('a cycle is not looked for while other problems are reported', () => {
    expect(located((d) => {
      d['nodes'][2].parent = 'dmz';
      d['nodes'][7].product = 'fw';
    })).toEqual(['unknownProduct @ $.nodes[7].product']);
  });

  it('a cycle is reported once, at its first member met, naming the way round', () => {
    expect(issues((d) => d['nodes'].push(group('a', 'b'), group('b', 'a')))).toEqual([
      { code: 'parentCycle', path: ['nodes', 10, 'parent'], params: { ids: 'a → b → a' }, subject: { kind: 'node', id: 'a' } },
    ]);
    expect(paramsOf((d) => d['nodes'].push(group('x'), group('a', 'b'), group('b', 'c'), group('c', 'b')))).toEqual([{ ids: 'b → c → b' }]);
    expect(paramsOf((d) => d['nodes'].push(group('a', 'a')))).toEqual([{ ids: 'a → a' }]);
  });

  it('a long chain below a cycle is reported for the cycle only, whichever comes first', () => {
    const below = Array.from({ length: MAX_ANCESTORS + 2 }, (_, i) => group(`c${i}`, i === 0 ? 'a' : `c${i - 1}`));
    const cycle = [group('a', 'b'), group('b', 'a')];
    expect(located((d) => d['nodes'].push(...[...below].reverse(), ...cycle))).toEqual([`parentCycle @ $.nodes[${10 + below.length}].parent`]);
    expect(located((d) => d['nodes'].push(...cycle, ...below))).toEqual(['parentCycle @ $.nodes[10].parent']);
  });

  it(`only the first node past ${MAX_ANCESTORS} ancestors is reported, whatever order the nodes come in`, () => {
    // g0 … g17 and a leaf under g17: g17 is the first with 17 ancestors.
    const chain = [...Array.from({ length: MAX_ANCESTORS + 2 }, (_, i) => group(`g${i}`, i === 0 ? undefined : `g${i - 1}`)), ecs('leaf', `g${MAX_ANCESTORS + 1}`)];
    const expected = { code: 'tooManyAncestors', params: { max: MAX_ANCESTORS, id: `g${MAX_ANCESTORS + 1}` } };
    expect(issues((d) => d['nodes'].push(...chain))).toEqual([{ ...expected, path: ['nodes', 10 + MAX_ANCESTORS + 1, 'parent'], subject: { kind: 'node', id: expected.params.id } }]);
    expect(issues((d) => d['nodes'].push(...[...chain].reverse()))).toEqual([{ ...expected, path: ['nodes', 11, 'parent'], subject: { kind: 'node', id: expected.params.id } }]);
  });

  it(`each branch past ${MAX_ANCESTORS} ancestors is reported at its own first node`, () => {
    const chain = Array.from({ length: MAX_ANCESTORS + 1 }, (_, i) => group(`g${i}`, i === 0 ? undefined : `g${i - 1}`));
    const top = `g${MAX_ANCESTORS}`;
    expect(located((d) => d['nodes'].push(ecs('left', top), ...chain, ecs('right', top)))).toEqual([
      'tooManyAncestors @ $.nodes[10].parent',
      `tooManyAncestors @ $.nodes[${11 + chain.length}].parent`,
    ]);
  });
});

describe('edges', () => {
  it('a missing end is named by end and id', () => {
    expect(paramsOf((d) => (d['edges'][0].source = 'nobody'))).toEqual([{ end: 'source', id: 'nobody' }]);
  });

  it('a zone as either end is named by end and id', () => {
    expect(issues((d) => (d['edges'][1].source = 'dmz')).map((i) => [formatPath(i.path), i.params])).toEqual([['$.edges[1].source', { end: 'source', id: 'dmz' }]]);
  });

  it('a self-loop names the node', () => {
    expect(paramsOf((d) => (d['edges'][1].target = 'slb'))).toEqual([{ id: 'slb' }]);
  });

  it('a mode is taken by a backup edge, and refused on another kind naming it', () => {
    expect(accepted((d) => Object.assign(d['edges'][2], { kind: 'backup', mode: 'realtime' }))).toBe(true);
    expect(paramsOf((d) => Object.assign(d['edges'][2], { kind: 'log', mode: 'scheduled' }))).toEqual([{ kind: 'log' }]);
  });
});

describe('waivers and manual items', () => {
  it('an unknown rule shows the id found; a known one is accepted', () => {
    expect(paramsOf((d) => (d['waivers'] = [{ rule: 'abs-01', reason: 'x' }]))).toEqual([{ rule: '"abs-01"' }]);
    expect(accepted((d) => (d['waivers'] = [{ rule: 'ABS-01', reason: 'x' }]))).toBe(true);
  });

  it('an unknown manual item shows the id found; a repeated one names it, every repetition', () => {
    expect(paramsOf((d) => (d['manual'] = [{ item: 'MAN-99', done: true }]))).toEqual([{ item: '"MAN-99"' }]);
    const entry = (item: string) => ({ item, done: false });
    expect(issues((d) => (d['manual'] = [entry('MAN-01'), entry('MAN-02'), entry('MAN-01'), entry('MAN-01')])).map((i) => [formatPath(i.path), i.params])).toEqual([
      ['$.manual[2].item', { item: 'MAN-01' }],
      ['$.manual[3].item', { item: 'MAN-01' }],
    ]);
  });
});

describe('certificates', () => {
  const cert = (fields: Record<string, unknown> = {}) => ({ product: 'waf', type: 'certification', number: 'N-1', ...fields });

  it('an unknown product shows the id found', () => {
    expect(paramsOf((d) => (d['certificates'] = [cert({ product: 'fw' })]))).toEqual([{ product: '"fw"' }]);
  });

  it('an edition for a product without editions names both', () => {
    expect(paramsOf((d) => (d['certificates'] = [cert({ product: 'sls', edition: 'pro' })]))).toEqual([{ found: '"pro"', product: name('sls') }]);
  });

  it('an edition the product does not have lists the editions it has', () => {
    expect(paramsOf((d) => (d['certificates'] = [cert({ edition: 'gold' })]))).toEqual([{ found: '"gold"', product: name('waf'), allowed: 'subscription, payg, hybrid' }]);
  });

  it('an edition the product has is accepted', () => {
    expect(accepted((d) => (d['certificates'] = [cert({ edition: 'hybrid' })]))).toBe(true);
  });

  it('a repeated entry names the product, the type and the first entry, for every repetition', () => {
    const repeated = issues((d) => (d['certificates'] = [cert(), cert({ type: 'testing' }), cert({ number: 'N-2' }), cert({ number: 'N-3' })]));
    expect(repeated.map((i) => [formatPath(i.path), i.params])).toEqual([
      ['$.certificates[2]', { product: name('waf'), type: { key: 'filing.type.certification' }, first: '$.certificates[0]' }],
      ['$.certificates[3]', { product: name('waf'), type: { key: 'filing.type.certification' }, first: '$.certificates[0]' }],
    ]);
  });

  it('a repeated entry for an unknown product names it by its id', () => {
    const found = issues((d) => (d['certificates'] = [cert({ product: 'fw' }), cert({ product: 'fw', number: 'N-2' })]));
    expect(found.find((i) => i.code === 'duplicateCertificate')!.params).toEqual({ product: 'fw', type: { key: 'filing.type.certification' }, first: '$.certificates[0]' });
  });
});

describe('checkReferences on a document in memory', () => {
  it('finds nothing in the small diagram, with or without the optional lists', () => {
    const doc: Diagram = smallDiagram();
    expect(checkReferences(doc, catalog)).toEqual([]);
    expect(checkReferences({ ...doc, waivers: [], manual: [], certificates: [] }, catalog)).toEqual([]);
  });
});
