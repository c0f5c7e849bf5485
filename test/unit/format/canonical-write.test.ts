import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { containmentOrder, writeDiagram } from '../../../src/core/format/write.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

function read(text: string): Diagram {
  const result = readDiagramText(text, catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.diagram;
}

const fixture = readFileSync(new URL('../../fixtures/v2/all-fields.mlps.json', import.meta.url), 'utf8');

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Rebuild every object with its keys in reverse order: canonical output must not care. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('canonical writing', () => {
  it('writes two-space JSON with a trailing newline and no byte-order mark', () => {
    const text = writeDiagram(read(fixture));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.charCodeAt(0)).toBe(0x7b);
    expect(text.split('\n')[1]).toBe('  "format": "mlps-designer/diagram",');
  });

  it('round-trips: reading what was written gives the same document and the same bytes', () => {
    const once = writeDiagram(read(fixture));
    const doc = read(once);
    expect(writeDiagram(doc)).toBe(once);
    // Same content; only the order of nodes, edges, waivers and manual items may differ.
    const byId = (d: Diagram) => ({
      ...d,
      nodes: [...d.nodes].sort((a, b) => a.id.localeCompare(b.id)),
      edges: [...d.edges].sort((a, b) => a.id.localeCompare(b.id)),
      waivers: [...(d.waivers ?? [])].sort((a, b) => a.rule.localeCompare(b.rule)),
      manual: [...(d.manual ?? [])].sort((a, b) => a.item.localeCompare(b.item)),
      certificates: [...(d.certificates ?? [])].sort((a, b) => a.number.localeCompare(b.number)),
    });
    expect(byId(doc)).toEqual(byId(read(fixture)));
  });

  it('gives the same bytes whatever the order of nodes, edges, waivers, manual items and keys', () => {
    const doc = read(fixture);
    const reference = writeDiagram(doc);
    for (let seed = 1; seed <= 5; seed++) {
      const scrambled = reverseKeys({
        ...doc,
        nodes: shuffled(doc.nodes, seed),
        edges: shuffled(doc.edges, seed + 7),
        waivers: shuffled(doc.waivers!, seed),
        manual: shuffled(doc.manual!, seed),
        certificates: shuffled(doc.certificates!, seed + 3),
      }) as Diagram;
      expect(writeDiagram(read(JSON.stringify(scrambled)))).toBe(reference);
      expect(writeDiagram(scrambled)).toBe(reference);
    }
  });

  it('writes keys in the order the format lists them', () => {
    const out = JSON.parse(writeDiagram(read(fixture))) as Record<string, any>;
    expect(Object.keys(out)).toEqual(['format', 'schemaVersion', 'meta', 'nodes', 'edges', 'waivers', 'manual', 'certificates']);
    expect(out['schemaVersion']).toBe(2);
    const dmz = out['nodes'].find((n: { id: string }) => n.id === 'z-dmz');
    expect(Object.keys(dmz.props)).toEqual(['cidr', 'purpose', 'importance']);
    expect(out['certificates'].map((c: Record<string, unknown>) => Object.keys(c))).toEqual([
      ['product', 'edition', 'type', 'number'],
      ['product', 'type', 'number', 'issuer', 'validUntil', 'note'],
      ['product', 'type', 'number', 'issuer', 'validUntil'],
      ['product', 'edition', 'type', 'number', 'validUntil', 'note'],
    ]);
    expect(Object.keys(out['meta'])).toEqual(['title', 'level', 'platform', 'organization', 'author', 'version', 'date', 'description']);
    const ecs = out['nodes'].find((n: { id: string }) => n.id === 'n-ecs-1');
    expect(Object.keys(ecs)).toEqual(['id', 'kind', 'product', 'parent', 'position', 'quantity', 'props']);
    expect(Object.keys(ecs.props)).toEqual(['spec', 'multiAZ', 'encryption', 'localBackup', 'important', 'personalData']);
    const edge = out['edges'].find((e: { id: string }) => e.id === 'e-2');
    expect(Object.keys(edge)).toEqual(['id', 'source', 'target', 'kind', 'protocol', 'port', 'encrypted']);
  });

  it('puts every zone before what it holds, siblings and edges in natural id order', () => {
    const out = JSON.parse(writeDiagram(read(fixture))) as { nodes: { id: string }[]; edges: { id: string }[] };
    expect(out.nodes.map((n) => n.id)).toEqual([
      'n-kms', 'n-sls', 'z-internet', 'n-users', 'z-region', 'z-vpc', 'z-app', 'n-ecs-1', 'z-data', 'n-rds', 'z-dmz', 'n-slb',
    ]);
    expect(out.edges.map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3', 'e-4', 'e-10']);
  });

  it('keeps absent optional fields absent and writes explicit defaults as given', () => {
    const doc = smallDiagram();
    const text = writeDiagram(doc);
    expect(text).not.toContain('waivers');
    expect(text).not.toContain('"label"');
    const withDefault = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'ecs' ? { ...n, quantity: 1 } : n)) };
    expect(writeDiagram(withDefault)).toContain('"quantity": 1');
  });

  it('writes user text literally, escaping only what JSON must', () => {
    const hostile = '<img src=x onerror=alert(1)>"\u202e\u0007𠀀😀';
    const doc = { ...smallDiagram(), meta: { ...smallDiagram().meta, title: hostile } };
    const text = writeDiagram(doc);
    expect(text).toContain('\\u0007');
    expect(read(text).meta.title).toBe(hostile);
  });

  it('orders parents first even when ids would sort children first', () => {
    const nodes = containmentOrder([
      { id: 'a-child', kind: 'product', product: 'ecs', parent: 'z-parent', position: { x: 0, y: 0 } },
      { id: 'z-parent', kind: 'zone', zone: 'app', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['z-parent', 'a-child']);
  });

  it('round-trips every fixture of every version byte for byte after one canonical pass', () => {
    for (const version of ['v1', 'v2']) {
      const dir = new URL(`../../fixtures/${version}/`, import.meta.url);
      for (const file of readdirSync(dir)) {
        const once = writeDiagram(read(readFileSync(new URL(file, dir), 'utf8')));
        expect(writeDiagram(read(once)), file).toBe(once);
      }
    }
  });
});
