/**
 * Import, once the user confirmed the dialog (issue 13): build the diagram from the plan, lay it out
 * with ELK in the layout worker, and either open it as a new design in 我的图 (like a template) or,
 * over a design an earlier import made, apply the update as one undo step keeping the user's layout
 * and additions. The report goes to the session (not the file). The import core is loaded here, on
 * demand: the first screen does not carry it.
 */
import type { ImportReport } from '../../core/import/types.ts';
import type { LayoutEngine } from '../../core/layout/elk-json.ts';
import type { Diagram, Level, Platform, SecurityZoneKind } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import type { ActionContext } from '../actions/context.ts';
import type { PendingImport } from '../editor/ui-store.ts';
import { layoutClient } from '../layout/run-layout.ts';
import { usePrefs } from '../state/prefs-store.ts';

export interface ImportChoices {
  zoneKinds: Record<string, SecurityZoneKind>;
  level: Level;
  title: string;
  platform: Platform;
  /** Update the open design (made by an earlier import) instead of opening a new one. */
  update: boolean;
}

export type ImportOutcome = { status: 'opened' | 'updated'; diagram: Diagram; report: ImportReport } | { status: 'refused' } | { status: 'failed'; reason: string };

/** The app's layout worker as the `LayoutEngine` the core's layout functions take. */
export async function browserLayoutEngine(): Promise<LayoutEngine> {
  const client = await layoutClient();
  return async (graph) => {
    const outcome = await client.graph(graph);
    if (outcome.status === 'done') return outcome.graph;
    throw new Error(outcome.status === 'failed' ? outcome.message : outcome.status);
  };
}

/** Whether a design was made by an import (so a newer import can update it). */
export function madeByImport(doc: Diagram): boolean {
  return doc.nodes.some((n) => n.id.startsWith('imp:'));
}

export async function runImport(ctx: ActionContext, pending: PendingImport, choices: ImportChoices): Promise<ImportOutcome> {
  try {
    const [core, engine] = await Promise.all([import('../../core/import/index.ts'), browserLayoutEngine()]);
    const previous = choices.update ? ctx.editor.getState().doc : undefined;
    const { diagram, report } = core.buildImportedDiagram(pending.plan, ctx.catalog, {
      zoneKinds: choices.zoneKinds,
      level: choices.level,
      title: choices.title,
      platform: choices.platform,
      // Names the import gives things itself (互联网用户, the Internet zone) in the UI's language.
      lang: usePrefs.getState().lang,
      ...(previous ? { previous } : {}),
    });
    const laidOut = await core.layoutImported(diagram, ctx.catalog, engine, { reimport: previous !== undefined });
    const reports = ctx.session.importReport;
    if (previous) {
      // The design as it was stays at hand as an automatic version (issue 14), then the update.
      await ctx.persistence.saveAutomaticVersion('import');
      // Refused (and said so) when the user changed the design while the import ran.
      const applied = ctx.session.run(commands.reimport, { before: previous, after: laidOut });
      if (applied.status === 'refused') return { status: 'refused' };
      reports.keep(report, pending.fileName);
      ctx.ui.getState().notify('importUi.updated', { name: pending.fileName, added: report.added.length, removed: report.removed.length });
      return { status: 'updated', diagram: laidOut, report };
    }
    await ctx.persistence.openDiagram(laidOut);
    reports.keep(report, pending.fileName);
    ctx.ui.getState().notify('importUi.done', { name: pending.fileName, nodes: laidOut.nodes.length, edges: laidOut.edges.length });
    return { status: 'opened', diagram: laidOut, report };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
