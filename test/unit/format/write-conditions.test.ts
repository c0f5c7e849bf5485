/**
 * Canonical writing (write.ts), one ordering rule per test (issue 16): waivers by rule, target and
 * reason; certificates by product, edition (the entry for every edition first) and type in the spec's
 * order; nodes whose parent is not in the list written as roots, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { containmentOrder, toCanonicalJson, writeDiagram } from '../../../src/core/format/write.ts';
import type { Certificate, Diagram, DiagramNode, Waiver } from '../../../src/core/model/types.ts';
import { smallDiagram } from '../../support/documents.ts';

const written = (doc: Diagram) => JSON.parse(writeDiagram(doc)) as Record<string, any>;

describe('waivers', () => {
  const waivers: Waiver[] = [
    { rule: 'ABS-10', reason: 'r' },
    { rule: 'ABS-01', target: 'n10', reason: 'a' },
    { rule: 'ABS-01', target: 'n2', reason: 'b' },
    { rule: 'ABS-01', reason: 'z' },
    { rule: 'ABS-01', target: 'n2', reason: 'a' },
    { rule: 'ABS-02', reason: 'q' },
    { rule: 'ABS-01', target: 'A', reason: 'y' },
  ];
  const expected = [
    { rule: 'ABS-01', reason: 'z' },
    { rule: 'ABS-01', target: 'A', reason: 'y' },
    { rule: 'ABS-01', target: 'n2', reason: 'a' },
    { rule: 'ABS-01', target: 'n2', reason: 'b' },
    { rule: 'ABS-01', target: 'n10', reason: 'a' },
    { rule: 'ABS-02', reason: 'q' },
    { rule: 'ABS-10', reason: 'r' },
  ];

  it('are written by natural rule id, then target (none first, natural order), then reason', () => {
    expect(written({ ...smallDiagram(), waivers }).waivers).toEqual(expected);
    expect(written({ ...smallDiagram(), waivers: [...waivers].reverse() }).waivers).toEqual(expected);
  });
});

describe('certificates', () => {
  const cert = (product: string, type: Certificate['type'], edition?: string): Certificate => ({ product, type, number: `${product}-${edition ?? '*'}-${type}`, ...(edition ? { edition } : {}) });
  const certificates = [
    cert('waf', 'licence', 'payg'),
    cert('waf', 'testing'),
    cert('waf', 'certification', 'hybrid'),
    cert('waf', 'certification'),
    cert('waf', 'certification', 'payg'),
    cert('sls', 'licence'),
    cert('waf', 'licence'),
  ];
  const expected = ['sls-*-licence', 'waf-*-certification', 'waf-*-testing', 'waf-*-licence', 'waf-hybrid-certification', 'waf-payg-certification', 'waf-payg-licence'];

  it('are written by product, then edition with the entry for every edition first, then type in the spec\'s order', () => {
    expect(written({ ...smallDiagram(), certificates }).certificates.map((c: Certificate) => c.number)).toEqual(expected);
    expect(written({ ...smallDiagram(), certificates: [...certificates].reverse() }).certificates.map((c: Certificate) => c.number)).toEqual(expected);
  });
});

describe('manual items', () => {
  it('are written by natural item id', () => {
    const manual = [{ item: 'MAN-10', done: true }, { item: 'MAN-2', done: false, note: 'n' }, { item: 'MAN-1', done: true }];
    expect(written({ ...smallDiagram(), manual }).manual).toEqual([{ item: 'MAN-1', done: true }, { item: 'MAN-2', done: false, note: 'n' }, { item: 'MAN-10', done: true }]);
  });
});

describe('containmentOrder', () => {
  const zone = (id: string, parent?: string): DiagramNode => ({ id, kind: 'zone', zone: 'group', position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, ...(parent ? { parent } : {}) });

  it('writes a node whose parent is not in the list as a root, in natural id order among the roots', () => {
    const nodes = [zone('b', 'gone'), zone('a10'), zone('a9')];
    expect(containmentOrder(nodes).map((n) => n.id)).toEqual(['a9', 'a10', 'b']);
  });

  it('writes each zone followed by all it holds, depth first, children in natural id order', () => {
    const nodes = [zone('c2', 'p'), zone('q'), zone('c10', 'p'), zone('g', 'c2'), zone('p'), zone('c1', 'p')];
    expect(containmentOrder(nodes).map((n) => n.id)).toEqual(['p', 'c1', 'c2', 'g', 'c10', 'q']);
  });
});

describe('nodes and edges', () => {
  it('write a zone\'s and a product\'s fields in the format\'s order, each only when present', () => {
    const doc: Diagram = {
      ...smallDiagram(),
      nodes: [
        { id: 'z', kind: 'zone', zone: 'app', label: 'L', parent: 'r', position: { x: 1, y: 2 }, size: { width: 3, height: 4 }, props: { importance: 'low', purpose: 'p', cidr: '10.0.0.0/8' } },
        { id: 'r', kind: 'zone', zone: 'region', position: { x: 0, y: 0 }, size: { width: 9, height: 9 } },
        { id: 'p', kind: 'product', product: 'rds', label: 'DB', parent: 'z', position: { x: 5, y: 6 }, quantity: 3, props: { ssl: true, edition: 'ha' } },
        { id: 'q', kind: 'product', product: 'ecs', position: { x: 7, y: 8 } },
      ],
      edges: [{ id: 'e', source: 'p', target: 'q', kind: 'backup', label: 'copy', mode: 'realtime', encrypted: false, port: 22, protocol: 'SSH' }],
    };
    const out = toCanonicalJson(doc) as Record<string, any>;
    expect(JSON.stringify(out['nodes'])).toBe(JSON.stringify([
      { id: 'q', kind: 'product', product: 'ecs', position: { x: 7, y: 8 } },
      { id: 'r', kind: 'zone', zone: 'region', position: { x: 0, y: 0 }, size: { width: 9, height: 9 } },
      { id: 'z', kind: 'zone', zone: 'app', label: 'L', parent: 'r', position: { x: 1, y: 2 }, size: { width: 3, height: 4 }, props: { cidr: '10.0.0.0/8', purpose: 'p', importance: 'low' } },
      { id: 'p', kind: 'product', product: 'rds', label: 'DB', parent: 'z', position: { x: 5, y: 6 }, quantity: 3, props: { edition: 'ha', ssl: true } },
    ]));
    expect(JSON.stringify(out['edges'])).toBe(JSON.stringify([
      { id: 'e', source: 'p', target: 'q', kind: 'backup', protocol: 'SSH', port: 22, encrypted: false, mode: 'realtime', label: 'copy' },
    ]));
  });

  it('writes empty props as an empty object, and no optional list that is absent', () => {
    const doc: Diagram = { ...smallDiagram(), nodes: [{ id: 'q', kind: 'product', product: 'ecs', position: { x: 0, y: 0 }, props: {} }], edges: [] };
    expect(Object.keys(toCanonicalJson(doc))).toEqual(['format', 'schemaVersion', 'meta', 'nodes', 'edges']);
    expect(toCanonicalJson(doc)['nodes']).toEqual([{ id: 'q', kind: 'product', product: 'ecs', position: { x: 0, y: 0 }, props: {} }]);
  });

  it('leaves absent optional fields out of the written object, not present as undefined', () => {
    const out = toCanonicalJson(smallDiagram()) as Record<string, any>;
    expect(Object.keys(out['meta'])).toEqual(['title', 'level', 'platform']);
    expect(out['nodes'].map((n: object) => Object.keys(n).join(','))).toContain('id,kind,product,parent,position');
    expect(Object.keys(out['nodes'][0])).toEqual(['id', 'kind', 'zone', 'position', 'size']);
    expect(Object.keys(out['edges'][0])).toEqual(['id', 'source', 'target', 'kind', 'protocol', 'port']);
  });

  it('writes empty optional lists that are present', () => {
    expect(Object.keys(toCanonicalJson({ ...smallDiagram(), waivers: [], manual: [], certificates: [] }))).toEqual([
      'format', 'schemaVersion', 'meta', 'nodes', 'edges', 'waivers', 'manual', 'certificates',
    ]);
  });
});
