/**
 * The canvas's React Flow elements carry their badges and encryption in their data (no subscription
 * per node or edge), and an element is rebuilt exactly when what it shows changed: React Flow
 * re-renders the elements whose object identity changed.
 */
import { describe, expect, it } from 'vitest';
import { resizeZone, updateNodes } from '../../src/core/edit/nodes.ts';
import type { Marks } from '../../src/core/rules/index.ts';
import { PRODUCT_SIZE } from '../../src/core/geometry/geometry.ts';
import { syncFlowEdges, syncFlowNodes } from '../../src/ui/canvas/flow-elements.ts';
import { smallDiagram } from '../support/documents.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { createAccessibleNamer } from '../../src/ui/canvas/accessible-names.ts';

const catalog = bundledCatalog();
const namer = createAccessibleNamer(catalog, 'zh');
const none = { nodes: new Set<string>(), edges: new Set<string>() };
const marks = (entries: Record<string, Marks>) => new Map(Object.entries(entries));
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));


describe('flow nodes', () => {
  it('carry their open findings, and only a node whose findings changed is rebuilt', () => {
    const doc = smallDiagram();
    const first = syncFlowNodes([], doc, none, marks({ ecs: { error: 2, warning: 0 } }), namer);
    expect(byId(first).get('ecs')!.data.marks).toEqual({ error: 2, warning: 0 });
    expect(byId(first).get('rds')!.data.marks).toBeUndefined();

    // A new check with the same counts (new objects) changes nothing.
    const same = syncFlowNodes(first, doc, none, marks({ ecs: { error: 2, warning: 0 } }), namer);
    expect(same.every((n, i) => n === first[i])).toBe(true);

    const next = syncFlowNodes(first, doc, none, marks({ ecs: { error: 1, warning: 0 }, rds: { error: 0, warning: 1 } }), namer);
    const changed = next.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed.sort()).toEqual(['ecs', 'rds']);
    expect(byId(next).get('ecs')!.data.marks).toEqual({ error: 1, warning: 0 });
  });

  it('keep the position React Flow holds mid-drag when only the findings or selection change', () => {
    const doc = smallDiagram();
    const first = syncFlowNodes([], doc, none, new Map(), namer);
    const dragged = first.map((n) => (n.id === 'ecs' ? { ...n, position: { x: 99, y: 77 }, dragging: true } : n));
    const next = syncFlowNodes(dragged, doc, { nodes: new Set(['ecs']), edges: new Set() }, marks({ ecs: { error: 1, warning: 0 } }), namer);
    const ecs = byId(next).get('ecs')!;
    expect(ecs.position).toEqual({ x: 99, y: 77 });
    expect(ecs.selected).toBe(true);
    expect(ecs.data.marks).toEqual({ error: 1, warning: 0 });
  });
});

describe('flow node sizes', () => {
  it('declare what React Flow will measure: the size the document gives each node, also after a change', () => {
    const doc = smallDiagram();
    const first = syncFlowNodes([], doc, none, new Map(), namer);
    for (const flow of first) {
      const size = flow.data.node.kind === 'zone' ? flow.data.node.size : PRODUCT_SIZE;
      expect(flow.measured).toEqual(size);
      expect([flow.width, flow.height]).toEqual([size.width, size.height]);
    }
    const zone = first.find((n) => n.data.node.kind === 'zone')!;
    const resized = resizeZone(doc, zone.id, { width: 900, height: 640 });
    const next = byId(syncFlowNodes(first, resized, none, new Map(), namer)).get(zone.id)!;
    expect(next.measured).toEqual({ width: 900, height: 640 });
  });
});

describe('flow edges', () => {
  it('carry whether they are encrypted, rebuilt when the target database turns SSL on', () => {
    const doc = smallDiagram();
    const first = syncFlowEdges([], doc, none, new Map(), namer);
    expect(byId(first).get('e3')!.data!.encrypted).toBe(false);
    expect(byId(first).get('e1')!.data!.encrypted).toBe(true);

    const withSsl = updateNodes(doc, ['rds'], { props: { ssl: true } });
    const next = syncFlowEdges(first, withSsl, none, new Map(), namer);
    expect(byId(next).get('e3')!.data!.encrypted).toBe(true);
    expect(next.filter((e, i) => e !== first[i]).map((e) => e.id)).toEqual(['e3']);
  });

  it('carry their open findings', () => {
    const doc = smallDiagram();
    const first = syncFlowEdges([], doc, none, new Map(), namer);
    const next = syncFlowEdges(first, doc, none, marks({ e2: { error: 1, warning: 0 } }), namer);
    expect(next.filter((e, i) => e !== first[i]).map((e) => e.id)).toEqual(['e2']);
    expect(byId(next).get('e2')!.data!.marks).toEqual({ error: 1, warning: 0 });
  });
});
