/** The import's parts the workbench loads on demand, in one chunk: the dialog and the report panel. */
export { ImportDialog } from './ImportDialog.tsx';
export { ImportReportPanel } from './ImportReportPanel.tsx';
