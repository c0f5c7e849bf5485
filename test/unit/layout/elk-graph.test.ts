/**
 * The ELK graph the core builds: zones as hierarchical nodes holding their children, products 160×60,
 * hierarchical layered layout to the right with orthogonal routing, each edge inside the lowest node
 * holding both its ends, no edge ever ending on a zone, and room for the zone header in the padding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import type { ElkNodeJson } from '../../../src/core/layout/elk-json.ts';
import { prepareLayout } from '../../../src/core/layout/layout-diagram.ts';
import { tuningFor } from '../../../src/core/layout/layout-options.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';

function fixture(): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(new URL('../../fixtures/designs/basic-l3.mlps.json', import.meta.url))), catalog);
  if (!result.ok) throw new Error('fixture');
  return result.diagram;
}

/** Every node of the graph with its chain of ancestors. */
function walk(node: ElkNodeJson, up: string[] = [], out = new Map<string, { node: ElkNodeJson; up: string[] }>()) {
  out.set(node.id, { node, up });
  for (const child of node.children ?? []) walk(child, [...up, node.id], out);
  return out;
}

describe('the ELK graph of a diagram', () => {
  const doc = fixture();
  const graph = prepareLayout(doc, catalog, { kind: 'diagram' })!.graph;
  const nodes = walk(graph);

  it('asks for hierarchical layered layout to the right with orthogonal edges', () => {
    expect(graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
    });
  });

  it('holds every document node once, products at 160×60, zones with their children inside', () => {
    for (const node of doc.nodes) {
      const found = nodes.get(node.id);
      expect(found, node.id).toBeDefined();
      if (node.kind === 'product') expect([found!.node.width, found!.node.height]).toEqual([160, 60]);
      // The document parent is the nearest ancestor that is not one of the layout's own helper nodes.
      const parent = [...found!.up].reverse().find((id) => !id.startsWith('#'));
      expect(parent, node.id).toBe(node.parent);
    }
  });

  it('pads zones so the header strip stays free', () => {
    for (const node of doc.nodes.filter((n) => n.kind === 'zone')) {
      const padding = nodes.get(node.id)!.node.layoutOptions!['elk.padding']!;
      expect(Number(/top=(\d+)/.exec(padding)![1]), node.id).toBeGreaterThanOrEqual(40);
    }
  });

  it('puts each edge inside a node holding both ends, and never on a zone', () => {
    const zones = new Set(doc.nodes.filter((n) => n.kind === 'zone').map((n) => n.id));
    let documentEdges = 0;
    for (const { node: holder } of nodes.values()) {
      for (const edge of holder.edges ?? []) {
        for (const end of [...edge.sources, ...edge.targets]) {
          const found = nodes.get(end);
          expect(found, `${edge.id} → ${end}`).toBeDefined();
          expect(found!.up, `${edge.id} in ${holder.id}`).toContain(holder.id);
          if (!edge.id.startsWith('#')) expect(zones.has(end), edge.id).toBe(false);
        }
        if (!edge.id.startsWith('#')) documentEdges++;
      }
    }
    // Edges between the main flow and the management side are left to the drawing's own routing.
    expect(documentEdges).toBeGreaterThan(doc.edges.length / 2);
    expect(documentEdges).toBeLessThanOrEqual(doc.edges.length);
  });

  it('hands edges against the flow to ELK reversed (the NAT gateway serves the application)', () => {
    const all = [...nodes.values()].flatMap(({ node }) => node.edges ?? []);
    const outbound = all.find((e) => e.id === 'e-8')!; // n-ecs → n-nat in the document
    expect(outbound).toMatchObject({ sources: ['n-nat'], targets: ['n-ecs'] });
  });

  it('keeps the edges between the contents of a zone laid out on its own', () => {
    const zoneGraph = prepareLayout(doc, catalog, { kind: 'zone', id: 'z-vpc' })!.graph;
    const ids = [...walk(zoneGraph).values()].flatMap(({ node }) => (node.edges ?? []).map((e) => e.id));
    // ALB → ECS runs between two zones of the VPC; ECS → RDS too; the edge into the Internet does not.
    expect(ids).toEqual(expect.arrayContaining(['e-5', 'e-6', 'e-7']));
    expect(ids).not.toContain('e-9');
  });

  it('chooses the fast tuning only for big layouts', () => {
    expect(tuningFor(200)).toBe('fine');
    expect(tuningFor(1000)).toBe('fast');
  });
});
