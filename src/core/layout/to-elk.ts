/**
 * Document → ELK graph. Zones become hierarchical nodes holding their children, products 160×60
 * nodes; each edge goes into its home (the lowest zone holding both ends), as ELK's hierarchical mode
 * expects. Among siblings, ordering edges and pseudo positions (sibling-order.ts) keep the flow order
 * Internet → boundary → DMZ → app → data and put the side band (management, security services,
 * disaster recovery) below the main nodes of its column.
 */
import type { Catalog } from '../catalog/types.ts';
import { PRODUCT_SIZE } from '../geometry/geometry.ts';
import type { DiagramIndex } from '../index/diagram-index.ts';
import type { DiagramNode } from '../model/types.ts';
import { edgeHomes, type EdgeHome } from './edge-homes.ts';
import { edgeLabelSize } from './edge-label-size.ts';
import type { ElkEdgeJson, ElkNodeJson } from './elk-json.ts';
import { flowPlaces } from './flow-order.ts';
import { graphOptions, tuningFor, zoneOptions, type LayoutTuning } from './layout-options.ts';
import type { LayoutGroup } from './layout-scope.ts';
import { gridItems, isGrid, orderingEdges, siblingOrder, type Grid } from './sibling-order.ts';
import { zoneMinimum } from './zone-minimum.ts';

/**
 * ELK leaves no room for a label whose text is empty, whatever its size; the size is what counts, so
 * every label gets this stand-in (the user's text stays out of the layout graph).
 */
const LABEL_TEXT = 'label';

/** Ids of the graph's own nodes use '#', which node ids cannot contain, so they never collide. */
export const ROOT_ID = '#root';
/** Band nodes: transparent containers of the main and the side band of one graph (no padding). */
export const BAND_MAIN = '#main:';
export const BAND_SIDE = '#side:';
/** Grid nodes: transparent containers of unconnected siblings (sibling-order.ts). */
export const GRID = '#grid:';
/** Band and grid nodes are the layout's own: dissolved when the result is read back. */
export const isTransparent = (id: string) => id.startsWith(BAND_MAIN) || id.startsWith(BAND_SIDE) || id.startsWith(GRID);
const groupId = (i: number) => `#group-${i}`;

export interface ElkBuild {
  graph: ElkNodeJson;
  /** The ELK node standing for each group, by group index (the root itself for a single group). */
  groupNodes: string[];
  tuning: LayoutTuning;
  /** Nodes handed to ELK (zones and products). */
  nodeCount: number;
}

export interface BuildOptions {
  /** Override of the size-based choice, for benchmarks and tests. */
  tuning?: LayoutTuning;
}

export function buildElkGraph(index: DiagramIndex, catalog: Catalog, groups: readonly LayoutGroup[], options: BuildOptions = {}): ElkBuild {
  const places = flowPlaces(index, catalog);
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const member of group.members) for (const id of subtree(index, member)) groupOf.set(id, g);
  });
  const tuning = options.tuning ?? tuningFor(groupOf.size);
  const homes = edgeHomes(index, groups, groupOf, places);
  // Per home (zone id, or '#group-i' for a group's own graph): the edges living there.
  const homeKey = (h: EdgeHome) => h.home ?? groupId(h.group);
  const edgesAt = new Map<string, EdgeHome[]>();
  for (const h of homes) {
    const list = edgesAt.get(homeKey(h));
    if (list) list.push(h);
    else edgesAt.set(homeKey(h), [h]);
  }

  /**
   * The children of one graph (a zone or a group) and the edges living in it. When both bands are
   * present they go into two stacked band nodes (main above side), each laid out along the flow on
   * its own, so a wide management zone does not push the data zone to the right.
   */
  const fill = (target: ElkNodeJson, siblings: readonly DiagramNode[], key: string) => {
    const local = edgesAt.get(key) ?? [];
    const main = siblings.filter((n) => places.get(n.id)!.band === 'main');
    const side = siblings.filter((n) => places.get(n.id)!.band === 'side');
    if (main.length === 0 || side.length === 0) {
      fillBand(target, siblings, local);
      return;
    }
    const bands = [bandNode(`${BAND_MAIN}${key}`, 0), bandNode(`${BAND_SIDE}${key}`, 1)] as const;
    // Edges between the bands were left out (edge-homes.ts): each edge lies within one band.
    const inMain = new Set(main.map((n) => n.id));
    fillBand(bands[0], main, local.filter((h) => inMain.has(h.from)));
    fillBand(bands[1], side, local.filter((h) => !inMain.has(h.from)));
    target.children = [...bands];
    target.edges = [];
  };
  const bandNode = (id: string, row: number): ElkNodeJson => ({ id, layoutOptions: { ...graphOptions(tuning), 'elk.position': `(0,${row})` } });
  const fillBand = (target: ElkNodeJson, siblings: readonly DiagramNode[], local: readonly EdgeHome[]) => {
    const prefix = `${GRID}${target.id}:`;
    const preliminary = siblingOrder(siblings, places, new Set(), prefix);
    // Siblings joined by an edge within one column are ordered by that edge, never put in a grid.
    const column = (id: string) => Math.floor(preliminary.key.get(id)! / 2);
    const linked = new Set<string>();
    for (const h of local) if (column(h.from) === column(h.to)) linked.add(h.from).add(h.to);
    const order = linked.size > 0 ? siblingOrder(siblings, places, linked, prefix) : preliminary;
    target.children = order.items.map(({ item, key, rank }) => (isGrid(item) ? gridToElk(item, key, rank) : toElk(item, { x: key, y: rank })));
    target.edges = [...order.edges, ...local.map((h) => toElkEdge(h, order.key.get(h.from)! > order.key.get(h.to)!))];
  };
  const gridToElk = (grid: Grid, key: number, rank: number): ElkNodeJson => {
    const cells = gridItems(grid);
    const nodes = new Map(grid.columns.flat().map((n) => [n.id, n]));
    return {
      id: grid.id,
      layoutOptions: { ...graphOptions(tuning), 'elk.position': `(${key},${rank})` },
      children: cells.map((cell) => toElk(nodes.get(cell.id)!, { x: cell.key, y: cell.rank })),
      edges: orderingEdges(cells),
    };
  };
  const toElk = (node: DiagramNode, at: { x: number; y: number }): ElkNodeJson => {
    // Semi-interactive crossing minimisation reads the order within a layer from 'elk.position'.
    const position = { 'elk.position': `(${at.x},${at.y})` };
    if (node.kind === 'product') return { id: node.id, width: PRODUCT_SIZE.width, height: PRODUCT_SIZE.height, layoutOptions: position };
    const kids = index.children(node.id);
    const out: ElkNodeJson = { id: node.id, layoutOptions: { ...zoneOptions(tuning, zoneMinimum(node, kids.length > 0, catalog)), ...position } };
    fill(out, kids, node.id);
    return out;
  };
  const toElkEdge = (h: EdgeHome, reversed: boolean): ElkEdgeJson => {
    const label = edgeLabelSize(h.edge, index.node(h.edge.target));
    const [source, target] = reversed ? [h.edge.target, h.edge.source] : [h.edge.source, h.edge.target];
    return { id: h.edge.id, sources: [source], targets: [target], ...(label ? { labels: [{ text: LABEL_TEXT, ...label }] } : {}) };
  };

  const root: ElkNodeJson = { id: ROOT_ID, layoutOptions: graphOptions(tuning) };
  const groupNodes: string[] = [];
  if (groups.length === 1 && groups[0]!.placement === 'anchor') {
    fill(root, groups[0]!.members, groupId(0));
    groupNodes.push(ROOT_ID);
  } else {
    root.children = groups.map((group, g) => {
      const zone = group.placement === 'fill' ? index.node(group.container!) : undefined;
      // A zone's contents are laid out inside the zone's own node (its padding keeps the header free).
      const options = zone?.kind === 'zone' ? zoneOptions(tuning, zoneMinimum(zone, true, catalog)) : graphOptions(tuning);
      const node: ElkNodeJson = { id: zone?.id ?? groupId(g), layoutOptions: options };
      // Edges between the members live in the group's own graph (edge-homes.ts: home undefined).
      fill(node, group.members, groupId(g));
      groupNodes.push(node.id);
      return node;
    });
    root.edges = [];
  }
  return { graph: root, groupNodes, tuning, nodeCount: groupOf.size };
}

function subtree(index: DiagramIndex, node: DiagramNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next.id);
    stack.push(...index.children(next.id));
  }
  return out;
}
