/**
 * The selection read against the document, written once: ids sorted into nodes and edges, the nodes
 * a selection stands for (selected edges bring both their ends), and deleting what is selected.
 */
import { deleteElements } from '../core/edit/nodes.ts';
import { indexOf } from '../core/index/diagram-index.ts';
import type { Diagram } from '../core/model/types.ts';
import type { EditorStore, Selection } from './editor-store.ts';

/** Ids of any kind as a selection: node ids select nodes, edge ids edges, unknown ids nothing. */
export function selectionOf(doc: Diagram, ids: Iterable<string>): Selection {
  const index = indexOf(doc);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of ids) {
    if (index.node(id)) nodes.add(id);
    else if (index.edge(id)) edges.add(id);
  }
  return { nodes, edges };
}

/** The selected nodes and both ends of every selected edge. */
export function nodesWithEdgeEnds(doc: Diagram, selection: Selection): Set<string> {
  const index = indexOf(doc);
  const nodes = new Set(selection.nodes);
  for (const id of selection.edges) {
    const edge = index.edge(id);
    if (edge) {
      nodes.add(edge.source);
      nodes.add(edge.target);
    }
  }
  return nodes;
}

/** Delete the selection as one undo step; nothing happens when nothing is selected. */
export function deleteSelection(editor: EditorStore): void {
  const { selection, apply } = editor.getState();
  if (selection.nodes.size + selection.edges.size === 0) return;
  apply('history.delete', (doc) => deleteElements(doc, [...selection.nodes, ...selection.edges]));
}
