/**
 * The open diagram and everything about editing it. The document is the single source of truth:
 * every change goes through `apply` (one user action = one undo step), so undo/redo, autosave and live
 * checking all see the same thing. Selection and the new-connection kind are UI state, never history.
 */
import { createStore } from 'zustand/vanilla';
import { emptyHistory, record, redo, undo, type History } from '../core/history/history.ts';
import type { MessageKey, Params } from '../core/i18n/translate.ts';
import type { Diagram, EdgeKind } from '../core/model/types.ts';

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export const NO_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export interface EditorState {
  doc: Diagram;
  history: History;
  selection: Selection;
  /** Kind given to connections drawn from now on. */
  newEdgeKind: EdgeKind;
  snapToGrid: boolean;
  /** Bumped on every document change (autosave and checking listen to it). */
  revision: number;
  /** Bumped when a document is opened (the canvas fits it into view then). */
  loads: number;
}

export interface ApplyOptions {
  /** Parameters of the undo label (e.g. the name of what was added). */
  labelParams?: Params;
  /** Quick successive edits of the same field (typing) collapse into one undo step. */
  mergeKey?: string;
  /** Select these ids after the change (e.g. what was just added). */
  select?: Selection;
}

export interface EditorActions {
  /** Change the document as one undoable step labelled `label` (a message key). */
  apply(label: MessageKey, change: (doc: Diagram) => Diagram, options?: ApplyOptions): void;
  undo(): void;
  redo(): void;
  /** Open a document: a new history starts, so undo can never empty what was loaded. */
  load(doc: Diagram): void;
  select(selection: Selection): void;
  setNewEdgeKind(kind: EdgeKind): void;
  setSnapToGrid(on: boolean): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** Drop selected ids that no longer exist (after undo, delete, load). */
function pruneSelection(selection: Selection, doc: Diagram): Selection {
  if (selection.nodes.size === 0 && selection.edges.size === 0) return selection;
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
  const edges = [...selection.edges].filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.size && edges.length === selection.edges.size) return selection;
  return { nodes: new Set(nodes), edges: new Set(edges) };
}

export function createEditorStore(initial: Diagram, now: () => number = Date.now) {
  return createStore<EditorState & EditorActions>()((set, get) => ({
    doc: initial,
    history: emptyHistory,
    selection: NO_SELECTION,
    newEdgeKind: 'traffic',
    snapToGrid: true,
    revision: 0,
    loads: 0,

    apply(label, change, options = {}) {
      const { doc, history, revision, selection } = get();
      const next = change(doc);
      if (next === doc) {
        if (options.select) set({ selection: options.select });
        return;
      }
      set({
        doc: next,
        history: record(history, {
          before: doc,
          after: next,
          label,
          at: now(),
          ...(options.labelParams !== undefined ? { labelParams: options.labelParams } : {}),
          ...(options.mergeKey !== undefined ? { mergeKey: options.mergeKey } : {}),
        }),
        selection: pruneSelection(options.select ?? selection, next),
        revision: revision + 1,
      });
    },
    undo() {
      const step = undo(get().history);
      if (step) set({ doc: step.doc, history: step.history, selection: pruneSelection(get().selection, step.doc), revision: get().revision + 1 });
    },
    redo() {
      const step = redo(get().history);
      if (step) set({ doc: step.doc, history: step.history, selection: pruneSelection(get().selection, step.doc), revision: get().revision + 1 });
    },
    load(doc) {
      set({ doc, history: emptyHistory, selection: NO_SELECTION, revision: get().revision + 1, loads: get().loads + 1 });
    },
    select(selection) {
      set({ selection });
    },
    setNewEdgeKind(kind) {
      set({ newEdgeKind: kind });
    },
    setSnapToGrid(on) {
      set({ snapToGrid: on });
    },
  }));
}

