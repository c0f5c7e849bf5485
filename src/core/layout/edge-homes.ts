/**
 * Where each edge lives in the ELK graph: the lowest laid-out zone holding both its ends (its "home";
 * undefined for the group's own graph), and the two siblings of that home it runs between (its
 * branches: the ends themselves, or the zones holding them). ELK's hierarchical mode wants each edge in
 * its home; the branches tell whether it runs along the flow or against it.
 */
import type { DiagramIndex } from '../index/diagram-index.ts';
import type { DiagramEdge } from '../model/types.ts';
import type { FlowPlace } from './flow-order.ts';
import type { LayoutGroup } from './layout-scope.ts';

export interface EdgeHome {
  edge: DiagramEdge;
  group: number;
  home: string | undefined;
  from: string;
  to: string;
}

/**
 * Edges both of whose ends are laid out in the same group. An edge between the main band and the side
 * band (a bastion host's SSH into a server, a database's log into the audit) is left out: it would
 * pull the management zone into the flow, and connections are routed by the canvas and the exports
 * anyway, not by ELK.
 */
export function edgeHomes(index: DiagramIndex, groups: readonly LayoutGroup[], groupOf: ReadonlyMap<string, number>, places: ReadonlyMap<string, FlowPlace>): EdgeHome[] {
  const out: EdgeHome[] = [];
  for (const edge of index.doc.edges) {
    const g = groupOf.get(edge.source);
    if (g === undefined || g !== groupOf.get(edge.target) || edge.source === edge.target) continue;
    const container = groups[g]!.container;
    const a = chainBelow(index, edge.source, container);
    const b = chainBelow(index, edge.target, container);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const from = a[i];
    const to = b[i];
    // Only when one end contains the other, which a valid document never has (zones are never ends).
    if (from === undefined || to === undefined) continue;
    if (places.get(from)!.band !== places.get(to)!.band) continue;
    out.push({ edge, group: g, home: i === 0 ? undefined : a[i - 1], from, to });
  }
  return out;
}

/** The node and its ancestors below `container`, outermost first. */
function chainBelow(index: DiagramIndex, id: string, container: string | undefined): string[] {
  const chain = [id];
  for (const zone of index.ancestors(id)) {
    if (zone.id === container) break;
    chain.push(zone.id);
  }
  return chain.reverse();
}
