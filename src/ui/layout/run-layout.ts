/**
 * "Tidy up": lay out the whole diagram, the contents of the one selected zone, or the selection, in
 * the layout worker, and apply the result as one undo step. Progress and a cancel button appear once
 * a run passes a second; a newer run supersedes an older one; a result computed for a document the
 * user has since changed is dropped rather than applied over their edits.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { MessageKey, Params } from '../../core/i18n/translate.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { LayoutScope } from '../../core/layout/layout-scope.ts';
import * as commands from '../../session/commands/index.ts';
import type { ActionContext } from '../actions/context.ts';
import { TEMPLATES, loadTemplateDiagram } from '../templates/bundled-templates.ts';
import type { LayoutClient } from './layout-client.ts';

// The layout code (ELK graph building, the worker client) is a chunk of its own, loaded by the idle
// warm-up or the first tidy-up: the first screen does not need it.
let client: Promise<LayoutClient> | undefined;
let started: LayoutClient | undefined;

/** The app's one layout client (loaded on first use): tidy-up, the warm-up and the import share its worker. */
export function layoutClient(): Promise<LayoutClient> {
  client ??= import('./layout-client.ts').then(
    ({ createLayoutClient }) => (started = createLayoutClient()),
    (error: unknown) => {
      client = undefined; // offline and not cached yet: the next attempt tries again
      throw error;
    },
  );
  return client;
}

/** What a tidy-up covers, and how the UI names it (button, menu, the toast when done). */
export interface TidyTarget {
  scope: LayoutScope;
  label: { key: MessageKey; params?: Params };
  done: MessageKey;
}

const ALL: TidyTarget = { scope: { kind: 'diagram' }, label: { key: 'tidy.all' }, done: 'tidy.doneAll' };

/**
 * What "tidy up" lays out, from the selection: several nodes are laid out among themselves; one zone,
 * or one product, is its zone's inside (one product alone has nothing to be arranged with); nothing
 * selected, or a product at the top level, is the whole diagram.
 */
export function tidyTarget(ctx: ActionContext): TidyTarget {
  const { doc, selection } = ctx.editor.getState();
  const ids = [...selection.nodes];
  if (ids.length > 1) return { scope: { kind: 'selection', ids }, label: { key: 'tidy.selection', params: { count: ids.length } }, done: 'tidy.doneSelection' };
  const node = ids.length === 1 ? indexOf(doc).node(ids[0]!) : undefined;
  const zone = node?.kind === 'zone' ? node : node?.parent !== undefined ? indexOf(doc).node(node.parent) : undefined;
  if (zone?.kind !== 'zone') return ALL;
  const name = zone.label?.trim() ? zone.label : ctx.catalog.zone(zone.zone).name;
  return { scope: { kind: 'zone', id: zone.id }, label: { key: 'tidy.zone', params: { name } }, done: 'tidy.doneZone' };
}

/** The whole diagram (the toolbar's button). */
export function tidyAll(): TidyTarget {
  return ALL;
}

/** Show progress once a run passes this long. */
const SHOW_AFTER_MS = 1000;

export async function runLayout(ctx: ActionContext, target: TidyTarget = tidyTarget(ctx)): Promise<void> {
  const editor = ctx.editor.getState();
  const before = editor.doc;
  const ui = ctx.ui.getState();
  ui.setLayoutProgress({ running: true, elapsedMs: 0, visible: false });
  let layoutWith: LayoutClient;
  try {
    layoutWith = await layoutClient();
  } catch (error) {
    ctx.ui.getState().setLayoutProgress(null);
    ctx.ui.getState().notify('layout.failed', { reason: error instanceof Error ? error.message : String(error) }, 'warning');
    return;
  }
  const outcome = await layoutWith.layout(before, ctx.catalog, target.scope, (progress) => {
    if (progress.phase === 'done') return;
    ctx.ui.getState().setLayoutProgress({ running: true, elapsedMs: progress.elapsedMs, visible: progress.elapsedMs >= SHOW_AFTER_MS });
  });
  if (outcome.status === 'superseded') return; // the newer run owns the progress display
  ctx.ui.getState().setLayoutProgress(null);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  if (outcome.status === 'cancelled') return;
  if (outcome.status === 'failed') {
    ctx.ui.getState().notify('layout.failed', { reason: outcome.message }, 'warning');
    return;
  }
  // Refused (with the reason shown) when the user changed the design while it ran.
  const applied = ctx.session.run(commands.applyLayout, { before, after: outcome.doc });
  if (applied.status !== 'refused') ctx.ui.getState().notify(target.done, { ...target.label.params, seconds: seconds(outcome.elapsedMs) });
}

/**
 * Warm the layout worker up with a small reference design, once the app has nothing else to do: the
 * first "tidy up" of a session then costs what later ones do (200 nodes: 1.4 s cold, 0.8 s warm).
 */
let warming = false;

export function warmUpLayout(catalog: Catalog): void {
  if (warming) return; // once a session: the idle warm-up, or an import dialog that opened first
  warming = true;
  const template = TEMPLATES.find((info) => info.id === WARM_UP_TEMPLATE);
  if (!template) return;
  Promise.all([loadTemplateDiagram(template, catalog), layoutClient(), import('../../core/layout/layout-diagram.ts')])
    .then(([doc, warmed, { prepareLayout }]) => {
      const request = prepareLayout(doc, catalog, { kind: 'diagram' });
      if (request) warmed.warm(request.graph);
    })
    .catch(() => {
      // No warm-up (a chunk not fetched, no worker): the first tidy-up starts ELK itself, or a later
      // warm-up tries again.
      warming = false;
    });
}

/** A template with every zone kind and edge kind the layout handles (about 40 nodes). */
const WARM_UP_TEMPLATE = 'l3-basic';

export function cancelLayout(): void {
  started?.cancel();
}
