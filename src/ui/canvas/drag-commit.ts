/**
 * The end of a drag on the canvas, turned into one document change: every dragged node lands where
 * the user dropped it, inside the innermost zone under its centre (or at the top level), unless that
 * would put a zone inside itself. Nodes moved along with a dragged ancestor are left to it.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { withDescendants, type Move } from '../../core/edit/nodes.ts';
import { absolutePositions, nodeSize, zoneAt } from '../../core/geometry/geometry.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Diagram, Position } from '../../core/model/types.ts';
import type { FlowEdge, FlowNode } from './flow-elements.ts';

export function draggedRoots(doc: Diagram, ids: readonly string[]): string[] {
  const index = indexOf(doc);
  const set = new Set(ids);
  return ids.filter((id) => !index.ancestors(id).some((a) => set.has(a.id)));
}

/** The zone a node would land in if dropped now: skipping the dragged nodes and everything inside them. */
export function dropZoneFor(doc: Diagram, center: Position, excluded: ReadonlySet<string>): string | undefined {
  return zoneAt(doc, center, (zone) => excluded.has(zone.id))?.id;
}

export function dragMoves(doc: Diagram, flow: ReactFlowInstance<FlowNode, FlowEdge>, ids: readonly string[]): Move[] {
  const roots = draggedRoots(doc, ids);
  const excluded = withDescendants(doc, roots);
  const index = indexOf(doc);
  const before = absolutePositions(doc);
  const moves: Move[] = [];
  for (const id of roots) {
    const internal = flow.getInternalNode(id);
    const node = index.node(id);
    if (!internal || !node) continue;
    const at = internal.internals.positionAbsolute;
    const size = nodeSize(node);
    const parent = dropZoneFor(doc, { x: at.x + size.width / 2, y: at.y + size.height / 2 }, excluded) ?? null;
    const was = before.get(id)!;
    if (Math.abs(was.x - at.x) < 0.01 && Math.abs(was.y - at.y) < 0.01 && parent === (node.parent ?? null)) continue;
    moves.push({ id, at: { x: at.x, y: at.y }, parent });
  }
  return moves;
}
