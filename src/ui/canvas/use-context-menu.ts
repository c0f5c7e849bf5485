/** Right-clicks on the canvas: a node or connection is selected first, then the menu opens there. */
import { useCallback, type MouseEvent as ReactMouseEvent } from 'react';
import { useEditorStore, useUiStore } from '../editor/editor-context.tsx';
import type { FlowEdge, FlowNode } from './flow-elements.ts';

export function useContextMenu() {
  const store = useEditorStore();
  const ui = useUiStore();

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, on: 'selection' | 'pane') => {
      event.preventDefault();
      const at = ui.getState().view?.toDrawing({ x: event.clientX, y: event.clientY }) ?? { x: 0, y: 0 };
      ui.getState().openMenu({ x: event.clientX, y: event.clientY, flowX: at.x, flowY: at.y, on });
    },
    [ui],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: FlowNode) => {
      const editor = store.getState();
      if (!editor.selection.nodes.has(node.id)) editor.select({ nodes: new Set([node.id]), edges: new Set() });
      openMenu(event, 'selection');
    },
    [store, openMenu],
  );

  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: FlowEdge) => {
      const editor = store.getState();
      if (!editor.selection.edges.has(edge.id)) editor.select({ nodes: new Set(), edges: new Set([edge.id]) });
      openMenu(event, 'selection');
    },
    [store, openMenu],
  );

  const onSelectionContextMenu = useCallback((event: ReactMouseEvent) => openMenu(event, 'selection'), [openMenu]);
  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => openMenu(event, 'pane'), [openMenu]);
  const onPaneClick = useCallback(() => ui.getState().openMenu(null), [ui]);

  return { onNodeContextMenu, onEdgeContextMenu, onSelectionContextMenu, onPaneContextMenu, onPaneClick };
}
