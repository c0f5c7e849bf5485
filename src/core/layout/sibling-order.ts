/**
 * How ELK is made to keep the flow order among siblings. ELK's own partitioning is ignored inside
 * nested graphs when the hierarchy is laid out as a whole (INCLUDE_CHILDREN: measured with elkjs
 * 0.12.1), so the same effect is built from plain edges: each sibling of a column gets an ordering
 * edge to a sibling of the next column present, and each of that column one from this column (layered
 * layout puts an edge's target in a later layer); real edges running against the flow are handed to
 * ELK reversed (to-elk.ts). Within a layer the order is given (semi-interactive crossing
 * minimisation): the vertical order the user had, so a tidy-up keeps the user's arrangement.
 *
 * Many unconnected siblings of one column (the managed services in a management zone, a row of
 * servers) would stack into one tall column: they go into a grid instead, a transparent node whose
 * columns hold at most a few rows each, placed after the connected siblings of their column.
 */
import type { DiagramNode } from '../model/types.ts';
import type { ElkEdgeJson } from './elk-json.ts';
import type { Band, FlowPlace } from './flow-order.ts';
import { partitionsOf } from './flow-order.ts';

/** Most rows of unconnected siblings of one column, by band, before they wrap into a grid. */
const MAX_ROWS: Record<Band, number> = { main: 6, side: 3 };

/** A transparent container laying out unconnected siblings as a grid (ids start with '#'). */
export interface Grid {
  id: string;
  /** The grid's columns, each top to bottom. */
  columns: DiagramNode[][];
}

export interface OrderedItem {
  item: DiagramNode | Grid;
  /** Where the item stands along the flow (higher is further right). */
  key: number;
  /**
   * Its place within its layer: semi-interactive crossing minimisation reads it from 'elk.position'.
   * The user's own vertical position (ELK also places long edges by these values, so ranks would make
   * a second layout differ from the first; positions make a laid-out diagram a fixed point).
   */
  rank: number;
}

export interface SiblingOrder {
  items: OrderedItem[];
  /** The flow key of each sibling (a grid's members share the grid's), for the direction of edges. */
  key: Map<string, number>;
  /** Ordering edges between consecutive columns of items. */
  edges: ElkEdgeJson[];
}

export const isGrid = (item: DiagramNode | Grid): item is Grid => 'columns' in item;

/**
 * @param linked siblings with an edge to another sibling of the same column at this level: their
 *   order comes from that edge, so they never go into a grid
 */
export function siblingOrder(siblings: readonly DiagramNode[], places: ReadonlyMap<string, FlowPlace>, linked: ReadonlySet<string>, gridPrefix: string): SiblingOrder {
  const partition = partitionsOf(siblings, places);
  const byUserOrder = [...siblings].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const free = new Map<number, DiagramNode[]>();
  for (const node of byUserOrder) {
    if (linked.has(node.id)) continue;
    const p = partition.get(node.id)!;
    const list = free.get(p);
    if (list) list.push(node);
    else free.set(p, [node]);
  }
  const gridded = new Map<string, Grid>();
  const grids: { grid: Grid; partition: number }[] = [];
  const linkedIn = new Map<number, number>();
  for (const id of linked) linkedIn.set(partition.get(id)!, (linkedIn.get(partition.get(id)!) ?? 0) + 1);
  for (const [p, nodes] of free) {
    const band = places.get(nodes[0]!.id)!.band;
    // A grid when the column would be too tall, counting the connected siblings it also holds.
    if (nodes.length < 2 || nodes.length + (linkedIn.get(p) ?? 0) <= MAX_ROWS[band]) continue;
    // About as wide as high: products are ~2.5 times wider than high with their gaps, zones roughly square.
    const aspect = nodes.every((n) => n.kind === 'product') ? 2.5 : 1;
    const count = Math.ceil(nodes.length / Math.min(MAX_ROWS[band], Math.ceil(Math.sqrt(nodes.length * aspect))));
    const rows = Math.ceil(nodes.length / count);
    const grid: Grid = { id: `${gridPrefix}${p}`, columns: [] };
    // Dealt column by column in the order the user has them left to right, so laying out a laid-out
    // grid again deals the same columns (a second tidy-up changes nothing).
    const columnMajor = [...nodes].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
    for (let i = 0; i < columnMajor.length; i += rows) grid.columns.push(columnMajor.slice(i, i + rows).sort((a, b) => a.position.y - b.position.y));
    for (const node of nodes) gridded.set(node.id, grid);
    grids.push({ grid, partition: p });
  }

  // Keys: a column's connected siblings first, then its grid (one step further right).
  const items: OrderedItem[] = [];
  const key = new Map<string, number>();
  for (const node of byUserOrder) {
    const k = partition.get(node.id)! * 2;
    key.set(node.id, gridded.has(node.id) ? k + 1 : k);
    if (!gridded.has(node.id)) items.push({ item: node, key: k, rank: rankOf(node) });
  }
  for (const { grid, partition: p } of grids) items.push({ item: grid, key: p * 2 + 1, rank: Math.min(...grid.columns.flat().map(rankOf)) });

  return { items, key, edges: orderingEdges(items.map((i) => ({ id: isGrid(i.item) ? i.item.id : i.item.id, key: i.key, rank: i.rank }))) };
}

/** Edges pairing each column with the next, in their order within the layer (they never cross). */
export function orderingEdges(items: readonly { id: string; key: number; rank: number }[]): ElkEdgeJson[] {
  const byKey = new Map<number, { id: string; rank: number }[]>();
  for (const item of items) {
    const list = byKey.get(item.key);
    if (list) list.push(item);
    else byKey.set(item.key, [item]);
  }
  const keys = [...byKey.keys()].sort((a, b) => a - b);
  const edges: ElkEdgeJson[] = [];
  for (let c = 0; c + 1 < keys.length; c++) {
    const from = byKey.get(keys[c]!)!.sort((a, b) => a.rank - b.rank);
    const to = byKey.get(keys[c + 1]!)!.sort((a, b) => a.rank - b.rank);
    const n = Math.max(from.length, to.length);
    for (let i = 0; i < n; i++) {
      const a = from[Math.floor((i * from.length) / n)]!;
      const b = to[Math.floor((i * to.length) / n)]!;
      edges.push({ id: `#order:${a.id}>${b.id}`, sources: [a.id], targets: [b.id] });
    }
  }
  // ELK's result depends on the order edges are listed in: keep it independent of positions.
  return edges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The vertical position, ties broken left to right. */
const rankOf = (node: DiagramNode) => node.position.y + node.position.x / 100_000;

/** The items of a grid: its columns in order, each node ranked by its position. */
export function gridItems(grid: Grid): { id: string; key: number; rank: number }[] {
  return grid.columns.flatMap((column, c) => column.map((node) => ({ id: node.id, key: c, rank: rankOf(node) })));
}
