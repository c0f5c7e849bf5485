/**
 * Auto-layout through the pure core with elkjs in-process: the drawing is clean (containment, header
 * free, no overlaps, zones hold their children, whole pixels), nothing but geometry changes, the flow
 * reads left to right with the management side below, and a partial layout leaves the rest alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../../bench/generate-diagram.ts';
import { readDiagramBytes, validateDiagram } from '../../../src/core/format/read.ts';
import { nodeRect } from '../../../src/core/geometry/geometry.ts';
import { edgeLabelSize } from '../../../src/core/layout/edge-label-size.ts';
import { layoutDiagram } from '../../../src/core/layout/layout-diagram.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { layoutInNode, nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';
import { layoutProblems, withoutGeometry } from './layout-checks.ts';

const SLOW = 60_000;

function fixture(): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(new URL('../../fixtures/designs/basic-l3.mlps.json', import.meta.url))), catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.diagram;
}

const rect = (doc: Diagram, id: string) => nodeRect(doc, id)!;

describe('layout of a whole diagram', () => {
  const cases: [string, () => Diagram][] = [
    ['the small diagram', smallDiagram],
    ['the level-3 reference design', fixture],
    ['a generated 120-node design', () => generateDiagram(120)],
  ];
  for (const [name, make] of cases) {
    it(`gives a clean drawing of ${name} and changes nothing but geometry`, async () => {
      const before = make();
      const after = await layoutInNode(before, catalog);
      expect(layoutProblems(after)).toEqual([]);
      expect(withoutGeometry(after)).toEqual(withoutGeometry(before));
      expect(after.edges).toEqual(before.edges);
      expect(after.meta).toEqual(before.meta);
      expect(validateDiagram(JSON.parse(JSON.stringify(after)), catalog).ok).toBe(true);
    }, SLOW);
  }

  it('reads left to right: Internet, boundary, DMZ, application, data', async () => {
    const doc = await layoutInNode(fixture(), catalog);
    const x = (id: string) => rect(doc, id).x;
    expect(x('z-internet')).toBeLessThan(x('z-edge'));
    expect(x('z-edge') + rect(doc, 'z-edge').width).toBeLessThanOrEqual(x('z-vpc'));
    expect(x('z-dmz') + rect(doc, 'z-dmz').width).toBeLessThanOrEqual(x('z-app'));
    expect(x('z-app') + rect(doc, 'z-app').width).toBeLessThanOrEqual(x('z-data'));
    // The boundary chain in the order of its traffic.
    expect(x('n-ddos')).toBeLessThan(x('n-waf'));
    expect(x('n-waf')).toBeLessThan(x('n-cfw'));
  }, SLOW);

  it('puts the management zone, operators access and disaster recovery below the flow', async () => {
    const doc = await layoutInNode(fixture(), catalog);
    const bottom = (id: string) => rect(doc, id).y + rect(doc, id).height;
    const flowBottom = Math.max(bottom('z-dmz'), bottom('z-app'), bottom('z-data'));
    expect(rect(doc, 'z-mgmt').y).toBeGreaterThan(flowBottom);
    expect(rect(doc, 'z-ops').y).toBeGreaterThan(flowBottom);
    expect(rect(doc, 'z-region-dr').y).toBeGreaterThan(bottom('z-region'));
  }, SLOW);

  it('sizes zones to their contents, never below the empty size of their kind', async () => {
    const doc: Diagram = {
      ...smallDiagram(),
      nodes: [...smallDiagram().nodes, { id: 'empty', kind: 'zone', zone: 'mgmt', parent: 'vpc', position: { x: 0, y: 300 }, size: { width: 40, height: 30 }, props: { cidr: '10.0.9.0/24' } }],
    };
    const after = await layoutInNode(doc, catalog);
    const empty = after.nodes.find((n) => n.id === 'empty')!;
    expect(empty.kind === 'zone' && empty.size).toEqual(catalog.zone('mgmt').defaultSize);
    const app = rect(after, 'app');
    // One product plus padding: far smaller than the 300×200 it was drawn with.
    expect(app.width).toBeLessThan(300);
    expect(app.height).toBeLessThan(200);
    expect(layoutProblems(after)).toEqual([]);
  }, SLOW);

  it('rounds what ELK returns to whole pixels', async () => {
    const fractional = async (graph: Parameters<typeof nodeLayoutEngine>[0]) => {
      const result = await nodeLayoutEngine(graph);
      const nudge = (n: typeof result) => {
        if (n.x !== undefined) n.x += 0.37;
        if (n.y !== undefined) n.y += 0.61;
        if (n.width !== undefined && n.children) n.width += 0.2;
        for (const child of n.children ?? []) nudge(child);
      };
      for (const child of result.children ?? []) nudge(child);
      return result;
    };
    const doc = await layoutDiagram(smallDiagram(), catalog, { kind: 'diagram' }, fractional);
    for (const node of doc.nodes) {
      expect(Number.isInteger(node.position.x) && Number.isInteger(node.position.y), node.id).toBe(true);
      if (node.kind === 'zone') expect(Number.isInteger(node.size.width), node.id).toBe(true);
    }
  }, SLOW);

  it('leaves room between columns for an edge label ("🔒 HTTPS"), so it never lands on a product', async () => {
    const doc: Diagram = {
      ...smallDiagram(),
      nodes: [
        { id: 'u', kind: 'product', product: 'internet_user', position: { x: 0, y: 0 } },
        { id: 'e', kind: 'product', product: 'ecs', position: { x: 400, y: 0 } },
      ],
      edges: [{ id: 'x', source: 'u', target: 'e', kind: 'traffic', protocol: 'HTTPS' }],
    };
    const after = await layoutInNode(doc, catalog);
    const label = edgeLabelSize(doc.edges[0]!, doc.nodes[1])!;
    const gap = rect(after, 'e').x - (rect(after, 'u').x + rect(after, 'u').width);
    // The label plus clear space on both sides (the canvas draws an arrowhead at the target end).
    expect(gap).toBeGreaterThanOrEqual(label.width + 2 * 16);
  }, SLOW);

  it('returns the same document when there is nothing to lay out', async () => {
    const empty: Diagram = { ...smallDiagram(), nodes: [], edges: [] };
    expect(await layoutInNode(empty, catalog)).toBe(empty);
  });
});

describe('layout of a part', () => {
  it('lays out one zone and leaves everything outside it where it was', async () => {
    const before = fixture();
    const after = await layoutInNode(before, catalog, { kind: 'zone', id: 'z-mgmt' });
    const inside = new Set(before.nodes.filter((n) => n.parent === 'z-mgmt').map((n) => n.id));
    const zoneBefore = before.nodes.find((n) => n.id === 'z-mgmt')!;
    const zoneAfter = after.nodes.find((n) => n.id === 'z-mgmt')!;
    expect(zoneAfter.position).toEqual(zoneBefore.position);
    if (zoneAfter.kind !== 'zone' || zoneBefore.kind !== 'zone') throw new Error('not a zone');
    expect(zoneAfter.size.width).toBeGreaterThanOrEqual(zoneBefore.size.width);
    expect(zoneAfter.size.height).toBeGreaterThanOrEqual(zoneBefore.size.height);
    // Outside the zone only its ancestors may change, and only by growing.
    for (const node of before.nodes) {
      if (inside.has(node.id) || node.id === 'z-mgmt' || node.id === 'z-vpc' || node.id === 'z-region') {
        continue;
      }
      expect(after.nodes.find((n) => n.id === node.id), node.id).toEqual(node);
    }
    expect(after.nodes.filter((n) => inside.has(n.id)).some((n) => JSON.stringify(n.position) !== JSON.stringify(before.nodes.find((b) => b.id === n.id)!.position))).toBe(true);
    for (const id of inside) {
      const r = rect(after, id);
      const z = rect(after, 'z-mgmt');
      expect(r.x >= z.x && r.y >= z.y + 40 && r.x + r.width <= z.x + z.width && r.y + r.height <= z.y + z.height, id).toBe(true);
    }
    expect(withoutGeometry(after)).toEqual(withoutGeometry(before));
    expect(after.edges).toEqual(before.edges);
  }, SLOW);

  it('lays out a selection among its siblings, keeping its corner, and moves nothing else', async () => {
    const before = fixture();
    const selected = ['n-kms', 'n-ram', 'n-cert', 'n-config'];
    const after = await layoutInNode(before, catalog, { kind: 'selection', ids: selected });
    const moved = after.nodes.filter((n) => JSON.stringify(n) !== JSON.stringify(before.nodes.find((b) => b.id === n.id)));
    for (const node of moved) expect([...selected, 'z-mgmt', 'z-vpc', 'z-region'], node.id).toContain(node.id);
    const corner = (doc: Diagram) => ({
      x: Math.min(...selected.map((id) => doc.nodes.find((n) => n.id === id)!.position.x)),
      y: Math.min(...selected.map((id) => doc.nodes.find((n) => n.id === id)!.position.y)),
    });
    expect(corner(after)).toEqual(corner(before));
    // The selected ones are apart from each other and inside their zone.
    const rects = selected.map((id) => rect(after, id));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
      }
      const z = rect(after, 'z-mgmt');
      expect(rects[i]!.x + rects[i]!.width <= z.x + z.width && rects[i]!.y + rects[i]!.height <= z.y + z.height).toBe(true);
    }
  }, SLOW);

  it('grows the zone around a selection that needs more room', async () => {
    const before = smallDiagram();
    // Three more servers in the application zone, piled on one spot.
    const extra = ['a1', 'a2', 'a3'].map((id) => ({ id, kind: 'product' as const, product: 'ecs', parent: 'app', position: { x: 40, y: 60 }, quantity: 2 }));
    const doc: Diagram = { ...before, nodes: [...before.nodes, ...extra], edges: [...before.edges, ...extra.map((n, i) => ({ id: `x${i}`, source: 'slb', target: n.id, kind: 'traffic' as const, protocol: 'HTTP' as const }))] };
    const after = await layoutInNode(doc, catalog, { kind: 'selection', ids: ['ecs', 'a1', 'a2', 'a3'] });
    // The hand-drawn rest of the small diagram is not laid out; the application zone's contents are.
    const mine = new Set(['ecs', 'a1', 'a2', 'a3']);
    expect(layoutProblems(after).filter((p) => mine.has(p.split(' ')[0]!))).toEqual([]);
    const app = after.nodes.find((n) => n.id === 'app')!;
    expect(app.kind === 'zone' && app.size.height).toBeGreaterThan(200);
  }, SLOW);
});

describe('the layout checks themselves', () => {
  it('find a node outside its zone, overlapping siblings and fractional positions', () => {
    const doc = smallDiagram();
    const broken: Diagram = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'ecs' ? { ...n, position: { x: 250, y: 10.5 } } : n.id === 'app' ? { ...n, position: { x: 30, y: 50 } } : n)),
    };
    const problems = layoutProblems(broken);
    expect(problems).toContain('ecs not inside app below its header');
    expect(problems).toContain('ecs at a fractional position 250,10.5');
    expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
  });
});
