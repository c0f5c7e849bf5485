/**
 * The editor session: the open document with its undo history and selection, its live check, and the
 * one way to change it (`run` a named command). Framework-free: the React app is a thin layer over
 * it, and Node tests drive exactly what the UI drives.
 */
import type { Catalog } from '../core/catalog/types.ts';
import type { MessageKey, Params } from '../core/i18n/translate.ts';
import type { Diagram } from '../core/model/types.ts';
import { createCheckStore, type CheckStore } from './check-store.ts';
import type { Command, Outcome } from './command.ts';
import { createEditorStore, type EditorStore } from './editor-store.ts';
import { createImportReportStore, type ImportReportStore } from './import-report.ts';
import type { RulesEngine, RulesEngineSource } from './rules-engine.ts';

export interface Refusal {
  key: MessageKey;
  params?: Params;
}

export interface Session {
  readonly editor: EditorStore;
  readonly check: CheckStore;
  /** The report of the last import into the open design (not part of the document). */
  readonly importReport: ImportReportStore;
  readonly catalog: Catalog;
  /** Settles once the rules engine is there and the open document has been checked. */
  readonly rulesReady: Promise<RulesEngine>;
  /** Run a command as one undo step; a refusal is told to every `onRefusal` listener. */
  run<A>(command: Command<A>, args: A): Outcome;
  undo(): void;
  redo(): void;
  onRefusal(listener: (refusal: Refusal) => void): () => void;
}

export interface SessionOptions {
  /** The rules engine (`rules-engine-core.ts`), or its chunk on its way (the app). */
  rules: RulesEngineSource;
  now?: () => number;
}

export function createSession(initial: Diagram, catalog: Catalog, options: SessionOptions): Session {
  const editor = createEditorStore(initial, options.now);
  const checking = createCheckStore(editor, catalog, options.rules);
  const check = checking.store;
  const importReport = createImportReportStore(editor);
  const listeners = new Set<(refusal: Refusal) => void>();
  return {
    editor,
    check,
    importReport,
    catalog,
    rulesReady: checking.ready,
    run(command, args) {
      const state = editor.getState();
      const result = command.run({ doc: state.doc, catalog, selection: state.selection, rules: checking.engine() }, args);
      if ('refused' in result) {
        const refusal: Refusal = { key: result.refused, ...(result.params ? { params: result.params } : {}) };
        for (const listener of listeners) listener(refusal);
        return { status: 'refused', ...refusal };
      }
      const changed = result.doc !== state.doc;
      const mergeKey = command.mergeKey?.(args);
      state.apply(command.label, () => result.doc, {
        ...(result.labelParams ? { labelParams: result.labelParams } : {}),
        ...(mergeKey !== undefined ? { mergeKey } : {}),
        ...(result.select ? { select: result.select } : {}),
      });
      return { status: changed ? 'changed' : 'unchanged' };
    },
    undo: () => editor.getState().undo(),
    redo: () => editor.getState().redo(),
    onRefusal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
