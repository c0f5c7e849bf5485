/**
 * The compare canvas's marks (issue 14): every added product of the level-3 template over the
 * level-2 one is marked added, changed nodes carry their changed fields, removed ones become ghosts
 * at their old absolute position with ids no document uses, and ghost edges end on matched nodes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDiagrams } from '../../../src/core/diff/index.ts';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import { absolutePositions } from '../../../src/core/geometry/geometry.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { compareMarks, fieldsLine, ghostId } from '../../../src/ui/compare/compare-marks.ts';
import { catalog } from '../../support/catalog.ts';

function load(file: string): Diagram {
  const result = readDiagramBytes(readFileSync(`templates/${file}`), catalog);
  if (!result.ok) throw new Error(file);
  return result.diagram;
}

describe('compare marks', () => {
  const l2 = load('l2-small.mlps.json');
  const l3 = load('l3-basic.mlps.json');

  it('marks every product only in the newer design as added, and every node of it once', () => {
    const diff = diffDiagrams(l2, l3);
    const marks = compareMarks(l2, l3, diff);
    expect(marks.nodes.size).toBe(l3.nodes.length);
    const added = new Set(diff.nodes.added.map((n) => n.id));
    expect(added.size).toBeGreaterThan(0);
    for (const node of l3.nodes) expect(marks.nodes.get(node.id)!.status, node.id).toBe(added.has(node.id) ? 'added' : diff.nodes.changed.some((c) => c.after === node.id) ? 'changed' : 'same');
    const l2Products = new Set(l2.nodes.flatMap((n) => (n.kind === 'product' ? [n.product] : [])));
    for (const node of l3.nodes) if (node.kind === 'product' && !l2Products.has(node.product)) expect(marks.nodes.get(node.id)!.status, node.product).toBe('added');
    expect(marks.edges.size).toBe(l3.edges.length);
  });

  it('draws removed nodes as ghosts where they were, with ids that are not in either design', () => {
    const diff = diffDiagrams(l3, l2);
    const marks = compareMarks(l3, l2, diff);
    expect(marks.ghosts.length).toBe(diff.nodes.removed.length);
    const old = absolutePositions(l3);
    const ids = new Set([...l2.nodes, ...l3.nodes].map((n) => n.id));
    for (const g of marks.ghosts) {
      expect(g.position).toEqual(old.get(g.node.id));
      expect(ids.has(g.id)).toBe(false);
    }
    // Zones first: a removed zone's ghost is under the ghosts of what was in it.
    const firstProduct = marks.ghosts.findIndex((g) => g.node.kind === 'product');
    expect(marks.ghosts.slice(firstProduct).every((g) => g.node.kind === 'product')).toBe(true);
    const newIds = new Set(l2.nodes.map((n) => n.id));
    for (const e of marks.ghostEdges) {
      for (const end of [e.source, e.target]) expect(newIds.has(end) || marks.ghosts.some((g) => g.id === end), end).toBe(true);
    }
    expect(marks.counts.removed).toBe(diff.nodes.removed.length + diff.edges.removed.length);
  });

  it('lists a changed node with its changed fields, and nothing for the same design', () => {
    const product = l2.nodes.find((n) => n.kind === 'product')!;
    const changed: Diagram = { ...l2, nodes: l2.nodes.map((n) => (n === product ? { ...n, label: 'Renamed <b>', props: { ...n.props, multiAZ: true } } : n)) };
    const marks = compareMarks(l2, changed, diffDiagrams(l2, changed));
    const mark = marks.nodes.get(product.id)!;
    expect(mark.status).toBe('changed');
    expect(fieldsLine(mark.fields)).toContain('Renamed <b>');
    expect(fieldsLine(mark.fields)).toContain('multiAZ');
    const same = compareMarks(l2, l2, diffDiagrams(l2, l2));
    expect([...same.nodes.values()].every((m) => m.status === 'same')).toBe(true);
    expect(same.ghosts).toEqual([]);
    expect(ghostId('x')).toBe('ghost:x');
  });
});

describe('compare canvas elements', () => {
  it('ghosts are drawn but never selectable, focusable or draggable; changed nodes take focus with their changes in their name', async () => {
    const { compareFlow } = await import('../../../src/ui/compare/compare-flow.ts');
    const l2 = load('l2-small.mlps.json');
    const l3 = load('l3-basic.mlps.json');
    const marks = compareMarks(l3, l2, diffDiagrams(l3, l2));
    const names = { added: 'added', removed: 'removed', addedName: (n: string) => `+${n}`, removedName: (n: string) => `-${n}`, changed: (n: string, f: string) => `~${n} ${f}` };
    const { nodes, lines } = compareFlow(l2, marks, catalog, 'en', names);
    const ghosts = nodes.filter((n) => n.data.status === 'removed');
    expect(ghosts.length).toBe(marks.ghosts.length);
    for (const g of ghosts) expect([g.selectable, g.focusable, g.draggable, g.parentId]).toEqual([false, false, false, undefined]);
    const changed = nodes.filter((n) => n.data.status === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) {
      expect(c.focusable).toBe(true);
      expect(c.ariaLabel).toContain(c.data.changes);
    }
    expect(nodes.filter((n) => n.data.status === 'same').every((n) => n.focusable === false)).toBe(true);
    expect(lines.filter((l) => l.status === 'removed').length).toBe(marks.ghostEdges.length);
    expect(lines.length).toBe(l2.edges.length + marks.ghostEdges.length);
  });
});
