/**
 * Making room beside a node (src/core/rules/fixes/beside.ts) and at a free spot of a zone
 * (placement.ts), on random drawings: the spot overlaps nothing (beside: it is next to the anchor on
 * the side asked for), and every node stays inside its zone below the header with nothing
 * overlapping that did not before, however full the zones and however much they grow.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode, ProductNode, ZoneNode } from '../../../src/core/model/types.ts';
import { makeRoomBeside, type Side } from '../../../src/core/rules/fixes/beside.ts';
import { Draft } from '../../../src/core/edit/draft.ts';
import { placeNode } from '../../../src/core/edit/draft-placement.ts';
import { containmentProblems, newOverlaps } from './fix-geometry.ts';
import { catalog } from './support.ts';
import { random } from '../../support/random.ts';


const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A region beside an Internet zone, holding up to 8 zones and products dropped at random free places. */
function randomDrawing(next: () => number): Diagram {
  const nodes: DiagramNode[] = [
    { id: 'internet', kind: 'zone', zone: 'internet', position: { x: 0, y: 0 }, size: { width: 240, height: 200 } },
    { id: 'region', kind: 'zone', zone: 'region', position: { x: 300, y: 0 }, size: { width: 1600, height: 1000 } },
    { id: 'below', kind: 'zone', zone: 'region', position: { x: 300, y: 1100 }, size: { width: 600, height: 300 } },
  ];
  const placed: { x: number; y: number; width: number; height: number }[] = [];
  for (let i = 0; i < 8; i++) {
    const zone = next() < 0.6;
    const size = zone ? { width: 200 + Math.floor(next() * 400), height: 120 + Math.floor(next() * 300) } : { width: 160, height: 60 };
    for (let attempt = 0; attempt < 20; attempt++) {
      const r = { x: 20 + Math.floor(next() * (1580 - size.width)), y: 40 + Math.floor(next() * (940 - size.height)), ...size };
      if (placed.some((p) => overlap(r, { x: p.x - 10, y: p.y - 10, width: p.width + 20, height: p.height + 20 }))) continue;
      placed.push(r);
      const base = { id: `n${i}`, parent: 'region', position: { x: r.x, y: r.y } };
      nodes.push(zone ? ({ ...base, kind: 'zone', zone: 'app', size } as ZoneNode) : ({ ...base, kind: 'product', product: 'ecs' } as ProductNode));
      break;
    }
  }
  const doc: Diagram = { format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: 't', level: 3, platform: 'alibaba-public' }, nodes, edges: [] };
  expect(containmentProblems(doc)).toEqual([]);
  return doc;
}

describe('making room beside a node', () => {
  it('on random drawings, for every side, gives a free spot next to the anchor and keeps everything tidy', () => {
    let checked = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const next = random(seed);
      const doc = randomDrawing(next);
      const anchors = doc.nodes.filter((n) => n.parent === 'region');
      if (anchors.length === 0) continue;
      const anchor = anchors[Math.floor(next() * anchors.length)]!;
      for (const side of ['left', 'right', 'above', 'below'] as Side[]) {
        const draft = new Draft(doc, catalog);
        const size = { width: 380, height: 180 };
        const across = Math.floor(next() * 1000);
        const { position } = makeRoomBeside(draft, 'region', anchor.id, size, side, across);
        draft.addNode<ZoneNode>({ id: 'new', kind: 'zone', zone: 'edge', parent: 'region', position, size });
        const after = draft.result();
        const what = `seed ${seed}, ${side} of ${anchor.id}`;
        expect(containmentProblems(after), what).toEqual([]);
        expect(newOverlaps(doc, after), what).toEqual([]);
        // On the side asked for: wholly beyond the anchor's edge on that side.
        const a = after.nodes.find((n) => n.id === anchor.id)!;
        const aSize = a.kind === 'zone' ? a.size : { width: 160, height: 60 };
        const onSide = {
          left: position.x + size.width <= a.position.x,
          right: position.x >= a.position.x + aSize.width,
          above: position.y + size.height <= a.position.y,
          below: position.y >= a.position.y + aSize.height,
        }[side];
        expect(onSide, what).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('placing at a free spot', () => {
  it('on random drawings, products dropped into random zones one after another keep everything tidy', () => {
    let placedCount = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed * 31);
      const doc = randomDrawing(next);
      const zones = doc.nodes.filter((n) => n.kind === 'zone' && n.id !== 'internet').map((n) => n.id);
      const draft = new Draft(doc, catalog);
      for (let i = 0; i < 30; i++) {
        const parent = zones[Math.floor(next() * zones.length)]!;
        placeNode<ProductNode>(draft, { id: `p${i}`, kind: 'product', product: 'ecs', parent, position: { x: 0, y: 0 } });
        placedCount++;
      }
      const after = draft.result();
      expect(containmentProblems(after), `seed ${seed}`).toEqual([]);
      expect(newOverlaps(doc, after), `seed ${seed}`).toEqual([]);
    }
    expect(placedCount).toBe(1800);
  });
});
