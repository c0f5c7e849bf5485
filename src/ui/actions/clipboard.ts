/**
 * Copy, cut and paste through the system clipboard, as diagram JSON (a valid version-1 file holding
 * the selection), so they work between tabs and between diagrams. Pasted text goes through the same
 * reader as an opened file; every pasted node and edge gets a fresh id, and the copy lands at the
 * nearest free spot of the zone it is aimed at (session paste command).
 *
 * The keyboard reaches these through the browser's copy, cut and paste events (use-global-input.ts);
 * menus go through the asynchronous clipboard API (the *Clipboard functions below).
 */
import { extractFragment } from '../../core/edit/fragment.ts';
import { describeReadError } from '../../core/format/describe.ts';
import { loadDiagramReader } from '../files/diagram-reader.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { diagramBounds } from '../../core/geometry/geometry.ts';
import type { Diagram, Position } from '../../core/model/types.ts';
import { DUPLICATE_STEP } from '../../session/commands/clipboard.ts';
import * as commands from '../../session/commands/index.ts';
import { nodesWithEdgeEnds } from '../../session/selection.ts';
import { usePrefs } from '../state/prefs-store.ts';
import type { ActionContext } from './context.ts';

/** The selection (selected edges bring both their ends) as a diagram, or undefined when nothing is selected. */
function selectedFragment(ctx: ActionContext): Diagram | undefined {
  const { doc, selection } = ctx.editor.getState();
  const ids = nodesWithEdgeEnds(doc, selection);
  return ids.size === 0 ? undefined : extractFragment(doc, ids);
}

/** The selection as clipboard text, or undefined when nothing is selected. */
export function copySelection(ctx: ActionContext): string | undefined {
  const fragment = selectedFragment(ctx);
  return fragment && writeDiagram(fragment);
}

/** Copy, then delete the selection exactly as the delete action does. */
export function cutSelection(ctx: ActionContext): string | undefined {
  const text = copySelection(ctx);
  if (text !== undefined) ctx.session.run(commands.deleteElements, {});
  return text;
}

/**
 * Paste clipboard text. Each further paste of the same text lands a step further away; with `at`,
 * the pasted selection's top-left corner lands there (a paste from the context menu).
 */
export async function pasteText(ctx: ActionContext, text: string, at?: Position): Promise<void> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return; // plain text: not meant for the canvas
  const reader = await loadDiagramReader().catch(() => undefined);
  if (!reader) {
    ctx.ui.getState().notify('app.partFailed', {}, 'warning');
    return;
  }
  const read = reader.readDiagramText(trimmed, ctx.catalog);
  if (!read.ok) {
    const lang = usePrefs.getState().lang;
    ctx.ui.getState().notify('refuse.pasteNotDiagram', { reason: describeReadError(read.error, lang).headline }, 'warning');
    return;
  }
  const fragment = read.diagram;
  const bounds = diagramBounds(fragment);
  if (!bounds) return;
  // Pasted beside where it was copied from (or where the menu was opened), at the nearest free spot
  // of the zone there: pasting again lands beside the last copy, not on it.
  const aim = at ?? { x: bounds.x + DUPLICATE_STEP, y: bounds.y + DUPLICATE_STEP };
  const view = ctx.ui.getState().view?.visibleArea();
  ctx.session.run(commands.paste, { fragment, at: aim, ...(view ? { view } : {}) });
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
