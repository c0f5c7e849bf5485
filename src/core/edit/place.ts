/**
 * Placement that feels designed: what the user adds, pastes or duplicates lands in the zone they
 * aimed at, at the free spot nearest to where they aimed, never over what is there and never beyond
 * its zone (the zone grows when it is full). A dropped zone takes the largest size, up to its
 * catalog default, that fits the free room under the cursor; at the top level it stays on screen.
 */
import type { Catalog } from '../catalog/types.ts';
import { absolutePositions, diagramBounds, nodeSize, PRODUCT_SIZE, zoneUnder, type Rect } from '../geometry/geometry.ts';
import { innerBox, ZONE_MIN_SIZE } from '../geometry/zone-frame.ts';
import type { Diagram, DiagramNode, Position, ProductNode, Size, ZoneKind, ZoneNode } from '../model/types.ts';
import { Draft } from './draft.ts';
import { freeSpot } from './draft-placement.ts';
import { indexOf } from '../index/diagram-index.ts';
import { containNodes, contained } from './containment.ts';
import { draggedRoots } from './dragged-roots.ts';
import { moveNodes } from './nodes.ts';
import { insertFragment } from './fragment.ts';
import { nearestFree, PRODUCT_CELLS } from './free-space.ts';
import type { EditResult } from './result.ts';

/** Where something may go in a parent, in the parent's own coordinates. */
interface Room {
  /** Parent zone id; undefined for the top level. */
  parent: string | undefined;
  /** Absolute position of the parent's top-left corner (0,0 at the top level). */
  origin: Position;
  bounds: Rect | undefined;
  taken: Rect[];
}

function roomIn(doc: Diagram, parent: ZoneNode | undefined, view: Rect | undefined): Room {
  const origin = parent ? absolutePositions(doc).get(parent.id)! : { x: 0, y: 0 };
  const taken = doc.nodes.filter((n) => n.parent === parent?.id).map((n) => ({ ...n.position, ...nodeSize(n) }));
  return { parent: parent?.id, origin, bounds: parent ? innerBox(parent.size) : view, taken };
}

const relative = (p: Position, origin: Position): Position => ({ x: p.x - origin.x, y: p.y - origin.y });
const centred = (center: Position, size: Size): Position => ({ x: center.x - size.width / 2, y: center.y - size.height / 2 });

/**
 * Near the aimed point first; anywhere in the room next; else a new row of the zone (which grows).
 * A product in a zone goes into the zone's product cells, so products added one by one line up.
 */
function spotFor(draft: Draft, room: Room, size: Size, near: Position, cells?: typeof PRODUCT_CELLS): Position {
  const query = { size, near: relative(near, room.origin), taken: room.taken, ...(cells && room.parent !== undefined ? { grid: cells } : {}) };
  const spot = nearestFree({ ...query, ...(room.bounds ? { bounds: room.bounds } : {}) }) ?? (room.parent === undefined ? nearestFree(query) : undefined);
  return spot ?? freeSpot(draft, room.parent, size);
}

export interface PlaceOptions {
  /** The visible canvas (absolute): what lands at the top level stays inside it when it fits. */
  view?: Rect;
}

/** Add a product centred as near `center` (absolute) as there is room, in the zone under it. */
export function addProductAt(doc: Diagram, catalog: Catalog, product: string, center: Position, options: PlaceOptions = {}): { doc: Diagram; id: string } {
  const at = centred(center, PRODUCT_SIZE);
  const parent = zoneUnder(doc, at, PRODUCT_SIZE);
  const draft = new Draft(doc, catalog);
  const position = spotFor(draft, roomIn(doc, parent, options.view), PRODUCT_SIZE, at, PRODUCT_CELLS);
  const node = draft.addNode<ProductNode>({
    id: draft.ids.next(product),
    kind: 'product',
    product,
    ...(parent ? { parent: parent.id } : {}),
    position,
  });
  containNodes(draft, [node.id]);
  return { doc: draft.result(), id: node.id };
}

/** Sizes a dropped zone tries, largest first: its default, then smaller ones down to the minimum. */
function sizesFor(wanted: Size, bounds: Rect | undefined): Size[] {
  const sizes: Size[] = [];
  for (const scale of [1, 0.85, 0.7, 0.55, 0.4]) {
    const width = Math.round(Math.max(ZONE_MIN_SIZE.width, Math.min(wanted.width * scale, bounds?.width ?? Infinity)) / 10) * 10;
    const height = Math.round(Math.max(ZONE_MIN_SIZE.height, Math.min(wanted.height * scale, bounds?.height ?? Infinity)) / 10) * 10;
    const fitted = { width: bounds ? Math.min(width, Math.floor(bounds.width)) : width, height: bounds ? Math.min(height, Math.floor(bounds.height)) : height };
    if (!sizes.some((s) => s.width === fitted.width && s.height === fitted.height)) sizes.push(fitted);
  }
  return sizes;
}

/** How far from the cursor (grid steps) a dropped zone may move before a smaller size is tried. */
const NEAR_CURSOR_RINGS = 12;

/**
 * Add a zone of `kind` at the cursor (absolute): inside the innermost zone under it, as large as the
 * free room there allows (up to the catalog default), covering nothing.
 */
export function addZoneAt(doc: Diagram, catalog: Catalog, kind: ZoneKind, cursor: Position, options: PlaceOptions = {}): { doc: Diagram; id: string } {
  const parent = zoneUnder(doc, cursor, { width: 0, height: 0 });
  const room = roomIn(doc, parent, options.view);
  const draft = new Draft(doc, catalog);
  const sizes = sizesFor(catalog.zone(kind).defaultSize, room.bounds);
  let size = sizes[0]!;
  let position: Position | undefined;
  for (const rings of [NEAR_CURSOR_RINGS, undefined]) {
    for (const candidate of sizes) {
      const query = { size: candidate, near: relative(centred(cursor, candidate), room.origin), taken: room.taken, ...(room.bounds ? { bounds: room.bounds } : {}) };
      position = nearestFree(rings === undefined ? query : { ...query, maxRings: rings });
      if (position) {
        size = candidate;
        break;
      }
    }
    if (position) break;
  }
  if (!position) {
    // No room anywhere: at the top level beside everything, in a zone a new row (the zone grows).
    size = sizes[0]!;
    position = room.parent === undefined ? nearestFree({ size, near: centred(cursor, size), taken: room.taken }) : undefined;
    position ??= freeSpot(draft, room.parent, size);
  }
  const node = draft.addNode<ZoneNode>({
    id: draft.ids.next(kind),
    kind: 'zone',
    zone: kind,
    ...(room.parent !== undefined ? { parent: room.parent } : {}),
    position,
    size,
  });
  containNodes(draft, [node.id]);
  return { doc: draft.result(), id: node.id };
}

export interface FragmentPlacement {
  /** Where the fragment's top-left corner is aimed (absolute). */
  at: Position;
  /** The zone it goes into (null: the top level); by default the innermost zone under its centre. */
  into?: string | null;
  view?: Rect;
}

/**
 * Paste or duplicate: each top-level node of the fragment goes into the zone under where it is aimed
 * (the zone of its original, when pasted beside it) unless `into` says where; the nodes going into
 * one zone move as one block, to the free spot there nearest to where they were aimed. Every node
 * and edge gets a fresh id.
 */
export function insertFragmentAt(
  doc: Diagram,
  catalog: Catalog,
  fragment: Diagram,
  placement: FragmentPlacement,
): EditResult<{ nodeIds: string[]; edgeIds: string[] }> {
  const bounds = diagramBounds(fragment);
  if (!bounds) return { ok: false, reason: 'nothingToPaste' };
  const shift = { x: placement.at.x - bounds.x, y: placement.at.y - bounds.y };
  const tops = fragment.nodes.filter((n) => n.parent === undefined);
  // Where each top-level node goes.
  const zones = new Map(doc.nodes.flatMap((n) => (n.kind === 'zone' ? [[n.id, n] as const] : [])));
  const parentOf = new Map<string, ZoneNode | undefined>();
  for (const top of tops) {
    const aimed = { x: top.position.x + shift.x, y: top.position.y + shift.y };
    parentOf.set(top.id, placement.into === undefined ? zoneUnder(doc, aimed, nodeSize(top)) : placement.into === null ? undefined : zones.get(placement.into));
  }
  // One block per target zone, placed at the free spot nearest to where it was aimed.
  const draft = new Draft(doc, catalog);
  const finalAt = new Map<string, Position>();
  for (const parent of new Set(parentOf.values())) {
    const members = tops.filter((t) => parentOf.get(t.id) === parent);
    const box = blockBounds(members);
    const room = roomIn(doc, parent, placement.view);
    const spot = spotFor(draft, room, { width: box.width, height: box.height }, { x: box.x + shift.x, y: box.y + shift.y });
    const dx = room.origin.x + spot.x - box.x;
    const dy = room.origin.y + spot.y - box.y;
    for (const m of members) finalAt.set(m.id, { x: m.position.x + dx, y: m.position.y + dy });
  }
  const placed: Diagram = { ...fragment, nodes: fragment.nodes.map((n) => (finalAt.has(n.id) ? { ...n, position: finalAt.get(n.id)! } : n)) };
  const result = insertFragment(draft.result(), placed, { x: 0, y: 0 }, (id) => parentOf.get(id)?.id ?? null);
  if (!result.ok) return result;
  const settle = new Draft(result.doc, catalog);
  const inserted = new Set(result.nodeIds);
  containNodes(settle, result.doc.nodes.filter((n) => inserted.has(n.id) && (n.parent === undefined || !inserted.has(n.parent))).map((n) => n.id));
  return { ...result, doc: settle.result() };
}

function blockBounds(nodes: readonly DiagramNode[]): Rect {
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const right = Math.max(...nodes.map((n) => n.position.x + nodeSize(n).width));
  const bottom = Math.max(...nodes.map((n) => n.position.y + nodeSize(n).height));
  return { x: Math.min(...xs), y: Math.min(...ys), width: right - Math.min(...xs), height: bottom - Math.min(...ys) };
}

/**
 * Put nodes into a zone (null: the top level) from the keyboard or a menu: each at the free spot of
 * that zone nearest its top-left, keeping its contents; refused where a zone would hold itself.
 */
export function moveIntoZone(doc: Diagram, catalog: Catalog, ids: readonly string[], into: string | null): EditResult {
  const index = indexOf(doc);
  const zone = into === null ? undefined : index.node(into);
  if (into !== null && zone?.kind !== 'zone') return { ok: false, reason: 'parentNotZone' };
  const roots = draggedRoots(doc, ids).filter((id) => (index.node(id)?.parent ?? null) !== into);
  if (roots.length === 0) return { ok: true, doc };
  for (const id of roots) if (into !== null && (id === into || index.isAncestor(id, into))) return { ok: false, reason: 'parentIsDescendant' };
  let next = doc;
  for (const id of roots) {
    const node = indexOf(next).node(id)!;
    const parent = into === null ? undefined : (indexOf(next).node(into) as ZoneNode);
    const draft = new Draft(next, catalog);
    const room = roomIn(next, parent, undefined);
    const aim = parent ? { x: room.origin.x + ZONE_INSET_AIM.x, y: room.origin.y + ZONE_INSET_AIM.y } : (absolutePositions(next).get(id) ?? node.position);
    const spot = spotFor(draft, room, nodeSize(node), aim, node.kind === 'product' ? PRODUCT_CELLS : undefined);
    const moved = moveNodes(draft.result(), [{ id, at: { x: room.origin.x + spot.x, y: room.origin.y + spot.y }, parent: into }]);
    if (!moved.ok) return moved;
    next = contained(moved.doc, [id], catalog);
  }
  return { ok: true, doc: next };
}

/** Where in a zone a node moved in from the keyboard is aimed: its first cell, under the header. */
const ZONE_INSET_AIM = { x: 20, y: 40 };
