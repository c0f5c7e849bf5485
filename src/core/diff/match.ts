/**
 * Which node and edge of the old design is which of the new one. Ids first: a node keeps its id
 * through every edit, so equal ids (and the same kind: zone or product) are the same thing. Designs
 * that did not share ids (re-drawn, re-imported) are then matched by what a node is: the same
 * product (or zone kind), the same label, inside matched parents — parents first, so a whole tree
 * of zones matches from the roots down (of several alike, the nearest in position). Edges: see
 * matchEdges. Where several edge candidates share a key they pair up in document order.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../model/types.ts';

export interface DiagramMatch {
  /** Old node id → new node id, for every matched node. */
  nodes: Map<string, string>;
  /** Old edge id → new edge id, for every matched edge. */
  edges: Map<string, string>;
}

/** What a node is, apart from where and what it is called: product id or zone kind. */
function what(node: DiagramNode): string {
  return node.kind === 'zone' ? `zone:${node.zone}` : `product:${node.product}`;
}

function label(node: DiagramNode): string {
  return (node.label ?? '').trim();
}

/**
 * Of several candidates alike (same product, label and parent), the one at the nearest position
 * (relative to the parent; the first in document order on a tie): deleting one of ten unlabelled
 * servers in a zone then pairs the other nine with themselves, not each with its neighbour.
 */
function nearest(node: DiagramNode, list: readonly DiagramNode[]): number {
  let best = 0;
  let bestDistance = Infinity;
  list.forEach((other, i) => {
    const d = Math.abs(other.position.x - node.position.x) + Math.abs(other.position.y - node.position.y);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

export function matchDiagrams(a: Diagram, b: Diagram): DiagramMatch {
  const nodes = new Map<string, string>();
  const bById = new Map(b.nodes.map((n) => [n.id, n]));
  const taken = new Set<string>();
  for (const node of a.nodes) {
    const other = bById.get(node.id);
    if (other && other.kind === node.kind) {
      nodes.set(node.id, other.id);
      taken.add(other.id);
    }
  }

  // By content, in rounds: a node can match once its parent has (or when it has none).
  for (;;) {
    const candidates = new Map<string, DiagramNode[]>();
    for (const node of b.nodes) {
      if (taken.has(node.id)) continue;
      const key = JSON.stringify([what(node), label(node), node.parent ?? null]);
      const list = candidates.get(key);
      if (list) list.push(node);
      else candidates.set(key, [node]);
    }
    // Matches of this round count from the next one on, so candidates pair in document order even
    // when a parent comes after its children in the document.
    const found = new Map<string, string>();
    for (const node of a.nodes) {
      if (nodes.has(node.id)) continue;
      let parent: string | null = null;
      if (node.parent !== undefined) {
        const mapped = nodes.get(node.parent);
        if (mapped === undefined) continue;
        parent = mapped;
      }
      const list = candidates.get(JSON.stringify([what(node), label(node), parent]));
      if (list === undefined || list.length === 0) continue;
      const next = list.splice(nearest(node, list), 1)[0]!.id;
      found.set(node.id, next);
      taken.add(next);
    }
    if (found.size === 0) break;
    for (const [before, after] of found) nodes.set(before, after);
  }

  return { nodes, edges: matchEdges(a.edges, b.edges, nodes) };
}

/**
 * Edges: the same id with the same (matched) ends first; then the same kind between the same
 * matched ends; then the same id with one end the same (an edge reconnected at one end in a later
 * version of a design). With both ends different it is another connection, added and removed:
 * designs whose edge ids are only counters (e-1, e-2 … in two unrelated files) would otherwise pair
 * unrelated connections.
 */
function matchEdges(aEdges: readonly DiagramEdge[], bEdges: readonly DiagramEdge[], nodes: ReadonlyMap<string, string>): Map<string, string> {
  const edges = new Map<string, string>();
  const bById = new Map(bEdges.map((e) => [e.id, e]));
  const taken = new Set<string>();
  const pair = (a: string, b: string) => {
    edges.set(a, b);
    taken.add(b);
  };
  for (const edge of aEdges) {
    const other = bById.get(edge.id);
    if (other && nodes.get(edge.source) === other.source && nodes.get(edge.target) === other.target) pair(edge.id, other.id);
  }
  const candidates = new Map<string, string[]>();
  for (const edge of bEdges) {
    if (taken.has(edge.id)) continue;
    const key = JSON.stringify([edge.source, edge.target, edge.kind]);
    const list = candidates.get(key);
    if (list) list.push(edge.id);
    else candidates.set(key, [edge.id]);
  }
  for (const edge of aEdges) {
    if (edges.has(edge.id)) continue;
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const list = candidates.get(JSON.stringify([source, target, edge.kind]));
    let next = list?.shift();
    while (next !== undefined && taken.has(next)) next = list?.shift();
    if (next !== undefined) pair(edge.id, next);
  }
  for (const edge of aEdges) {
    const other = bById.get(edge.id);
    if (edges.has(edge.id) || !other || taken.has(other.id)) continue;
    if (nodes.get(edge.source) === other.source || nodes.get(edge.target) === other.target) pair(edge.id, other.id);
  }
  return edges;
}
