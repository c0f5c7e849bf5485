/**
 * "Unprotected reach" (rules.md): follow `traffic` edges forward from start nodes, never entering a node
 * of the stop set; the nodes met are reached unprotected. Done as ONE multi-source breadth-first walk
 * per rule (all start nodes queued at once, each node expanded at most once, each edge looked at at
 * most once), so a check is linear in the size of the diagram whatever its shape: cycles, islands,
 * thousands of edges out of one node. One walk per start node would be quadratic on large diagrams.
 * Nodes are numbered (`RuleContext.traffic`) so the walk runs on typed arrays, not on maps of ids.
 */
import type { DiagramEdge, ProductNode } from '../model/types.ts';
import type { RuleContext } from './context.ts';
import type { ProductFacts } from './facts.ts';

export interface ReachWalk {
  /** Which products start a walk; those in the stop set start none. */
  start: (node: ProductFacts) => boolean;
  /** The stated set: the walk never enters these nodes. */
  stop: (node: ProductFacts) => boolean;
  /** Which traffic edges the walk may follow (all of them when absent). */
  follow?: (edge: DiagramEdge) => boolean;
  /** Which reached nodes the rule reports (the walk itself goes on through every node). */
  report: (node: ProductFacts) => boolean;
}

/**
 * Called for each reported node: the node, the edge it was first entered by, the first edge of that
 * walk (the edge that left its start node) and the walk's start node.
 */
export type OnReached = (node: ProductNode, via: DiagramEdge, first: DiagramEdge, origin: ProductNode) => void;

const NONE = -1;

/** Calls `onReached` for the reported nodes reached over at least one edge, in the order the walk meets them. */
export function unprotectedReach(ctx: RuleContext, walk: ReachWalk, onReached: OnReached): void {
  const { products, facts, traffic, doc } = ctx;
  const count = products.length;
  const queued = new Uint8Array(count);
  const isStart = new Uint8Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) {
    if (!walk.start(facts[i]!) || walk.stop(facts[i]!)) continue;
    queued[i] = 1;
    isStart[i] = 1;
    queue[tail++] = i;
  }
  // Per node: edge it was entered by, first edge of its walk, start node of its walk (NONE: not reached).
  const via = new Int32Array(count).fill(NONE);
  const first = new Int32Array(count);
  const origin = new Int32Array(count);
  const stopped = new Int8Array(count); // 0 unknown, 1 in the stop set, -1 not
  for (let head = 0; head < tail; head++) {
    const from = queue[head]!;
    // A start node begins its own walk even when another walk also reached it: its walk is the shorter.
    const fromStart = isStart[from] === 1;
    for (let k = traffic.start[from]!, end = traffic.start[from + 1]!; k < end; k++) {
      const to = traffic.target[k]!;
      if (stopped[to] === 0) stopped[to] = walk.stop(facts[to]!) ? 1 : -1;
      if (stopped[to] === 1) continue;
      const edgeIndex = traffic.edge[k]!;
      if (walk.follow && !walk.follow(doc.edges[edgeIndex]!)) continue;
      if (via[to] === NONE) {
        via[to] = edgeIndex;
        first[to] = fromStart ? edgeIndex : first[from]!;
        origin[to] = fromStart ? from : origin[from]!;
        if (walk.report(facts[to]!)) onReached(products[to]!, doc.edges[edgeIndex]!, doc.edges[first[to]!]!, products[origin[to]!]!);
      }
      if (!queued[to]) {
        queued[to] = 1;
        queue[tail++] = to;
      }
    }
  }
}
