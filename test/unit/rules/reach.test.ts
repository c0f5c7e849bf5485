/** reach.ts: the "unprotected reach" walk of rules.md, on small graphs where every answer is known. */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramEdge } from '../../../src/core/model/types.ts';
import { buildContext } from '../../../src/core/rules/context.ts';
import { unprotectedReach, type ReachWalk } from '../../../src/core/rules/reach.ts';
import { catalog } from './support.ts';

/** Servers a … h in one app zone, joined by the given traffic edges ("a>b" is a traffic edge a → b). */
function graph(...links: string[]): Diagram {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  return {
    format: 'mlps-designer/diagram',
    schemaVersion: 2,
    meta: { title: 'walk', level: 3, platform: 'alibaba-public' },
    nodes: [
      { id: 'app', kind: 'zone', zone: 'app', position: { x: 0, y: 0 }, size: { width: 900, height: 200 } },
      ...names.map((id, i) => ({ id, kind: 'product' as const, product: 'ecs', parent: 'app', position: { x: 20 + 100 * i, y: 40 } })),
    ],
    edges: links.map((link): DiagramEdge => {
      const [from, to, kind] = link.split(/[>:]/) as [string, string, DiagramEdge['kind'] | undefined];
      return { id: `${from}${to}`, source: from, target: to, kind: kind ?? 'traffic', protocol: 'HTTPS' };
    }),
  };
}

const among = (ids: string) => (f: { node: { id: string } }) => ids.includes(f.node.id);

/** The walk's reports as "node via first origin" (edge ids are the two end names joined). */
function walk(doc: Diagram, w: Partial<ReachWalk> & Pick<ReachWalk, 'start'>): string[] {
  const reports: string[] = [];
  const ctx = buildContext(doc, catalog, 3);
  unprotectedReach(ctx, { stop: () => false, report: () => true, ...w }, (node, via, first, origin) => reports.push(`${node.id} ${via.id} ${first.id} ${origin.id}`));
  return reports;
}

describe('unprotectedReach', () => {
  it('reports every node reached over at least one edge, in the order met, with the edge in, the first edge and the start', () => {
    expect(walk(graph('a>b', 'b>c', 'c>d', 'a>e'), { start: among('a') })).toEqual(['b ab ab a', 'e ae ae a', 'c bc ab a', 'd cd ab a']);
  });

  it('does not report a start node that no edge reaches', () => {
    expect(walk(graph('b>c'), { start: among('ab') })).toEqual(['c bc bc b']);
  });

  it('walks from every start node at once: each reached node is reported once, by the walk that meets it first', () => {
    expect(walk(graph('a>c', 'b>c', 'c>d'), { start: among('ab') })).toEqual(['c ac ac a', 'd cd ac a']);
  });

  it('a start node reached by another walk still starts its own: what it reaches has its own first edge and start', () => {
    expect(walk(graph('a>b', 'b>c'), { start: among('ab') })).toEqual(['b ab ab a', 'c bc bc b']);
  });

  it('never enters a node of the stop set, nor goes on through it', () => {
    expect(walk(graph('a>b', 'b>c', 'a>d'), { start: among('a'), stop: among('b') })).toEqual(['d ad ad a']);
  });

  it('a start node in the stop set starts no walk', () => {
    expect(walk(graph('a>b', 'c>d'), { start: among('ac'), stop: among('a') })).toEqual(['d cd cd c']);
  });

  it('reaches a node behind a stopped one by another way', () => {
    expect(walk(graph('a>b', 'a>c', 'b>d', 'c>d'), { start: among('a'), stop: among('b') })).toEqual(['c ac ac a', 'd cd ac a']);
  });

  it('follows only the edges the walk allows, and goes on along the others', () => {
    const doc = graph('a>b', 'a>c', 'c>d');
    doc.edges[0]!.protocol = 'SSH';
    expect(walk(doc, { start: among('a'), follow: (e) => e.protocol === 'HTTPS' })).toEqual(['c ac ac a', 'd cd ac a']);
  });

  it('follows traffic edges only', () => {
    expect(walk(graph('a>b:management', 'a>c:backup', 'a>d:log', 'a>e'), { start: among('a') })).toEqual(['e ae ae a']);
  });

  it('walks on through the nodes it does not report', () => {
    expect(walk(graph('a>b', 'b>c'), { start: among('a'), report: among('c') })).toEqual(['c bc ab a']);
  });

  it('stops on cycles, reporting each node once, the start node too when the cycle comes back to it', () => {
    expect(walk(graph('a>b', 'b>c', 'c>a', 'c>b'), { start: among('a') })).toEqual(['b ab ab a', 'c bc ab a', 'a ca ab a']);
  });

  it('a node no walk reaches does not walk on, the first product of the file included', () => {
    expect(walk(graph('a>c', 'b>d'), { start: among('b') })).toEqual(['d bd bd b']);
  });

  it('expands each node once, looking at each edge once, however many edges lead to it', () => {
    const looked: string[] = [];
    const doc = graph('a>b', 'a>c', 'c>b', 'b>d', 'd>b', 'b>e');
    expect(walk(doc, { start: among('a'), follow: (e) => (looked.push(e.id), true) })).toEqual(['b ab ab a', 'c ac ac a', 'd bd ab a', 'e be ab a']);
    expect(looked.sort()).toEqual(['ab', 'ac', 'bd', 'be', 'cb', 'db']);
  });

  it('asks whether a node is in the stop set once per node, however many edges lead to it', () => {
    let asked = 0;
    walk(graph('a>d', 'b>d', 'c>d', 'd>e'), { start: among('abc'), stop: (f) => (f.node.id === 'd' && asked++, false) });
    expect(asked).toBe(1);
  });
});
