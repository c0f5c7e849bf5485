/**
 * Dragging nodes: the zone a drop would land in is highlighted while dragging; the drop is one
 * `move` command (into the zone under each node, kept inside it). A drop the document does not take
 * puts the nodes back where the document has them.
 */
import { useCallback, useRef } from 'react';
import type { OnNodeDrag } from '@xyflow/react';
import * as commands from '../../session/commands/index.ts';
import { useSession, useUiStore } from '../editor/editor-context.tsx';
import { dragExcluded, dragMoves, dropTarget } from './drag-commit.ts';
import { useFlowStore } from './flow-context.tsx';
import type { FlowNode } from './flow-elements.ts';

export function useDragCommit() {
  const session = useSession();
  const ui = useUiStore();
  const flowStore = useFlowStore();
  const excluded = useRef<ReadonlySet<string>>(new Set());

  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      excluded.current = dragExcluded(session.editor.getState().doc, dragged.map((n) => n.id));
    },
    [session],
  );

  const onNodeDrag = useCallback<OnNodeDrag<FlowNode>>(
    (_event, node) => {
      const view = ui.getState().view;
      const target = view ? dropTarget(session.editor.getState().doc, view, node.id, excluded.current) : undefined;
      if (target) flowStore.getState().setDropTarget(target.zone ?? null);
    },
    [session, ui, flowStore],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      flowStore.getState().setDropTarget(null);
      const view = ui.getState().view;
      if (!view) return;
      const ids = dragged.map((n) => n.id);
      const outcome = session.run(commands.move, { moves: dragMoves(session.editor.getState().doc, view, ids) });
      // Refused, or kept inside its zone exactly where it was: the canvas shows the document again.
      if (outcome.status !== 'changed') flowStore.getState().resync(new Set(ids));
    },
    [session, ui, flowStore],
  );

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
