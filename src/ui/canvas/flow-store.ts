/**
 * What React Flow renders: derived from the editor's document and selection, plus the transient
 * state React Flow itself drives (positions while dragging, sizes while resizing, measured sizes).
 * A drag changes only this store; the document changes once, when the drag ends.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore } from 'zustand';
import type { EditorStore } from '../editor/editor-store.ts';
import { syncFlowEdges, syncFlowNodes, type FlowEdge, type FlowNode } from './flow-elements.ts';

export interface FlowState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** The zone a dragged node or palette item would land in, highlighted while dragging. */
  dropTarget: string | null;
  applyNodeChanges(changes: NodeChange<FlowNode>[]): void;
  applyEdgeChanges(changes: EdgeChange<FlowEdge>[]): void;
  setDropTarget(id: string | null): void;
  /** Put nodes back where the document has them (after a drag that did not change the document). */
  resync(ids: ReadonlySet<string>): void;
}

export type FlowStore = ReturnType<typeof createFlowStore>;

export function createFlowStore(editor: EditorStore) {
  const { doc, selection } = editor.getState();
  const store = createStore<FlowState>()((set, get) => ({
    nodes: syncFlowNodes([], doc, selection),
    edges: syncFlowEdges([], doc, selection),
    dropTarget: null,
    applyNodeChanges(changes) {
      set({ nodes: applyNodeChanges(changes, get().nodes) });
    },
    applyEdgeChanges(changes) {
      set({ edges: applyEdgeChanges(changes, get().edges) });
    },
    setDropTarget(id) {
      if (get().dropTarget !== id) set({ dropTarget: id });
    },
    resync(ids) {
      const state = editor.getState();
      // Dropping the stale objects makes the sync rebuild them from the document.
      const kept = get().nodes.filter((n) => !ids.has(n.id));
      set({ nodes: syncFlowNodes(kept, state.doc, state.selection) });
    },
  }));
  editor.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.selection === previous.selection) return;
    const flow = store.getState();
    store.setState({
      nodes: syncFlowNodes(flow.nodes, state.doc, state.selection),
      edges: syncFlowEdges(flow.edges, state.doc, state.selection),
    });
  });
  return store;
}
