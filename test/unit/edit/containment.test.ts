/**
 * The drawing is the design: what the user saw go wrong (issue 10, items 1-4), each as the edit the
 * editor runs, with the invariant checked on the result.
 */
import { describe, expect, it } from 'vitest';
import { moveContained, nudgeNodes, resizeContained, canHold } from '../../../src/core/edit/contained-edits.ts';
import { containmentViolations } from '../../../src/core/edit/containment.ts';
import { extractFragment } from '../../../src/core/edit/fragment.ts';
import { addProductAt, addZoneAt, insertFragmentAt, moveIntoZone } from '../../../src/core/edit/place.ts';
import { absolutePositions, nodeRect, nodeSize, PRODUCT_SIZE, type Rect } from '../../../src/core/geometry/geometry.ts';
import { rectsOverlap, ZONE_INSET } from '../../../src/core/geometry/zone-frame.ts';
import type { Diagram, DiagramNode, ZoneNode } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram as tightDiagram } from '../../support/documents.ts';

/** The small test design, with room around its Internet user (its zone is drawn exactly as wide). */
function smallDiagram(): Diagram {
  const doc = tightDiagram();
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === 'internet' && n.kind === 'zone' ? { ...n, size: { width: 220, height: 200 } } : n)) };
}

const zone = (doc: Diagram, id: string) => doc.nodes.find((n): n is ZoneNode => n.id === id && n.kind === 'zone')!;
const node = (doc: Diagram, id: string) => doc.nodes.find((n) => n.id === id)!;
const rel = (n: DiagramNode): Rect => ({ ...n.position, ...nodeSize(n) });

function siblingOverlaps(doc: Diagram, id: string): string[] {
  const self = node(doc, id);
  return doc.nodes.filter((n) => n.id !== id && n.parent === self.parent && rectsOverlap(rel(n), rel(self))).map((n) => n.id);
}

describe('resizing a zone (item 1)', () => {
  it('stops at its contents when dragged smaller than them from the bottom-right corner', () => {
    const doc = smallDiagram();
    const next = resizeContained(doc, 'dmz', { width: 60, height: 50 }, zone(doc, 'dmz').position, catalog);
    const slb = node(next, 'slb');
    expect(zone(next, 'dmz').size).toEqual({ width: slb.position.x + PRODUCT_SIZE.width + ZONE_INSET.right, height: slb.position.y + PRODUCT_SIZE.height + ZONE_INSET.bottom });
    expect(slb.parent).toBe('dmz');
    expect(containmentViolations(next)).toEqual([]);
  });

  it('stops at its contents from the top-left corner, the products staying where they are drawn', () => {
    const doc = smallDiagram();
    const before = absolutePositions(doc).get('slb')!;
    const dmz = zone(doc, 'dmz');
    const next = resizeContained(doc, 'dmz', { width: 100, height: 80 }, { x: dmz.position.x + 200, y: dmz.position.y + 120 }, catalog);
    expect(absolutePositions(next).get('slb')).toEqual(before);
    expect(node(next, 'slb').position).toEqual({ x: ZONE_INSET.left, y: ZONE_INSET.top });
    expect(containmentViolations(next)).toEqual([]);
  });

  it('says while dragging whether a size still holds the contents', () => {
    const doc = smallDiagram();
    const dmz = zone(doc, 'dmz');
    expect(canHold(doc, 'dmz', dmz.size, dmz.position)).toBe(true);
    expect(canHold(doc, 'dmz', { width: 150, height: dmz.size.height }, dmz.position)).toBe(false);
  });

  it('makes its own zone grow when resized past its right edge', () => {
    const doc = smallDiagram();
    const data = zone(doc, 'data');
    const next = resizeContained(doc, 'data', { width: 700, height: data.size.height }, data.position, catalog);
    const vpc = zone(next, 'vpc');
    expect(vpc.size.width).toBeGreaterThanOrEqual(data.position.x + 700 + ZONE_INSET.right);
    expect(containmentViolations(next)).toEqual([]);
  });
});

describe('nudging with the arrow keys (item 2)', () => {
  it('stops at the zone edge and never leaves the zone', () => {
    let doc = smallDiagram();
    for (let i = 0; i < 40; i++) doc = nudgeNodes(doc, ['ecs'], { x: 100, y: 0 });
    const ecs = node(doc, 'ecs');
    expect(ecs.parent).toBe('app');
    expect(ecs.position.x + PRODUCT_SIZE.width).toBe(zone(doc, 'app').size.width - ZONE_INSET.right);
    expect(containmentViolations(doc)).toEqual([]);
  });

  it('moves a selection together, stopping all of it when one reaches the edge', () => {
    let doc = smallDiagram();
    doc = nudgeNodes(doc, ['dmz', 'app'], { x: 0, y: -500 });
    expect(zone(doc, 'dmz').position.y).toBe(ZONE_INSET.top);
    expect(zone(doc, 'app').position.y).toBe(ZONE_INSET.top);
  });

  it('moves a top-level node freely', () => {
    const doc = nudgeNodes(smallDiagram(), ['internet'], { x: -50, y: 0 });
    expect(zone(doc, 'internet').position.x).toBe(-50);
  });
});

describe('dropping zones (item 3)', () => {
  const empty = (): Diagram => ({ ...smallDiagram(), nodes: [], edges: [] });

  it('keeps a region dropped near the top-left corner of the view on screen', () => {
    const view = { x: 0, y: 0, width: 1300, height: 800 };
    const { doc, id } = addZoneAt(empty(), catalog, 'region', { x: 30, y: 30 }, { view });
    const rect = nodeRect(doc, id)!;
    expect(rect.x).toBeGreaterThanOrEqual(view.x);
    expect(rect.y).toBeGreaterThanOrEqual(view.y);
    expect(rect.x + rect.width).toBeLessThanOrEqual(view.x + view.width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(view.y + view.height);
  });

  it('fits a DMZ dropped into a VPC inside the VPC, beside what is there', () => {
    const doc = smallDiagram();
    const vpcAt = absolutePositions(doc).get('vpc')!;
    const vpc = zone(doc, 'vpc');
    const { doc: next, id } = addZoneAt(doc, catalog, 'dmz', { x: vpcAt.x + vpc.size.width - 20, y: vpcAt.y + vpc.size.height - 20 });
    expect(node(next, id).parent).toBe('vpc');
    expect(siblingOverlaps(next, id)).toEqual([]);
    expect(containmentViolations(next)).toEqual([]);
    // It fits the room there: the VPC did not have to grow.
    expect(zone(next, 'vpc').size).toEqual(vpc.size);
  });

  it('never covers a zone (and its database) already in the region', () => {
    let doc = empty();
    const region = addZoneAt(doc, catalog, 'region', { x: 600, y: 400 });
    doc = region.doc;
    const regionAt = absolutePositions(doc).get(region.id)!;
    const data = addZoneAt(doc, catalog, 'data', { x: regionAt.x + 250, y: regionAt.y + 150 });
    doc = addProductAt(data.doc, catalog, 'rds', { x: regionAt.x + 250, y: regionAt.y + 150 }).doc;
    // Dropped on the region's free part, beside the data zone.
    const vpc = addZoneAt(doc, catalog, 'vpc', { x: regionAt.x + 700, y: regionAt.y + 450 });
    expect(node(vpc.doc, vpc.id).parent).toBe(region.id);
    expect(siblingOverlaps(vpc.doc, vpc.id)).toEqual([]);
    expect(containmentViolations(vpc.doc)).toEqual([]);
  });

  it('keeps a second VPC inside its region', () => {
    let doc = empty();
    const region = addZoneAt(doc, catalog, 'region', { x: 600, y: 400 });
    const at = absolutePositions(region.doc).get(region.id)!;
    doc = addZoneAt(region.doc, catalog, 'vpc', { x: at.x + 400, y: at.y + 300 }).doc;
    // The first VPC fills the region: the second, dropped on the region's edge, makes it grow.
    const second = addZoneAt(doc, catalog, 'vpc', { x: at.x + 990, y: at.y + 670 });
    expect(node(second.doc, second.id).parent).toBe(region.id);
    expect(siblingOverlaps(second.doc, second.id)).toEqual([]);
    expect(containmentViolations(second.doc)).toEqual([]);
  });
});

describe('placing products (item 4)', () => {
  it('fits four products in a default DMZ without overflow or overlap', () => {
    const empty: Diagram = { ...smallDiagram(), nodes: [], edges: [] };
    const dmz = addZoneAt(empty, catalog, 'dmz', { x: 300, y: 300 });
    let doc = dmz.doc;
    const size = zone(doc, dmz.id).size;
    const center = { x: 300, y: 300 };
    const ids: string[] = [];
    for (const product of ['slb', 'waf', 'ecs', 'eip']) {
      const added = addProductAt(doc, catalog, product, center);
      doc = added.doc;
      ids.push(added.id);
    }
    expect(zone(doc, dmz.id).size).toEqual(size);
    for (const id of ids) {
      expect(node(doc, id).parent).toBe(dmz.id);
      expect(siblingOverlaps(doc, id)).toEqual([]);
    }
    expect(containmentViolations(doc)).toEqual([]);
  });

  it('cascades products added at the same point instead of stacking them', () => {
    let doc: Diagram = { ...smallDiagram(), nodes: [], edges: [] };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const added = addProductAt(doc, catalog, 'ecs', { x: 500, y: 400 });
      doc = added.doc;
      ids.push(added.id);
    }
    const positions = new Set(ids.map((id) => JSON.stringify(node(doc, id).position)));
    expect(positions.size).toBe(5);
    for (const id of ids) expect(siblingOverlaps(doc, id)).toEqual([]);
  });

  it('grows a full zone rather than letting a product stick out', () => {
    let doc = smallDiagram();
    const at = absolutePositions(doc).get('dmz')!;
    for (let i = 0; i < 6; i++) doc = addProductAt(doc, catalog, 'waf', { x: at.x + 100, y: at.y + 100 }).doc;
    expect(containmentViolations(doc)).toEqual([]);
    expect(doc.nodes.filter((n) => n.parent === 'dmz')).toHaveLength(7);
  });

  it('pastes a copy beside its original, inside the same zone, over nothing', () => {
    const doc = smallDiagram();
    const at = absolutePositions(doc).get('slb')!;
    const result = insertFragmentAt(doc, catalog, extractFragment(doc, ['slb']), { at: { x: at.x + 12, y: at.y + 12 } });
    if (!result.ok) throw new Error(result.reason);
    const copy = node(result.doc, result.nodeIds[0]!);
    expect(copy.parent).toBe('dmz');
    expect(siblingOverlaps(result.doc, copy.id)).toEqual([]);
    expect(containmentViolations(result.doc)).toEqual([]);
  });

  it('moves a node into a zone from the keyboard at a free spot there', () => {
    const doc = smallDiagram();
    const result = moveIntoZone(doc, catalog, ['ecs'], 'dmz');
    if (!result.ok) throw new Error(result.reason);
    expect(node(result.doc, 'ecs').parent).toBe('dmz');
    expect(siblingOverlaps(result.doc, 'ecs')).toEqual([]);
    expect(containmentViolations(result.doc)).toEqual([]);
    expect(moveIntoZone(doc, catalog, ['vpc'], 'dmz')).toEqual({ ok: false, reason: 'parentIsDescendant' });
  });
});

describe('dragging against a zone edge', () => {
  it('grows the zone (and its ancestors) when a product is dropped over its right edge', () => {
    const doc = smallDiagram();
    const at = absolutePositions(doc).get('data')!;
    const data = zone(doc, 'data');
    const result = moveContained(doc, [{ id: 'rds', at: { x: at.x + data.size.width - 100, y: at.y + 60 }, parent: 'data' }], catalog);
    if (!result.ok) throw new Error(result.reason);
    expect(zone(result.doc, 'data').size.width).toBeGreaterThan(data.size.width);
    expect(containmentViolations(result.doc)).toEqual([]);
  });

  it('stops a product dropped over the top edge of its zone at the header', () => {
    const doc = smallDiagram();
    const at = absolutePositions(doc).get('app')!;
    const result = moveContained(doc, [{ id: 'ecs', at: { x: at.x + 40, y: at.y - 20 }, parent: 'app' }], catalog);
    if (!result.ok) throw new Error(result.reason);
    expect(node(result.doc, 'ecs').position.y).toBe(ZONE_INSET.top);
  });
});
