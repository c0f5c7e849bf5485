/**
 * Where things belong in the drawing, derived from what they are (zone kind, product category), not
 * from where the user put them: the reference layout of mlps-controls.md §2 reads left to right
 * Internet → boundary → DMZ → application → data, with the management side (安全管理区, 运维区, the
 * managed security services) and disaster recovery beside the main flow, below it.
 *
 * Each node gets a column (its order along the flow among its siblings) and a band: `main` nodes
 * carry the business flow; `side` nodes sit below the main ones of their column. The layout turns
 * columns into ordering edges between siblings (sibling-order.ts) and bands into two stacked band
 * nodes, main above side (to-elk.ts).
 */
import type { Catalog } from '../catalog/types.ts';
import type { DiagramIndex } from '../index/diagram-index.ts';
import type { DiagramNode, ZoneKind } from '../model/types.ts';

export type Band = 'main' | 'side';

export interface FlowPlace {
  column: number;
  band: Band;
}

/** Columns of the zone kinds along the flow; outside networks first. */
const ZONE_COLUMN: Record<ZoneKind, number> = {
  internet: 0, office: 0, idc: 0,
  region: 1, edge: 1,
  vpc: 2, dmz: 2, ops: 2,
  app: 3, mgmt: 3, devtest: 3, group: 3,
  data: 4,
  backup: 5,
};

/** Zone kinds that stand beside the business flow rather than in it. */
const SIDE_ZONES: ReadonlySet<ZoneKind> = new Set(['mgmt', 'ops', 'backup', 'devtest']);

/** Columns of the product categories (catalog/categories.json) along the flow. */
const CATEGORY_COLUMN: Record<string, number> = { external: 0, boundary: 1, network: 2, compute: 3, data: 4 };

/** Categories of the security-management plane: the managed security services go beside the flow. */
const SIDE_CATEGORIES: ReadonlySet<string> = new Set(['security_management', 'crypto', 'services']);

/** Zones that only group others (region, VPC, group) take their band from what they hold. */
const CONTAINER_ZONES: ReadonlySet<ZoneKind> = new Set(['region', 'vpc', 'group']);

export function flowPlaces(index: DiagramIndex, catalog: Catalog): Map<string, FlowPlace> {
  const places = new Map<string, FlowPlace>();
  // Children before parents, so a container can look at what it holds.
  const order = [...index.parentsFirst].reverse();
  for (const node of order) places.set(node.id, placeOf(node, index, catalog, places));
  return places;
}

function placeOf(node: DiagramNode, index: DiagramIndex, catalog: Catalog, places: ReadonlyMap<string, FlowPlace>): FlowPlace {
  if (node.kind === 'product') {
    const category = catalog.product(node.product)?.category ?? 'compute';
    if (SIDE_CATEGORIES.has(category)) return { column: 3, band: 'side' };
    // A backup copy belongs to disaster recovery, beside the flow like the backup zone.
    if (index.incoming(node.id).some((e) => e.kind === 'backup')) return { column: CATEGORY_COLUMN[category] ?? 4, band: 'side' };
    return { column: CATEGORY_COLUMN[category] ?? 3, band: 'main' };
  }
  const column = ZONE_COLUMN[node.zone];
  if (SIDE_ZONES.has(node.zone)) return { column, band: 'side' };
  if (!CONTAINER_ZONES.has(node.zone)) return { column, band: 'main' };
  // A container holding only side things (a disaster-recovery region, a management VPC) is side too.
  const kids = index.children(node.id).map((kid) => places.get(kid.id)!);
  const band: Band = kids.length > 0 && kids.every((p) => p.band === 'side') ? 'side' : 'main';
  if (node.zone !== 'group') return { column, band };
  // A free group stands where the earliest of its contents stands.
  return { column: kids.length > 0 ? Math.min(...kids.map((p) => p.column)) : column, band };
}

/**
 * The partition (column along the flow) of each sibling: side nodes moved onto the nearest column the main
 * nodes of the group use (so they sit below one, instead of opening a column of their own).
 */
export function partitionsOf(siblings: readonly DiagramNode[], places: ReadonlyMap<string, FlowPlace>): Map<string, number> {
  const mainColumns = [...new Set(siblings.map((n) => places.get(n.id)!).filter((p) => p.band === 'main').map((p) => p.column))].sort((a, b) => a - b);
  const out = new Map<string, number>();
  for (const node of siblings) {
    const place = places.get(node.id)!;
    if (place.band === 'main' || mainColumns.length === 0) out.set(node.id, place.column);
    else out.set(node.id, nearest(mainColumns, place.column));
  }
  return out;
}

function nearest(sorted: readonly number[], value: number): number {
  let best = sorted[0]!;
  for (const c of sorted) if (Math.abs(c - value) < Math.abs(best - value) || (Math.abs(c - value) === Math.abs(best - value) && c < best)) best = c;
  return best;
}
