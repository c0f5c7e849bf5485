/**
 * The compare view's PDF (issue 14): the same report as `diffText` (what changed, the findings that
 * go and appear with their clauses, readiness per layer, the BOM and cost lines, the closing
 * sentence) on A4 pages of real text in the embedded CJK font, through the compliance report's page
 * flow. Headings are the report's unindented lines; items keep their indent.
 */
import type { Catalog } from '../../../core/catalog/types.ts';
import { diffText, type Comparison, type DiffSides } from '../../../core/diff/index.ts';
import { t } from '../../../core/i18n/translate.ts';
import type { Lang } from '../../../core/model/localized.ts';
import { PALETTE } from '../../../core/report/palette.ts';
import { finishPdf, newPdf } from '../pdf-document.ts';
import { PdfFlow } from '../report/pdf-flow.ts';

export async function exportComparePdf(c: Comparison, sides: DiffSides, catalog: Catalog, lang: Lang, font: Uint8Array): Promise<Uint8Array> {
  const { pdf, font: embedded } = await newPdf(font);
  const flow = new PdfFlow(pdf, embedded);
  const lines = diffText(c, sides, catalog, lang).replace(/\n+$/, '').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      flow.space(6);
      return;
    }
    if (i === 0) flow.paragraph(line, { size: 15, bold: true, color: PALETTE.accent, after: 6 });
    else if (line.startsWith('  ')) flow.paragraph(line.trim(), { size: 9, indent: 12, after: 1.5 });
    else flow.paragraph(line, { size: 10.5, bold: true, after: 3 });
  });
  const title = t(lang, 'diff.title', { before: sides.before.meta.title, after: sides.after.meta.title });
  return finishPdf(pdf, sides.after.meta.title, title, lang);
}
