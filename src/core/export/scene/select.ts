/**
 * What a drawing shows: the whole diagram, or a selection. A selected zone brings everything inside
 * it; an edge is drawn when both its ends are (a selected edge brings its two ends). Zones around the
 * selection are not added: the user chose what to show.
 */
import { indexOf } from '../../index/diagram-index.ts';
import type { Diagram, DiagramEdge, DiagramNode } from '../../model/types.ts';

export interface Drawn {
  /** Nodes to draw, parents before children (so zones paint under what they hold). */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  has(id: string): boolean;
}

export function selectDrawn(doc: Diagram, selection?: readonly string[]): Drawn {
  const index = indexOf(doc);
  if (selection === undefined) {
    const all = new Set(doc.nodes.map((n) => n.id));
    return { nodes: [...index.parentsFirst], edges: [...doc.edges], has: (id) => all.has(id) };
  }
  const chosen = new Set<string>();
  const addWithDescendants = (id: string): void => {
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (chosen.has(next) || !index.node(next)) continue;
      chosen.add(next);
      for (const child of index.children(next)) stack.push(child.id);
    }
  };
  for (const id of selection) {
    const edge = index.edge(id);
    if (edge) {
      addWithDescendants(edge.source);
      addWithDescendants(edge.target);
    } else addWithDescendants(id);
  }
  const nodes = index.parentsFirst.filter((n) => chosen.has(n.id));
  const edges = doc.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { nodes, edges, has: (id) => chosen.has(id) };
}
