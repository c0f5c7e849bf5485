/**
 * The filing's drawing as PDF on the paper asked for. A4 and A3 are the app's own PDF exports; A2 and
 * A1 (for large designs, `--paper a2|a1`) fit the same sheet onto the bigger page. `auto` is A3 for now:
 * choosing the paper from the text size is the print-grade drawing's work (issue 11), which replaces
 * this choice when it lands.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { buildScene } from '../../core/export/scene/scene.ts';
import { fittedSheet } from '../../core/export/scene/sheet.ts';
import { drawable } from '../../core/export/text/clean-text.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import type { Diagram } from '../../core/model/types.ts';
import { buildExportFile } from '../export-file.ts';
import type { FilingFile } from './filing-files.ts';

export const FILING_PAPERS = ['auto', 'a4', 'a3', 'a2', 'a1'] as const;
export type FilingPaper = (typeof FILING_PAPERS)[number];

/** Landscape A2 and A1 in PDF points. */
const LARGE = { a2: { width: 1683.78, height: 1190.55 }, a1: { width: 2383.94, height: 1683.78 } };

export async function drawingPdf(doc: Diagram, catalog: Catalog, options: { lang: Lang; date: string; paper: FilingPaper; loadFont: () => Promise<Uint8Array> }): Promise<FilingFile> {
  const { lang, date, paper } = options;
  if (paper === 'auto' || paper === 'a3' || paper === 'a4') {
    const file = await buildExportFile(paper === 'a4' ? 'pdf-a4' : 'pdf-a3', doc, catalog, { lang, date, loadFont: options.loadFont });
    return { name: file.name, data: file.data };
  }
  const [{ newPdf, finishPdf }, { PdfPainter }, font] = await Promise.all([import('../pdf/pdf-document.ts'), import('../pdf/pdf-painter.ts'), options.loadFont()]);
  const page = LARGE[paper];
  const scene = buildScene(doc, catalog, { lang, date });
  const { pdf, font: embedded } = await newPdf(font);
  new PdfPainter(pdf.addPage([page.width, page.height]), embedded).paintSheet(fittedSheet(scene, page));
  const data = await finishPdf(pdf, drawable(doc.meta.title), t(lang, 'export.sheet.subtitle'), lang);
  return { name: safeFileName(`${doc.meta.title} ${t(lang, 'export.file.topology')} ${paper.toUpperCase()}`, '.pdf'), data };
}
