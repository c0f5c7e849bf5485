/**
 * The report of the last import into the open design (issue 13), kept beside the document, not in
 * it: the file format has no field for it. It belongs to the design it was made for: opening another
 * design forgets it. While `showChanges` is on (until the user dismisses the report panel), what a
 * re-import added is highlighted on the canvas.
 */
import { createStore } from 'zustand/vanilla';
import type { ImportReport } from '../core/import/types.ts';
import type { EditorStore } from './editor-store.ts';

export interface ImportReportState {
  report: ImportReport | null;
  /** The file the report was made from (shown in the panel and the compliance report). */
  fileName: string;
  /** The report panel is open and the re-import's additions are highlighted. */
  showChanges: boolean;
  /** Node ids a re-import added (highlighted while `showChanges`). */
  added: ReadonlySet<string>;
}

export type ImportReportStore = ReturnType<typeof createImportReportStore>;

const NONE: ReadonlySet<string> = new Set();

export function createImportReportStore(editor: EditorStore) {
  const store = createStore<ImportReportState>()(() => ({ report: null, fileName: '', showChanges: false, added: NONE }));
  let ownLoad = false;
  editor.subscribe((state, previous) => {
    // Another design opened: the report was about the one before it.
    if (state.loads !== previous.loads && !ownLoad && store.getState().report) store.setState({ report: null, fileName: '', showChanges: false, added: NONE });
  });
  return Object.assign(store, {
    /** Record the report of an import that just opened or changed the design, and show it. */
    keep(report: ImportReport, fileName: string) {
      store.setState({ report, fileName, showChanges: true, added: new Set(report.added.map((a) => a.id)) });
    },
    /** Run `load` (which opens the imported design) without forgetting the report about to be kept. */
    async loading<T>(load: () => Promise<T>): Promise<T> {
      ownLoad = true;
      try {
        return await load();
      } finally {
        ownLoad = false;
      }
    },
    /** The user closed the panel: the highlighting ends; the report stays for the compliance report. */
    dismiss() {
      store.setState({ showChanges: false, added: NONE });
    },
    reopen() {
      if (store.getState().report) store.setState({ showChanges: true });
    },
  });
}
