/**
 * makeRoomBeside (beside.ts, issue 16) on small drawings worked out by hand, one condition at a time:
 * where the new thing goes, what counts as in its band across the side (only that stops or pushes it
 * in a zone; everything does at the top level), how far what lies beyond moves, the margins a zone
 * keeps, and the anchor it refuses. Products are 160 × 60; GAP and MARGIN are 20, a zone's title 40.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode } from '../../../src/core/model/types.ts';
import { PRODUCT_SIZE } from '../../../src/core/geometry/geometry.ts';
import { Draft } from '../../../src/core/edit/draft.ts';
import { makeRoomBeside, type Side } from '../../../src/core/rules/fixes/beside.ts';
import { catalog } from './support.ts';

/** A draft of one app zone of 1000 × 600 at the origin holding ECS at these positions, and top-level ECS. */
function drawing(inZone: Record<string, [number, number]>, topLevel: Record<string, [number, number]> = {}): Draft {
  const ecs = (id: string, [x, y]: [number, number], parent?: string): DiagramNode => ({ id, kind: 'product', product: 'ecs', position: { x, y }, ...(parent ? { parent } : {}) });
  const doc: Diagram = {
    format: 'mlps-designer/diagram',
    schemaVersion: 2,
    meta: { title: 't', level: 3, platform: 'alibaba-public' },
    nodes: [
      { id: 'z', kind: 'zone', zone: 'app', position: { x: 0, y: 0 }, size: { width: 1000, height: 600 } },
      ...Object.entries(inZone).map(([id, at]) => ecs(id, at, 'z')),
      ...Object.entries(topLevel).map(([id, at]) => ecs(id, at)),
    ],
    edges: [],
  };
  return new Draft(doc, catalog);
}

const at = (draft: Draft, id: string) => draft.node(id)!.position;
const room = (draft: Draft, parent: string | undefined, side: Side, across: number) => makeRoomBeside(draft, parent, 'a', PRODUCT_SIZE, side, across);

describe('makeRoomBeside in a zone', () => {
  it('right: next to the anchor, pushing what lies beyond in its band and everything beyond with it, not stopped by what is beyond outside the band', () => {
    const draft = drawing({ a: [20, 40], b: [200, 40], c: [190, 300] });
    expect(room(draft, 'z', 'right', 70)).toEqual({ position: { x: 200, y: 40 }, moved: 180 });
    expect([at(draft, 'b'), at(draft, 'c')]).toEqual([{ x: 380, y: 40 }, { x: 370, y: 300 }]);
  });

  it('right: nothing beyond in its band, nothing moves', () => {
    const draft = drawing({ a: [20, 40], c: [190, 300] });
    expect(room(draft, 'z', 'right', 70)).toEqual({ position: { x: 200, y: 40 }, moved: 0 });
    expect(at(draft, 'c')).toEqual({ x: 190, y: 300 });
  });

  it('right: past what straddles the line beside the anchor, even outside the band', () => {
    // s (x 100–260, far below) straddles x 180, the anchor's right edge: the line moves to 260.
    const draft = drawing({ a: [20, 40], s: [100, 300] });
    expect(room(draft, 'z', 'right', 70)).toEqual({ position: { x: 280, y: 40 }, moved: 0 });
  });

  it('left: one gap before the anchor, whatever lies on that side outside its band, even just outside it', () => {
    // The band is y 140–200 widened by the gap: 120–220. d2 ends at 120 and d3 starts at 220.
    const draft = drawing({ a: [400, 140], d2: [200, 60], d3: [200, 220] });
    expect(room(draft, 'z', 'left', 170)).toEqual({ position: { x: 220, y: 140 }, moved: 0 });
  });

  it('left: stopped by what lies on that side in its band, pushing the anchor along', () => {
    const draft = drawing({ a: [400, 140], d: [200, 150] });
    expect(room(draft, 'z', 'left', 170)).toEqual({ position: { x: 380, y: 140 }, moved: 160 });
    expect(at(draft, 'a')).toEqual({ x: 560, y: 140 });
  });

  it('left: keeps the zone margin from its left edge, and the zone grows to hold what moved', () => {
    const draft = drawing({ a: [40, 40] });
    expect(room(draft, 'z', 'left', 70)).toEqual({ position: { x: 20, y: 40 }, moved: 160 });
    expect(at(draft, 'a')).toEqual({ x: 200, y: 40 });
  });

  it('below: across the side it keeps the zone margin from the left edge, not the title\'s', () => {
    const draft = drawing({ a: [20, 40] });
    expect(room(draft, 'z', 'below', 0)).toEqual({ position: { x: 20, y: 120 }, moved: 0 });
  });

  it('right of an anchor at the far edge: the zone grows to hold the new thing', () => {
    const draft = drawing({ a: [820, 40] });
    expect(room(draft, 'z', 'right', 70).position).toEqual({ x: 1000, y: 40 });
    expect(draft.zone('z')!.size).toEqual({ width: 1180, height: 600 });
  });
});

describe('makeRoomBeside at the top level', () => {
  it('stays clear of everything on its side, in its band or not, with no margin to keep', () => {
    // The zone (x 0–1000) lies on that side too, but d (x 1200–1360, far below) comes nearer.
    const draft = drawing({}, { a: [1400, 0], d: [1200, 500] });
    expect(room(draft, undefined, 'left', -100)).toEqual({ position: { x: 1380, y: -130 }, moved: 160 });
    expect(at(draft, 'a')).toEqual({ x: 1560, y: 0 });
    expect(draft.zone('z')!.size).toEqual({ width: 1000, height: 600 });
  });
});

describe('makeRoomBeside refuses an anchor', () => {
  it('that is missing, or a child of another parent, naming it and the parent', () => {
    const draft = drawing({ x: [20, 40] }, { a: [1200, 0] });
    expect(() => makeRoomBeside(draft, 'z', 'nope', PRODUCT_SIZE, 'right', 70)).toThrow('nope is not a child of z');
    expect(() => makeRoomBeside(draft, 'z', 'a', PRODUCT_SIZE, 'right', 70)).toThrow('a is not a child of z');
    expect(() => makeRoomBeside(draft, undefined, 'x', PRODUCT_SIZE, 'right', 70)).toThrow('x is not a child of the top level');
  });
});
