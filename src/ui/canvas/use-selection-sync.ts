/**
 * React Flow's node and edge changes: select changes become our selection (the document's single
 * selection state), positions and sizes while dragging or resizing stay in the canvas store.
 */
import { useCallback } from 'react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Selection } from '../../session/editor-store.ts';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useFlowStore } from './flow-context.tsx';
import type { FlowEdge, FlowNode } from './flow-elements.ts';

/** Apply React Flow's select changes to our selection. */
export function selectionAfter(selection: Selection, changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[], kind: 'nodes' | 'edges'): Selection {
  let set: Set<string> | undefined;
  for (const change of changes) {
    // React Flow repeats select changes that change nothing (e.g. for a node already selected when
    // its drag starts): they must not make a new selection, which re-renders the panels.
    if (change.type !== 'select' || (set ?? selection[kind]).has(change.id) === change.selected) continue;
    set ??= new Set(selection[kind]);
    if (change.selected) set.add(change.id);
    else set.delete(change.id);
  }
  return set ? { ...selection, [kind]: set } : selection;
}

export function useSelectionSync() {
  const store = useEditorStore();
  const flowStore = useFlowStore();
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const editor = store.getState();
      const next = selectionAfter(editor.selection, changes, 'nodes');
      if (next !== editor.selection) editor.select(next);
      const visual = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (visual.length > 0) flowStore.getState().applyNodeChanges(visual);
    },
    [store, flowStore],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const editor = store.getState();
      const next = selectionAfter(editor.selection, changes, 'edges');
      if (next !== editor.selection) editor.select(next);
    },
    [store],
  );
  return { onNodesChange, onEdgesChange };
}
