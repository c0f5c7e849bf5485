/**
 * A drag on the canvas read back from React Flow: where each dragged node now shows, turned into the
 * document moves of core/edit/drop.ts.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { dropMoves, dropZone } from '../../core/edit/drop.ts';
import type { Move } from '../../core/edit/nodes.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { FlowEdge, FlowNode } from './flow-elements.ts';

export { dragExcluded } from '../../core/edit/drop.ts';

type Flow = ReactFlowInstance<FlowNode, FlowEdge>;

/** The zone a node being dragged would land in if dropped now (undefined: the top level). */
export function dropTarget(doc: Diagram, flow: Flow, id: string, excluded: ReadonlySet<string>): { zone: string | undefined } | undefined {
  const internal = flow.getInternalNode(id);
  return internal ? { zone: dropZone(doc, id, internal.internals.positionAbsolute, excluded) } : undefined;
}

export function dragMoves(doc: Diagram, flow: Flow, ids: readonly string[]): Move[] {
  return dropMoves(doc, ids, (id) => flow.getInternalNode(id)?.internals.positionAbsolute);
}
