/**
 * The download formats, apart from the exporters that write them: the export dialog lists these on
 * the first screen, while the exporters (src/export/export-file.ts) load only when a file is asked for.
 */
export const EXPORT_FORMATS = ['svg', 'pdf', 'pdf-a4', 'pdf-a3', 'pdf-a2', 'pdf-a1', 'drawio', 'csv', 'md', 'json', 'xlsx'] as const;
/** The compliance report (issue 5): printable HTML, and PDF with the embedded font. */
export const REPORT_FORMATS = ['report-html', 'report-pdf'] as const;
/** The topology drawing as PNG at 2× and 3×: browser only (it needs a canvas). */
export const PNG_FORMATS = ['png2x', 'png3x'] as const;
export const ALL_EXPORT_FORMATS = [...EXPORT_FORMATS, ...REPORT_FORMATS, ...PNG_FORMATS] as const;
export type ExportFormat = (typeof ALL_EXPORT_FORMATS)[number];
/** The formats that draw the topology (a selection and finding marks apply to them). */
export const DRAWING_FORMATS: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['svg', 'pdf', 'pdf-a4', 'pdf-a3', 'pdf-a2', 'pdf-a1', 'drawio', 'png2x', 'png3x']);
