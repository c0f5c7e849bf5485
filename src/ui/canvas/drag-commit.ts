/**
 * The end of a drag on the canvas, turned into one document change: every dragged node lands where
 * the user dropped it, inside the innermost zone under its centre (or at the top level), unless that
 * would put a zone inside itself. Nodes moved along with a dragged ancestor are left to it.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { draggedRoots } from '../../core/edit/dragged-roots.ts';
import { withDescendants, type Move } from '../../core/edit/nodes.ts';
import { absolutePositions, nodeSize, zoneUnder } from '../../core/geometry/geometry.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Diagram, DiagramNode, Position } from '../../core/model/types.ts';
import type { FlowEdge, FlowNode } from './flow-elements.ts';

type Flow = ReactFlowInstance<FlowNode, FlowEdge>;

/** The dragged nodes and everything inside them: zones a drop must never land in. */
export function dragExcluded(doc: Diagram, ids: readonly string[]): ReadonlySet<string> {
  return withDescendants(doc, draggedRoots(doc, ids));
}

/**
 * Where a node now shows on the canvas (mid-drag) and the zone it would land in if dropped there,
 * skipping `excluded` zones; undefined when the node is on neither the canvas nor in the document.
 */
export function dropTarget(doc: Diagram, flow: Flow, id: string, excluded: ReadonlySet<string>): { node: DiagramNode; at: Position; zone: string | undefined } | undefined {
  const internal = flow.getInternalNode(id);
  const node = internal ? indexOf(doc).node(id) : undefined;
  if (!internal || !node) return undefined;
  const at = internal.internals.positionAbsolute;
  return { node, at, zone: zoneUnder(doc, at, nodeSize(node), excluded)?.id };
}

export function dragMoves(doc: Diagram, flow: Flow, ids: readonly string[]): Move[] {
  const roots = draggedRoots(doc, ids);
  const excluded = withDescendants(doc, roots);
  const before = absolutePositions(doc);
  const moves: Move[] = [];
  for (const id of roots) {
    const target = dropTarget(doc, flow, id, excluded);
    if (!target) continue;
    const { node, at } = target;
    const parent = target.zone ?? null;
    const was = before.get(id)!;
    if (Math.abs(was.x - at.x) < 0.01 && Math.abs(was.y - at.y) < 0.01 && parent === (node.parent ?? null)) continue;
    moves.push({ id, at: { x: at.x, y: at.y }, parent });
  }
  return moves;
}
