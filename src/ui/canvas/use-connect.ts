/**
 * Drawing a connection: from a handle to another product's handle, or dropped anywhere on its body,
 * as one `connect` command of the kind chosen in the toolbar. Dropped on a zone or on its own product
 * it says why not.
 */
import { useCallback } from 'react';
import type { Connection, FinalConnectionState, OnConnectEnd } from '@xyflow/react';
import { indexOf } from '../../core/index/diagram-index.ts';
import * as commands from '../../session/commands/index.ts';
import { useSession, useUiStore } from '../editor/editor-context.tsx';
import type { FlowEdge } from './flow-elements.ts';

export function useConnect() {
  const session = useSession();
  const ui = useUiStore();

  const onConnect = useCallback(
    (connection: Connection) => {
      session.run(commands.connect, { source: connection.source, target: connection.target, kind: session.editor.getState().newEdgeKind });
    },
    [session],
  );

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      const element = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const id = element?.getAttribute('data-id');
      if (!id) return;
      const node = indexOf(session.editor.getState().doc).node(id);
      if (node?.kind === 'zone') ui.getState().notify('refuse.edgeToZone', undefined, 'warning');
      else if (id === state.fromNode.id) ui.getState().notify('refuse.edgeToSelf', undefined, 'warning');
      else if (node) onConnect({ source: state.fromNode.id, target: id, sourceHandle: null, targetHandle: null });
    },
    [session, ui, onConnect],
  );

  const isValidConnection = useCallback((c: FlowEdge | Connection) => c.source !== c.target, []);

  return { onConnect, onConnectEnd, isValidConnection };
}
