/**
 * The editor session under thousands of random operation sequences, driven exactly as the UI drives
 * it (the same commands, the drop computed as the canvas computes it). After every step: every node
 * lies inside its zone, and what the app placed overlaps no sibling; after the sequence, undoing
 * everything gives back the empty document.
 *
 * Seeded for a reproducible CI run; PROPERTY_SEED=<n> explores another seed, PROPERTY_RUNS=<n> more
 * runs. A failure prints its seed and the shrunk sequence (fast-check).
 */
import { rulesEngine } from '../../../src/session/rules-engine-core.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containmentViolations } from '../../../src/core/edit/containment.ts';
import { dropMoves } from '../../../src/core/edit/drop.ts';
import { extractFragment } from '../../../src/core/edit/fragment.ts';
import { absolutePositions, nodeSize } from '../../../src/core/geometry/geometry.ts';
import { rectsOverlap } from '../../../src/core/geometry/zone-frame.ts';
import { prepareLayout } from '../../../src/core/layout/layout-diagram.ts';
import type { Diagram, DiagramNode, ZoneKind } from '../../../src/core/model/types.ts';
import { checkDiagram, fixKey } from '../../../src/core/rules/index.ts';
import { nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import * as commands from '../../../src/session/commands/index.ts';
import { createSession, type Session } from '../../../src/session/session.ts';
import { catalog } from '../../support/catalog.ts';

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261203);
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 2000);

const PRODUCTS = ['ecs', 'rds', 'slb', 'waf', 'internet_user', 'bastionhost', 'oss', 'ddos_pro', 'sls'];
const ZONES: ZoneKind[] = ['region', 'vpc', 'dmz', 'app', 'data', 'mgmt', 'internet', 'edge'];

const pick = <T,>(list: readonly T[], k: number): T | undefined => (list.length === 0 ? undefined : list[k % list.length]);
const coord = fc.integer({ min: -200, max: 1600 });
/** Where an operation aims: mostly somewhere in (or just beside) an existing zone, else anywhere. */
const aimArb = fc.record({ z: fc.nat(), fx: fc.double({ min: -0.2, max: 1.2, noNaN: true }), fy: fc.double({ min: -0.2, max: 1.2, noNaN: true }), x: coord, y: coord });
type Aim = { z: number; fx: number; fy: number; x: number; y: number };

function aimed(doc: Diagram, aim: Aim) {
  const zones = doc.nodes.filter((n) => n.kind === 'zone');
  const zone = aim.z % 4 === 3 ? undefined : pick(zones, aim.z);
  if (zone?.kind !== 'zone') return { x: aim.x, y: aim.y };
  const at = absolutePositions(doc).get(zone.id)!;
  return { x: at.x + aim.fx * zone.size.width, y: at.y + aim.fy * zone.size.height };
}

type Op =
  | { op: 'addProduct'; k: number; aim: Aim }
  | { op: 'addZone'; k: number; aim: Aim }
  | { op: 'drag'; k: number; dx: number; dy: number }
  | { op: 'nudge'; k: number; dx: number; dy: number }
  | { op: 'moveInto'; k: number; z: number }
  | { op: 'resize'; k: number; dw: number; dh: number; fromTopLeft: boolean }
  | { op: 'paste'; k: number; aim: Aim }
  | { op: 'duplicate'; k: number }
  | { op: 'delete'; k: number }
  | { op: 'connect'; a: number; b: number }
  | { op: 'fix'; k: number }
  | { op: 'tidy' }
  | { op: 'undo' }
  | { op: 'redo' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('addProduct' as const), k: fc.nat(), aim: aimArb }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('addZone' as const), k: fc.nat(), aim: aimArb }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('drag' as const), k: fc.nat(), dx: fc.integer({ min: -600, max: 600 }), dy: fc.integer({ min: -600, max: 600 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('nudge' as const), k: fc.nat(), dx: fc.integer({ min: -100, max: 100 }), dy: fc.integer({ min: -100, max: 100 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('moveInto' as const), k: fc.nat(), z: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('resize' as const), k: fc.nat(), dw: fc.integer({ min: -600, max: 400 }), dh: fc.integer({ min: -600, max: 400 }), fromTopLeft: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('paste' as const), k: fc.nat(), aim: aimArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), k: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), k: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('fix' as const), k: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'tidy' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'redo' as const }) },
);

const empty = (): Diagram => ({ format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: '属性测试', level: 3, platform: 'alibaba-public' }, nodes: [], edges: [] });

/** Nodes the last step placed (new ids): none of them may overlap a sibling. */
function overlapsOfNew(before: Diagram, after: Diagram): string[] {
  const old = new Set(before.nodes.map((n) => n.id));
  const rect = (n: DiagramNode) => ({ ...n.position, ...nodeSize(n) });
  const out: string[] = [];
  for (const node of after.nodes) {
    if (old.has(node.id)) continue;
    for (const other of after.nodes) {
      if (other.id !== node.id && other.parent === node.parent && rectsOverlap(rect(node), rect(other))) out.push(`${node.id} overlaps ${other.id}`);
    }
  }
  return out;
}

async function step(session: Session, op: Op): Promise<'placed' | 'other'> {
  const { doc } = session.editor.getState();
  const nodes = doc.nodes;
  const products = nodes.filter((n) => n.kind === 'product');
  const zones = nodes.filter((n) => n.kind === 'zone');
  switch (op.op) {
    case 'addProduct':
      session.run(commands.addProduct, { product: pick(PRODUCTS, op.k)!, center: aimed(doc, op.aim) });
      return 'placed';
    case 'addZone':
      session.run(commands.addZone, { zone: pick(ZONES, op.k)!, cursor: aimed(doc, op.aim) });
      return 'placed';
    case 'drag': {
      const node = pick(nodes, op.k);
      if (!node) return 'other';
      const at = absolutePositions(doc).get(node.id)!;
      const moves = dropMoves(doc, [node.id], () => ({ x: at.x + op.dx, y: at.y + op.dy }));
      session.run(commands.move, { moves });
      return 'other';
    }
    case 'nudge': {
      const node = pick(nodes, op.k);
      if (node) session.run(commands.nudge, { ids: [node.id], delta: { x: op.dx, y: op.dy } });
      return 'other';
    }
    case 'moveInto': {
      const node = pick(nodes, op.k);
      const zone = pick([null, ...zones.map((z) => z.id)], op.z);
      if (node && zone !== undefined) session.run(commands.moveInto, { ids: [node.id], zone });
      return 'other';
    }
    case 'resize': {
      const zone = pick(zones, op.k);
      if (zone?.kind !== 'zone') return 'other';
      const size = { width: zone.size.width + op.dw, height: zone.size.height + op.dh };
      const position = op.fromTopLeft ? { x: zone.position.x - op.dw, y: zone.position.y - op.dh } : zone.position;
      session.run(commands.resize, { id: zone.id, size, position });
      return 'other';
    }
    case 'paste': {
      const node = pick(nodes, op.k);
      if (node) session.run(commands.paste, { fragment: extractFragment(doc, [node.id]), at: aimed(doc, op.aim) });
      return 'placed';
    }
    case 'duplicate': {
      const node = pick(nodes, op.k);
      if (!node) return 'other';
      session.editor.getState().select({ nodes: new Set([node.id]), edges: new Set() });
      session.run(commands.duplicate, {});
      return 'placed';
    }
    case 'delete': {
      const node = pick(nodes, op.k);
      if (node) session.run(commands.deleteElements, { ids: [node.id] });
      return 'other';
    }
    case 'connect': {
      const a = pick(products, op.a);
      const b = pick(products, op.b);
      if (a && b) session.run(commands.connect, { source: a.id, target: b.id, kind: 'traffic' });
      return 'other';
    }
    case 'fix': {
      const fixes = new Map(checkDiagram(doc, catalog).findings.flatMap((f) => (f.fix ? [[fixKey(f.fix.change), f.fix.change] as const] : [])));
      const key = pick([...fixes.keys()], op.k);
      if (key) session.run(commands.applyFix, { fix: fixes.get(key)!, what: key });
      return 'placed';
    }
    case 'tidy': {
      const request = prepareLayout(doc, catalog, { kind: 'diagram' });
      if (!request) return 'other';
      const after = request.apply(await nodeLayoutEngine(request.graph));
      session.run(commands.applyLayout, { before: doc, after });
      return 'other';
    }
    case 'undo':
      session.undo();
      return 'other';
    case 'redo':
      session.redo();
      return 'other';
  }
}

describe('editor session: random operation sequences', () => {
  it(`keeps every node inside its zone and undoes back to the empty document (${RUNS} sequences, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 24 }), async (ops) => {
        const start = empty();
        const session = createSession(start, catalog, { rules: rulesEngine });
        for (const op of ops) {
          const before = session.editor.getState().doc;
          const kind = await step(session, op);
          const after = session.editor.getState().doc;
          expect(containmentViolations(after), `after ${JSON.stringify(op)}`).toEqual([]);
          if (kind === 'placed') expect(overlapsOfNew(before, after), `after ${JSON.stringify(op)}`).toEqual([]);
        }
        while (session.editor.getState().history.past.length > 0) session.undo();
        expect(session.editor.getState().doc).toEqual(start);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  }, 600_000);
});
