/**
 * Copy, cut and paste through the system clipboard, as diagram JSON (a valid version-1 file holding
 * the selection), so they work between tabs and between diagrams. Pasted text goes through the same
 * reader as an opened file; every pasted node and edge gets a fresh id.
 */
import { extractFragment, insertFragment } from '../../core/edit/fragment.ts';
import { deleteElements } from '../../core/edit/nodes.ts';
import { describeReadError } from '../../core/format/describe.ts';
import { readDiagramText } from '../../core/format/read.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { diagramBounds } from '../../core/geometry/geometry.ts';
import type { Position } from '../../core/model/types.ts';
import { usePrefs } from '../state/prefs-store.ts';
import type { ActionContext } from './context.ts';

const PASTE_STEP = 24;
let lastPasted = '';
let pasteCount = 0;

/** The selection as clipboard text, or undefined when nothing is selected. */
export function copySelection(ctx: ActionContext): string | undefined {
  const { doc, selection } = ctx.editor.getState();
  const ids = [...selection.nodes];
  for (const id of selection.edges) {
    const edge = doc.edges.find((e) => e.id === id);
    if (edge) ids.push(edge.source, edge.target);
  }
  if (ids.length === 0) return undefined;
  return writeDiagram(extractFragment(doc, ids));
}

export function cutSelection(ctx: ActionContext): string | undefined {
  const text = copySelection(ctx);
  if (text === undefined) return undefined;
  const { selection } = ctx.editor.getState();
  ctx.editor.getState().apply('history.delete', (doc) => deleteElements(doc, [...selection.nodes, ...selection.edges]));
  return text;
}

/**
 * Paste clipboard text. Each further paste of the same text lands a step further away; with `at`,
 * the pasted selection's top-left corner lands there (a paste from the context menu).
 */
export function pasteText(ctx: ActionContext, text: string, at?: Position): void {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return; // plain text: not meant for the canvas
  const read = readDiagramText(trimmed, ctx.catalog);
  if (!read.ok) {
    const lang = usePrefs.getState().lang;
    ctx.ui.getState().notify('refuse.pasteNotDiagram', { reason: describeReadError(read.error, lang).headline }, 'warning');
    return;
  }
  const fragment = read.diagram;
  let offset: Position;
  if (at) {
    const bounds = diagramBounds(fragment);
    offset = bounds ? { x: at.x - bounds.x, y: at.y - bounds.y } : { x: 0, y: 0 };
  } else {
    pasteCount = trimmed === lastPasted ? pasteCount + 1 : 1;
    lastPasted = trimmed;
    offset = { x: PASTE_STEP * pasteCount, y: PASTE_STEP * pasteCount };
  }
  const editor = ctx.editor.getState();
  const result = insertFragment(editor.doc, fragment, offset);
  if (!result.ok) {
    ctx.ui.getState().notify(`refuse.${result.reason}`, undefined, 'warning');
    return;
  }
  const nodeIds = new Set(result.doc.nodes.map((n) => n.id));
  const ids = result.ids;
  editor.apply('history.paste', () => result.doc, {
    select: { nodes: new Set(ids.filter((id) => nodeIds.has(id))), edges: new Set(ids.filter((id) => !nodeIds.has(id))) },
  });
}

/** Duplicate the selection in place, shifted a little, as one undo step. */
export function duplicateSelection(ctx: ActionContext): void {
  const text = copySelection(ctx);
  if (text === undefined) return;
  const read = readDiagramText(text, ctx.catalog);
  if (!read.ok) return;
  const editor = ctx.editor.getState();
  const result = insertFragment(editor.doc, read.diagram, { x: PASTE_STEP, y: PASTE_STEP });
  if (!result.ok) return;
  const nodeIds = new Set(result.doc.nodes.map((n) => n.id));
  editor.apply('history.duplicate', () => result.doc, {
    select: { nodes: new Set(result.ids.filter((id) => nodeIds.has(id))), edges: new Set(result.ids.filter((id) => !nodeIds.has(id))) },
  });
}
