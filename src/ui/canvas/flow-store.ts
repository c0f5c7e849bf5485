/**
 * What React Flow renders: derived from the editor's document and selection and the live check's
 * findings per element, plus the transient
 * state React Flow itself drives (positions while dragging, sizes while resizing, measured sizes).
 * A drag changes only this store; the document changes once, when the drag ends.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand';
import type { Catalog } from '../../core/catalog/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { CheckStore } from '../../session/check-store.ts';
import type { EditorStore } from '../../session/editor-store.ts';
import { createAccessibleNamer } from './accessible-names.ts';
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

/** Nodes to highlight (what a re-import added, while its report is shown). */
export type HighlightSource = Pick<StoreApi<{ added: ReadonlySet<string> }>, 'getState' | 'subscribe'>;

/** `prefs`: where the UI language is, which the elements' accessible names are in. */
export function createFlowStore(editor: EditorStore, check: CheckStore, catalog: Catalog, prefs: StoreApi<{ lang: Lang }>, highlight?: HighlightSource) {
  const { doc, selection } = editor.getState();
  const added = () => highlight?.getState().added;
  const marks = () => check.getState().counts;
  let namer = createAccessibleNamer(catalog, prefs.getState().lang);
  const store = createStore<FlowState>()((set, get) => ({
    nodes: syncFlowNodes([], doc, selection, marks(), namer, added()),
    edges: syncFlowEdges([], doc, selection, marks(), namer),
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
      set({ nodes: syncFlowNodes(kept, state.doc, state.selection, marks(), namer, added()) });
    },
  }));
  const sync = () => {
    const { doc, selection } = editor.getState();
    const flow = store.getState();
    const nodes = syncFlowNodes(flow.nodes, doc, selection, marks(), namer, added());
    const edges = syncFlowEdges(flow.edges, doc, selection, marks(), namer);
    // Unchanged lists are kept, so React Flow is not handed a new array with the same elements.
    store.setState({ nodes: sameElements(nodes, flow.nodes) ? flow.nodes : nodes, edges: sameElements(edges, flow.edges) ? flow.edges : edges });
  };
  editor.subscribe((state, previous) => {
    if (state.doc !== previous.doc || state.selection !== previous.selection) sync();
  });
  check.subscribe((state, previous) => {
    if (state.counts !== previous.counts) sync();
  });
  highlight?.subscribe((state, previous) => {
    if (state.added !== previous.added) sync();
  });
  prefs.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    namer = createAccessibleNamer(catalog, state.lang);
    sync();
  });
  return store;
}

function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
