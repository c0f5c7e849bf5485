/** The PDF report's import section (issue 13): the same figures and lists as the HTML's, as real text. */
import { t } from '../../../core/i18n/translate.ts';
import type { ComplianceReport } from '../../../core/report/report-model.ts';
import { PdfFlow } from './pdf-flow.ts';
import { drawTable } from './pdf-table.ts';
import { drawIntro } from './report-pdf-cover.ts';

export function drawImport(flow: PdfFlow, report: ComplianceReport): void {
  const section = report.imported;
  if (!section) return;
  drawIntro(flow, t(report.lang, 'report.imported.intro', { file: section.fileName }));
  drawTable(flow, { rows: section.figures.map((f) => ({ cells: [f.label, String(f.value)] })), widths: [0.4, 0.15], numeric: [1], labelColumn: true });
  for (const list of section.lists) {
    flow.paragraph(`${list.title} (${list.items.length})`, { size: 9.5, bold: true, after: 2 });
    for (const item of list.items) flow.paragraph(`• ${item}`, { size: 8.5, indent: 8, after: 1 });
    flow.space(4);
  }
}
