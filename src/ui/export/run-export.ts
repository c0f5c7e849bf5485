/**
 * One export from the app: build the file with the shared exporters (the same as the CLI's), hand it
 * to the browser as a download, and say what happened. The exporters, the PDF's font and the heavy
 * writers are loaded on first use (src/export/export-file.ts).
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { PriceList } from '../../core/prices/types.ts';
import type { CheckResult } from '../../core/rules/index.ts';
import type { ImportedFrom } from '../../core/report/report-model.ts';
import type { ExportFile } from '../../export/export-file.ts';
import type { ExportFormat } from '../../export/export-formats.ts';
import { loadBrowserPdfFont } from '../../export/pdf/browser-font.ts';
import { loadDocumentMessages } from '../../core/i18n/load-language.ts';
import { PngExportError } from '../../export/png/png-error.ts';
import { downloadBlob } from '../files/download.ts';
import { today } from '../files/blank-diagram.ts';
import { loadTemplateDiagram, TEMPLATES } from '../templates/bundled-templates.ts';

export interface ExportRequest {
  format: ExportFormat;
  doc: Diagram;
  catalog: Catalog;
  lang: Lang;
  selection?: readonly string[];
  markFindings: boolean;
  check: CheckResult | null;
  /** The user's price list, for the product-list formats (the other formats ignore it). */
  priceList?: PriceList | null;
  /** The open design's import report (issue 13): a section of the compliance report. */
  imported?: ImportedFrom;
}

export type ExportOutcome = { ok: true; file: ExportFile } | { ok: false; reason: string };

export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  try {
    // The exporters are a chunk of their own, and the file's language may not be the UI's.
    const [{ buildExportFile }] = await Promise.all([import('../../export/export-file.ts'), loadDocumentMessages(request.lang)]);
    const file = await buildExportFile(request.format, request.doc, request.catalog, {
      lang: request.lang,
      ...(request.selection && request.selection.length > 0 ? { selection: request.selection } : {}),
      ...(request.check ? { check: request.check } : {}),
      markFindings: request.markFindings,
      ...(request.priceList ? { priceList: request.priceList } : {}),
      date: today(),
      loadFont: loadBrowserPdfFont,
      ...(request.imported ? { imported: request.imported } : {}),
    });
    downloadBlob(new Blob([file.data as BlobPart], { type: file.mimeType }), file.name);
    return { ok: true, file };
  } catch (error) {
    if (error instanceof PngExportError) return { ok: false, reason: error.describe(request.lang) };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * What the export dialog does when it opens, while the user reads it: fetch the exporters and the PDF
 * font, ready the font (parsed, its tables read once), then draw one small PDF nobody downloads (the
 * smallest reference template), so the first real PDF runs on compiled code: the drawing, pdf-lib's
 * pages and compression, the font's subsetting (issue 15: 200 nodes, ~250 ms slower cold than warm).
 * Failures are left to the export itself, which reports them.
 */
export function prepareExports(lang: Lang, catalog: Catalog): void {
  void loadDocumentMessages(lang).catch(() => undefined); // the file's language, chosen in the dialog
  warming ??= warmUpPdf(lang, catalog).catch(() => {
    warming = undefined; // a chunk not fetched (offline before the cache): tried again next time
  });
}

let warming: Promise<void> | undefined;

async function warmUpPdf(lang: Lang, catalog: Catalog): Promise<void> {
  const [{ preparePdfFont }, font, { buildExportFile }] = await Promise.all([
    import('../../export/pdf/fontkit-adapter.ts'),
    loadBrowserPdfFont(),
    import('../../export/export-file.ts'),
    loadDocumentMessages(lang),
  ]);
  preparePdfFont(font);
  const template = TEMPLATES.find((info) => info.id === WARM_UP_TEMPLATE);
  if (!template) return;
  const doc = await loadTemplateDiagram(template, catalog);
  await buildExportFile('pdf', doc, catalog, { lang, date: today(), loadFont: loadBrowserPdfFont, markFindings: false });
}

/** The smallest reference template (about 25 nodes): zones, products, connections and labels. */
const WARM_UP_TEMPLATE = 'l2-small';
