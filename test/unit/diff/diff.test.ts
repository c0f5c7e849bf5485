/** The diff on hand-picked cases: the level-2 and level-3 templates, the id rule of applyDiff, moves, levels. */
import { fixKey } from '../../../src/core/rules/fixes/fix.ts';
import { describe, expect, it } from 'vitest';
import { alignIds, applyDiff, compareDiagrams, diffDiagrams, findingsDelta, isEmptyDiff, matchDiagrams, resultIds } from '../../../src/core/diff/index.ts';
import type { Diagram, DiagramNode } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { loadTemplate } from '../rules/fix-geometry.ts';
import { renameAll } from './mutate.ts';

const l2 = loadTemplate('l2-small.mlps.json');
const l3 = loadTemplate('l3-basic.mlps.json');

const doc = (nodes: DiagramNode[], edges: Diagram['edges'] = []): Diagram => ({
  format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: 't', level: 3, platform: 'alibaba-public' }, nodes, edges,
});
const zone = (id: string, parent?: string): DiagramNode => ({ id, kind: 'zone', zone: 'app', position: { x: 0, y: 0 }, size: { width: 300, height: 200 }, ...(parent ? { parent } : {}) });
const ecs = (id: string, parent?: string, label?: string): DiagramNode => ({ id, kind: 'product', product: 'ecs', position: { x: 10, y: 40 }, ...(parent ? { parent } : {}), ...(label ? { label } : {}) });

describe('compare of the level-2 and level-3 templates', () => {
  const c = compareDiagrams(l2, l3, catalog, { today: '2026-12-03' });

  it('lists every product the level-3 design adds, and the level change', () => {
    const addedProducts = c.diff.nodes.added.flatMap((n) => (n.kind === 'product' ? [n.product] : []));
    for (const product of ['cloud_firewall', 'ddos_origin', 'db_audit', 'kms', 'config', 'ram', 'vpn_gateway', 'nat_gateway']) expect(addedProducts).toContain(product);
    expect(c.diff.meta.find((m) => m.field === 'level')).toEqual({ field: 'level', before: 2, after: 3 });
    // Same ids in both templates: n-ecs is one node, changed (quantity, spec, props), not removed and added.
    const ecsChange = c.diff.nodes.changed.find((x) => x.before === 'n-ecs')!;
    expect(ecsChange.after).toBe('n-ecs');
    expect(ecsChange.fields.map((f) => f.field)).toEqual(['label', 'quantity', 'props.spec', 'props.multiAZ', 'props.encryption', 'props.localBackup']);
    expect(c.diff.nodes.changed.find((x) => x.before === 'n-waf')!.fields).toContainEqual({ field: 'parent', before: 'z-dmz', after: 'z-edge' });
  });

  it('at level 3, the level-2 design has open errors that the level-3 design closes', () => {
    const atL3 = findingsDelta(l2, l3, catalog, { level: 3 });
    expect(atL3.summary.before.error).toBeGreaterThan(0);
    expect(atL3.summary.after.error).toBe(0);
    const closed = new Set(atL3.go.filter((f) => f.severity === 'error').map((f) => f.rule));
    expect(closed.size).toBeGreaterThan(3);
    expect(atL3.appear.filter((f) => f.severity === 'error')).toEqual([]);
    // Readiness per layer: never worse, and better somewhere.
    expect(Object.values(atL3.readiness).every((r) => r.after.passing >= r.before.passing)).toBe(true);
    expect(Object.values(atL3.readiness).some((r) => r.after.passing > r.before.passing)).toBe(true);
  });

  it('gives the BOM line by line', () => {
    const kms = c.bom.find((l) => l.product === 'kms')!;
    expect([kms.before, kms.after]).toEqual([0, 1]);
    const ecsLines = c.bom.filter((l) => l.product === 'ecs');
    expect(ecsLines.map((l) => [l.spec, l.before, l.after])).toEqual([['ecs.c7.large', 1, 0], ['ecs.g7.xlarge', 0, 2]]);
  });
});

describe('matching', () => {
  it('matches a re-drawn design by product, label and matched parent, zones first', () => {
    const a = doc([zone('z1'), ecs('n1', 'z1', 'web'), ecs('n2', 'z1', 'api'), zone('z2', 'z1'), ecs('n3', 'z2')]);
    const b = renameAll(a);
    const match = matchDiagrams(a, b);
    expect(new Map(match.nodes)).toEqual(new Map([['z1', 'r-n0'], ['z2', 'r-n3'], ['n1', 'r-n1'], ['n2', 'r-n2'], ['n3', 'r-n4']]));
    expect(isEmptyDiff(diffDiagrams(a, b))).toBe(true);
  });

  it('does not match by content under a parent that did not match', () => {
    const a = doc([zone('z1'), ecs('n1', 'z1')]);
    const b = doc([{ ...zone('other'), zone: 'data' } as DiagramNode, ecs('m1', 'other')]);
    const diff = diffDiagrams(a, b);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['z1', 'n1']);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['other', 'm1']);
  });

  it('does not pair same-id edges whose ends both differ (counters in unrelated files)', () => {
    const a = doc([ecs('a'), ecs('b'), ecs('c')], [{ id: 'e-1', source: 'a', target: 'b', kind: 'traffic' }]);
    const moved = doc(a.nodes, [{ id: 'e-1', source: 'a', target: 'c', kind: 'traffic' }]);
    expect(diffDiagrams(a, moved).edges.changed).toEqual([{ before: 'e-1', after: 'e-1', fields: [{ field: 'target', before: 'b', after: 'c' }] }]);
    const unrelated = doc(a.nodes, [{ id: 'e-1', source: 'b', target: 'c', kind: 'traffic' }]);
    const d = diffDiagrams(a, unrelated);
    expect([d.edges.added.length, d.edges.removed.length, d.edges.changed.length]).toEqual([1, 1, 0]);
  });
});

describe('moves and the id rule of applyDiff', () => {
  it('reports a position or size change as a move, not a design change', () => {
    const a = doc([zone('z1'), ecs('n1', 'z1')]);
    const b = doc([{ ...zone('z1'), size: { width: 400, height: 200 } } as DiagramNode, { ...ecs('n1', 'z1'), position: { x: 50, y: 60 } }]);
    const diff = diffDiagrams(a, b);
    expect(diff.nodes.changed).toEqual([]);
    expect(diff.nodes.moved).toEqual([
      { before: 'z1', after: 'z1', size: { before: { width: 300, height: 200 }, after: { width: 400, height: 200 } } },
      { before: 'n1', after: 'n1', position: { before: { x: 10, y: 40 }, after: { x: 50, y: 60 } } },
    ]);
    expect(applyDiff(a, diff)).toStrictEqual(b);
  });

  it('an added node whose id a matched node keeps gets the next free id', () => {
    // b's "x" is a's "y" (matched by content); b also adds a zone called "y" (another kind: no id match).
    const a = doc([zone('z1'), ecs('y', 'z1', 'web')]);
    const b = doc([zone('z1'), ecs('x', 'z1', 'web'), zone('y', 'z1')], [{ id: 'y-2', source: 'x', target: 'y', kind: 'traffic' }]);
    const diff = diffDiagrams(a, b);
    expect(diff.match.nodes).toEqual([['y', 'x'], ['z1', 'z1']]);
    expect([...resultIds(diff)]).toEqual([['x', 'y'], ['z1', 'z1'], ['y', 'y-3'], ['y-2', 'y-2']]);
    const applied = applyDiff(a, diff);
    expect(applied).toStrictEqual(alignIds(b, diff));
    expect(applied.nodes.map((n) => n.id)).toEqual(['z1', 'y', 'y-3']);
    expect(applied.edges).toEqual([{ id: 'y-2', source: 'y', target: 'y-3', kind: 'traffic' }]);
  });

  it('refuses a design the diff was not made from', () => {
    const diff = diffDiagrams(doc([ecs('n1')]), doc([ecs('n1', undefined, 'x')]));
    expect(() => applyDiff(doc([ecs('n2')]), diff)).toThrow(/n1/);
  });
});

describe('the same design at two levels', () => {
  it('is a meta change whose findings delta shows the severities that change', () => {
    const at3 = { ...l2, meta: { ...l2.meta, level: 3 as const } };
    const delta = findingsDelta(l2, at3, catalog);
    expect(delta.level).toEqual({ before: 2, after: 3 });
    expect(delta.summary.after.error).toBeGreaterThan(delta.summary.before.error);
    for (const c of delta.changed) expect(c.before.clause.startsWith('7.')).toBe(c.after.clause.startsWith('8.') ? true : c.before.clause.startsWith('7.'));
    expect(diffDiagrams(l2, at3).meta).toEqual([{ field: 'level', before: 2, after: 3 }]);
  });
});

describe('level proposal (升级到三级需要什么)', () => {
  it('applies the offered quick fixes at the target level to a copy, closing errors; the design itself is untouched', async () => {
    const { levelProposal } = await import('../../../src/core/diff/index.ts');
    const { validateDiagram } = await import('../../../src/core/format/read.ts');
    const { writeDiagram } = await import('../../../src/core/format/write.ts');
    const before = writeDiagram(l2);
    const { proposal, applied, remaining } = levelProposal(l2, catalog, 3);
    expect(writeDiagram(l2)).toBe(before);
    expect(proposal.meta.level).toBe(3);
    expect(applied.length).toBeGreaterThan(3);
    expect(new Set(applied.map((f) => fixKey(f.change))).size).toBe(applied.length);
    expect(validateDiagram(JSON.parse(writeDiagram(proposal)), catalog).ok).toBe(true);
    const c = compareDiagrams(l2, proposal, catalog, { level: 3, today: '2026-12-03' });
    expect(c.findings.summary.after.error).toBe(remaining.filter((f) => f.severity === 'error').length);
    expect(c.findings.summary.after.error).toBeLessThan(c.findings.summary.before.error);
    expect(c.diff.nodes.added.length).toBeGreaterThan(0);
    // Every node of today's design is still there (matched by id): a proposal adds and changes, it does not redraw.
    expect(c.diff.match.nodes.length).toBe(l2.nodes.length - c.diff.nodes.removed.length);
  });
});
