/**
 * The topology drawing as a PDF on A4 or A3 landscape, with the CJK font embedded (subset to the
 * glyphs used) so Chinese and Latin labels are real, searchable text. The font comes in as bytes:
 * from node_modules in Node (src/node/pdf-font-fs.ts), fetched lazily in the browser
 * (./browser-font.ts), so the app's first load does not carry it.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { buildScene, type SceneOptions } from '../../core/export/scene/scene.ts';
import { fittedSheet } from '../../core/export/scene/sheet.ts';
import { drawable } from '../../core/export/text/clean-text.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Diagram } from '../../core/model/types.ts';
import { finishPdf, newPdf } from './pdf-document.ts';
import { PdfPainter } from './pdf-painter.ts';

export type PaperSize = 'A4' | 'A3';

/** Landscape pages in PDF points (1/72 in). */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
};

export interface PdfOptions extends SceneOptions {
  paper: PaperSize;
  /** The CJK font (TrueType), e.g. Noto Sans SC Regular. */
  font: Uint8Array;
}

export async function exportPdf(doc: Diagram, catalog: Catalog, options: PdfOptions): Promise<Uint8Array> {
  const scene = buildScene(doc, catalog, options);
  const page = PAPER[options.paper];
  const { pdf, font } = await newPdf(options.font);
  const sheet = fittedSheet(scene, page);
  const pdfPage = pdf.addPage([page.width, page.height]);
  new PdfPainter(pdfPage, font).paintSheet(sheet);
  return finishPdf(pdf, drawable(doc.meta.title), t(options.lang, 'export.sheet.subtitle'), options.lang);
}
