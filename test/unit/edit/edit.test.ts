import { describe, expect, it } from 'vitest';
import { connect, updateEdges } from '../../../src/core/edit/edges.ts';
import { extractFragment, insertFragment } from '../../../src/core/edit/fragment.ts';
import { removeWaiver, setManualItem, setWaiver, updateMeta } from '../../../src/core/edit/meta.ts';
import { addProduct, addZone, deleteElements, moveNodes, resizeZone, updateNodes } from '../../../src/core/edit/nodes.ts';
import { validateDiagram } from '../../../src/core/format/read.ts';
import { absolutePositions } from '../../../src/core/geometry/geometry.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

function valid(doc: Diagram): Diagram {
  const result = validateDiagram(JSON.parse(JSON.stringify(doc)), catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 1));
  return doc;
}

const abs = (doc: Diagram, id: string) => absolutePositions(doc).get(id);

describe('adding nodes', () => {
  it('adds a product inside a zone at the absolute position given, with a fresh readable id', () => {
    const doc = smallDiagram();
    const { doc: next, id } = addProduct(doc, { product: 'waf', at: { x: 400, y: 150 }, parent: 'dmz' });
    valid(next);
    expect(id).toBe('waf-1');
    expect(abs(next, id)).toEqual({ x: 400, y: 150 });
    expect(next.nodes.find((n) => n.id === id)).toMatchObject({ parent: 'dmz', position: { x: 60, y: 70 } });
    // Untouched nodes keep their identity.
    expect(next.nodes[0]).toBe(doc.nodes[0]);
  });

  it('adds a zone with the catalog default size', () => {
    const { doc, id } = addZone(smallDiagram(), { zone: 'mgmt', at: { x: 0, y: 600 } }, catalog);
    valid(doc);
    expect(doc.nodes.find((n) => n.id === id)).toMatchObject({ kind: 'zone', zone: 'mgmt', size: catalog.zone('mgmt').defaultSize });
  });
});

describe('moving nodes', () => {
  it('re-parents a node keeping it where it was dropped', () => {
    const doc = smallDiagram();
    const at = { x: 700, y: 130 };
    const result = moveNodes(doc, [{ id: 'ecs', at, parent: 'dmz' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    valid(result.doc);
    expect(abs(result.doc, 'ecs')).toEqual(at);
    expect(result.doc.nodes.find((n) => n.id === 'ecs')?.parent).toBe('dmz');
  });

  it('moves a zone with everything inside it', () => {
    const doc = smallDiagram();
    const before = abs(doc, 'ecs')!;
    const zoneBefore = abs(doc, 'app')!;
    const result = moveNodes(doc, [{ id: 'app', at: { x: zoneBefore.x + 50, y: zoneBefore.y + 10 } }]);
    if (!result.ok) throw new Error(result.reason);
    expect(abs(result.doc, 'ecs')).toEqual({ x: before.x + 50, y: before.y + 10 });
  });

  it('moves a node to the top level', () => {
    const result = moveNodes(smallDiagram(), [{ id: 'ecs', at: { x: 5, y: 900 }, parent: null }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.nodes.find((n) => n.id === 'ecs')).toMatchObject({ position: { x: 5, y: 900 } });
    expect(result.doc.nodes.find((n) => n.id === 'ecs')).not.toHaveProperty('parent');
  });

  it('never lets a zone become its own descendant', () => {
    expect(moveNodes(smallDiagram(), [{ id: 'vpc', at: { x: 0, y: 0 }, parent: 'app' }])).toEqual({ ok: false, reason: 'parentIsDescendant' });
    expect(moveNodes(smallDiagram(), [{ id: 'vpc', at: { x: 0, y: 0 }, parent: 'vpc' }])).toEqual({ ok: false, reason: 'parentIsDescendant' });
    expect(moveNodes(smallDiagram(), [{ id: 'ecs', at: { x: 0, y: 0 }, parent: 'slb' }])).toEqual({ ok: false, reason: 'parentNotZone' });
  });

  it('resizes a zone, from the top-left corner too', () => {
    const doc = resizeZone(smallDiagram(), 'app', { width: 400, height: 260 }, { x: 330, y: 20 });
    valid(doc);
    expect(doc.nodes.find((n) => n.id === 'app')).toMatchObject({ size: { width: 400, height: 260 } });
    expect(abs(doc, 'app')).toEqual({ x: 650, y: 60 });
  });
});

describe('changing and deleting', () => {
  it('sets and removes props and labels of several nodes at once', () => {
    let doc = updateNodes(smallDiagram(), ['ecs', 'rds'], { props: { multiAZ: true }, label: '核心' });
    valid(doc);
    expect(doc.nodes.find((n) => n.id === 'ecs')).toMatchObject({ label: '核心', props: { multiAZ: true } });
    doc = updateNodes(doc, ['ecs'], { props: { multiAZ: undefined }, label: undefined, quantity: 4 });
    expect(doc.nodes.find((n) => n.id === 'ecs')).toEqual({ id: 'ecs', kind: 'product', product: 'ecs', parent: 'app', position: { x: 40, y: 60 }, quantity: 4 });
  });

  it('deletes a zone with its contents and the edges touching them', () => {
    const doc = deleteElements(smallDiagram(), ['app']);
    valid(doc);
    expect(doc.nodes.map((n) => n.id)).not.toContain('ecs');
    expect(doc.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('deletes edges alone', () => {
    const doc = deleteElements(smallDiagram(), ['e2']);
    expect(doc.edges.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(doc.nodes).toHaveLength(smallDiagram().nodes.length);
  });
});

describe('connections', () => {
  it('connects two products with a fresh id', () => {
    const result = connect(smallDiagram(), { source: 'ecs', target: 'slb', kind: 'management' });
    if (!result.ok) throw new Error(result.reason);
    valid(result.doc);
    expect(result.id).toBe('e-1');
  });

  it('refuses zones and self-loops with a reason', () => {
    expect(connect(smallDiagram(), { source: 'ecs', target: 'app', kind: 'traffic' })).toEqual({ ok: false, reason: 'edgeToZone' });
    expect(connect(smallDiagram(), { source: 'ecs', target: 'ecs', kind: 'traffic' })).toEqual({ ok: false, reason: 'edgeToSelf' });
  });

  it('changes edges, dropping mode when an edge stops being a backup', () => {
    let doc = updateEdges(smallDiagram(), ['e3'], { kind: 'backup', mode: 'realtime' });
    expect(doc.edges[2]).toMatchObject({ kind: 'backup', mode: 'realtime' });
    doc = updateEdges(doc, ['e3'], { kind: 'traffic', port: undefined });
    valid(doc);
    expect(doc.edges[2]).toEqual({ id: 'e3', source: 'ecs', target: 'rds', kind: 'traffic', protocol: 'MySQL' });
  });
});

describe('copy, paste and duplicate', () => {
  it('copies a selection as a valid diagram, zones with their contents', () => {
    const fragment = extractFragment(smallDiagram(), ['app', 'rds']);
    valid(fragment);
    expect(fragment.nodes.map((n) => n.id).sort()).toEqual(['app', 'ecs', 'rds']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e3']);
    expect(fragment.nodes.find((n) => n.id === 'app')).not.toHaveProperty('parent');
  });

  it('pastes with fresh ids into the zone under each node, edges rewired', () => {
    const doc = smallDiagram();
    const fragment = extractFragment(doc, ['ecs', 'rds']);
    const result = insertFragment(doc, fragment, { x: 20, y: 20 });
    if (!result.ok) throw new Error(result.reason);
    valid(result.doc);
    const added = result.doc.nodes.filter((n) => result.nodeIds.includes(n.id));
    expect(added.map((n) => [n.id, n.parent])).toEqual([['ecs-1', 'app'], ['rds-1', 'data']]);
    expect(result.doc.edges.at(-1)).toMatchObject({ source: 'ecs-1', target: 'rds-1', kind: 'traffic' });
    expect(abs(result.doc, 'ecs-1')).toEqual({ x: abs(doc, 'ecs')!.x + 20, y: abs(doc, 'ecs')!.y + 20 });
  });

  it('pastes a zone with its children keeping their relative places', () => {
    const doc = smallDiagram();
    const result = insertFragment(doc, extractFragment(doc, ['app']), { x: 0, y: 400 });
    if (!result.ok) throw new Error(result.reason);
    valid(result.doc);
    expect(result.doc.nodes.find((n) => n.id === 'ecs-1')).toMatchObject({ parent: 'app-1', position: { x: 40, y: 60 } });
  });

  it('refuses an empty paste', () => {
    expect(insertFragment(smallDiagram(), { ...smallDiagram(), nodes: [], edges: [] }, { x: 0, y: 0 })).toEqual({ ok: false, reason: 'nothingToPaste' });
  });
});

describe('meta, waivers and manual items', () => {
  it('edits meta, removing emptied optional fields', () => {
    const doc = updateMeta(smallDiagram(), { level: 4, organization: '示例单位', version: '' });
    valid(doc);
    expect(doc.meta).toEqual({ title: '测试系统', level: 4, platform: 'alibaba-public', organization: '示例单位' });
  });

  it('adds, changes and removes waivers', () => {
    let doc = setWaiver(smallDiagram(), { rule: 'ABS-06', reason: '用基础防护' });
    doc = setWaiver(doc, { rule: 'ABS-06', reason: '改为：使用基础防护' });
    doc = setWaiver(doc, { rule: 'CNS-04', target: 'e2', reason: 'VPC 内' });
    valid(doc);
    expect(doc.waivers).toEqual([{ rule: 'ABS-06', reason: '改为：使用基础防护' }, { rule: 'CNS-04', target: 'e2', reason: 'VPC 内' }]);
    doc = removeWaiver(removeWaiver(doc, { rule: 'ABS-06' }), { rule: 'CNS-04', target: 'e2' });
    expect(doc).not.toHaveProperty('waivers');
  });

  it('ticks manual items', () => {
    const doc = setManualItem(setManualItem(smallDiagram(), { item: 'MAN-01', done: true, note: '已评估' }), { item: 'MAN-01', done: false, note: '' });
    valid(doc);
    expect(doc.manual).toEqual([{ item: 'MAN-01', done: false }]);
  });
});

describe('resizing from the top-left', () => {
  it('keeps what the zone holds where it is on the drawing', () => {
    const doc = smallDiagram();
    const before = absolutePositions(doc).get('ecs')!;
    const next = resizeZone(doc, 'app', { width: 340, height: 230 }, { x: 320, y: 10 });
    valid(next);
    expect(absolutePositions(next).get('ecs')).toEqual(before);
    expect(absolutePositions(next).get('app')).toEqual({ x: 640, y: 50 });
  });
});

describe('editing and withdrawing waivers', () => {
  it('changes the reason of the matching waivers, keeping their scope, or removes them', async () => {
    const { replaceWaivers } = await import('../../../src/core/edit/meta.ts');
    let doc = setWaiver(setWaiver(smallDiagram(), { rule: 'ABS-06', reason: 'a' }), { rule: 'CNS-04', target: 'e2', reason: 'b' });
    doc = replaceWaivers(doc, (w) => w.rule === 'ABS-06', (w) => ({ ...w, reason: 'c' }));
    expect(doc.waivers).toEqual([{ rule: 'ABS-06', reason: 'c' }, { rule: 'CNS-04', target: 'e2', reason: 'b' }]);
    doc = replaceWaivers(doc, (w) => w.rule === 'CNS-04');
    expect(doc.waivers).toEqual([{ rule: 'ABS-06', reason: 'c' }]);
    expect(replaceWaivers(doc, () => true)).not.toHaveProperty('waivers');
  });
});
