/**
 * The topology drawing as a PDF, on the paper that keeps it legible (print-plan.ts: A3, A2 or A1
 * chosen automatically, or the one asked for, spread over several sheets when it must be), with the
 * CJK font embedded (subset to the glyphs used) so Chinese and Latin labels are real, searchable
 * text. The font comes in as bytes: from node_modules in Node (src/node/pdf-font-fs.ts), fetched
 * lazily in the browser (./browser-font.ts), so the app's first load does not carry it.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { planPrint, PAPER_SIZES, type Paper, type PaperChoice, type PrintPlan } from '../../core/export/scene/print-plan.ts';
import { buildScene, type SceneOptions } from '../../core/export/scene/scene.ts';
import { drawable } from '../../core/export/text/clean-text.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { finishPdf, newPdf } from './pdf-document.ts';
import { IconForms } from './pdf-icons.ts';
import { PdfPainter } from './pdf-painter.ts';

export type PaperSize = Paper;

/** Landscape pages in PDF points (1/72 in). */
export const PAPER = PAPER_SIZES;

export interface PdfOptions extends SceneOptions {
  /** `auto`: the smallest of A3, A2, A1 that prints the drawing legibly on one sheet. */
  paper: PaperChoice;
  /** The CJK font (TrueType), e.g. Noto Sans SC Regular. */
  font: Uint8Array;
}

/** Adds the pages of a print plan to a document. */
export function paintPlan(pdf: PDFDocument, font: PDFFont, plan: PrintPlan): void {
  const icons = new IconForms(pdf);
  for (const sheet of plan.pages) new PdfPainter(pdf.addPage([sheet.width, sheet.height]), font, icons).paintSheet(sheet);
}

export async function exportPdf(doc: Diagram, catalog: Catalog, options: PdfOptions): Promise<Uint8Array> {
  const plan = planPrint(buildScene(doc, catalog, options), options.paper);
  const { pdf, font } = await newPdf(options.font);
  paintPlan(pdf, font, plan);
  return finishPdf(pdf, drawable(doc.meta.title), t(options.lang, 'export.sheet.subtitle'), options.lang);
}
