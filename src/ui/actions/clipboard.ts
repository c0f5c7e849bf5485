/**
 * Copy, cut and paste through the system clipboard, as diagram JSON (a valid version-1 file holding
 * the selection), so they work between tabs and between diagrams. Pasted text goes through the same
 * reader as an opened file; every pasted node and edge gets a fresh id.
 *
 * The keyboard reaches these through the browser's copy, cut and paste events (use-global-input.ts);
 * menus go through the asynchronous clipboard API (the *Clipboard functions below).
 */
import { extractFragment, insertFragment } from '../../core/edit/fragment.ts';
import { describeReadError } from '../../core/format/describe.ts';
import { readDiagramText } from '../../core/format/read.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { diagramBounds } from '../../core/geometry/geometry.ts';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { Diagram, Position } from '../../core/model/types.ts';
import { deleteSelection, nodesWithEdgeEnds } from '../../session/selection.ts';
import { usePrefs } from '../state/prefs-store.ts';
import type { ActionContext } from './context.ts';

const PASTE_STEP = 24;
let lastPasted = '';
let pasteCount = 0;

/** The selection (selected edges bring both their ends) as a diagram, or undefined when nothing is selected. */
function selectedFragment(ctx: ActionContext): Diagram | undefined {
  const { doc, selection } = ctx.editor.getState();
  const ids = nodesWithEdgeEnds(doc, selection);
  return ids.size === 0 ? undefined : extractFragment(doc, ids);
}

/** Insert a fragment as one undo step and select what was inserted; a refusal is said. */
function insert(ctx: ActionContext, label: MessageKey, fragment: Diagram, offset: Position): void {
  const editor = ctx.editor.getState();
  const result = insertFragment(editor.doc, fragment, offset);
  if (!result.ok) {
    ctx.ui.getState().notify(`refuse.${result.reason}`, undefined, 'warning');
    return;
  }
  editor.apply(label, () => result.doc, { select: { nodes: new Set(result.nodeIds), edges: new Set(result.edgeIds) } });
}

/** The selection as clipboard text, or undefined when nothing is selected. */
export function copySelection(ctx: ActionContext): string | undefined {
  const fragment = selectedFragment(ctx);
  return fragment && writeDiagram(fragment);
}

/** Copy, then delete the selection exactly as the delete action does. */
export function cutSelection(ctx: ActionContext): string | undefined {
  const text = copySelection(ctx);
  if (text !== undefined) deleteSelection(ctx.editor);
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
  insert(ctx, 'history.paste', fragment, offset);
}

/** Duplicate the selection in place, shifted a little, as one undo step. */
export function duplicateSelection(ctx: ActionContext): void {
  const fragment = selectedFragment(ctx);
  if (fragment) insert(ctx, 'history.duplicate', fragment, { x: PASTE_STEP, y: PASTE_STEP });
}

function writeClipboard(text: string | undefined): void {
  if (text !== undefined) void navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** Copy without a copy event (from a menu). */
export function copyToClipboard(ctx: ActionContext): void {
  writeClipboard(copySelection(ctx));
}

/** Cut without a cut event (from a menu). */
export function cutToClipboard(ctx: ActionContext): void {
  writeClipboard(cutSelection(ctx));
}

/** Paste without a paste event (from a menu): needs the browser's permission to read the clipboard. */
export function pasteFromClipboard(ctx: ActionContext, at?: Position): void {
  void navigator.clipboard
    ?.readText()
    .then((text) => pasteText(ctx, text, at))
    .catch(() => undefined);
}
