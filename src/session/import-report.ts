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
const EMPTY: ImportReportState = { report: null, fileName: '', showChanges: false, added: NONE };

export function createImportReportStore(editor: EditorStore) {
  const store = createStore<ImportReportState>()(() => EMPTY);
  /** The load (`editor.loads`) of the design the report is about. */
  let forLoad = -1;
  editor.subscribe((state) => {
    if (state.loads !== forLoad && store.getState().report) store.setState(EMPTY);
  });
  return Object.assign(store, {
    /** Record the report of an import that just opened (or changed) the open design, and show it. */
    keep(report: ImportReport, fileName: string) {
      forLoad = editor.getState().loads;
      store.setState({ report, fileName, showChanges: true, added: new Set(report.added.map((a) => a.id)) });
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
