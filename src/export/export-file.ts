/**
 * The app's one entry point for its downloads (the CLI's `export` command writes SVG and draw.io with
 * the same core exporters, called directly): the format's bytes or text, its MIME type and a safe
 * file name derived from the diagram's title. No DOM: the caller turns the result into a Blob (except
 * PNG, drawn on a canvas by ./png, browser only). The PDF, XLSX and PNG writers (pdf-lib, fontkit,
 * exceljs) and the font are loaded only when such a file is asked for, so the app's first load stays
 * small. The formats that use a check result (the compliance report, the workbook, a drawing with
 * its findings marked) use the one passed in (the level the user is looking at), else check the
 * document at its own level.
 */
import { bomJson } from '../core/bom/bom-json.ts';
import { bomTable } from '../core/bom/bom-table.ts';
import { toCsv } from '../core/bom/csv.ts';
import { bomMarkdown } from '../core/bom/markdown.ts';
import { buildBom } from '../core/bom/bom.ts';
import { pricedBomTable } from '../core/bom/priced-table.ts';
import { priceBom, type PricedBom } from '../core/prices/priced-bom.ts';
import type { PriceList } from '../core/prices/types.ts';
import type { Catalog } from '../core/catalog/types.ts';
import { exportDrawio } from '../core/export/drawio/export-drawio.ts';
import type { SceneOptions } from '../core/export/scene/scene.ts';
import { exportSvg } from '../core/export/svg/export-svg.ts';
import { t, type MessageKey, type Params } from '../core/i18n/translate.ts';
import { safeFileName } from '../core/model/file-name.ts';
import { today } from '../core/model/today.ts';
import type { Diagram } from '../core/model/types.ts';
import { exportReportHtml } from '../core/report/html/report-html.ts';
import type { ReportOptions } from '../core/report/report-model.ts';
import { checkDiagram } from '../core/rules/check.ts';
import type { CheckResult } from '../core/rules/finding.ts';
import { DRAWING_FORMATS, type ExportFormat } from './export-formats.ts';

export { EXPORT_FORMATS, REPORT_FORMATS, PNG_FORMATS, ALL_EXPORT_FORMATS, DRAWING_FORMATS, type ExportFormat } from './export-formats.ts';

/** The paper of each PDF drawing format: `pdf` picks the smallest of A3, A2, A1 that keeps the text legible. */
const PDF_PAPER = { pdf: 'auto', 'pdf-a4': 'A4', 'pdf-a3': 'A3', 'pdf-a2': 'A2', 'pdf-a1': 'A1' } as const;

export interface ExportFile {
  name: string;
  mimeType: string;
  data: string | Uint8Array;
  /** Something the user should be told with the download (a PNG's scale reduced to fit the canvas limit). */
  notice?: { messageKey: MessageKey; params: Params };
}

export interface ExportFileOptions extends SceneOptions, Pick<ReportOptions, 'imported'> {
  /** The PDF's CJK font: `loadBrowserPdfFont` in the app, `loadPdfFont` in Node. */
  loadFont?: () => Promise<Uint8Array>;
  /**
   * The user's price list: the product-list formats (CSV, Markdown, JSON, XLSX) gain unit price,
   * subtotal and totals per period and currency, priced at the design's date (meta.date), else at
   * `date` (today), as the CLI's `bom --prices` does.
   */
  priceList?: PriceList;
}

const TYPES: Record<ExportFormat, [extension: string, mimeType: string]> = {
  svg: ['.svg', 'image/svg+xml'],
  pdf: ['.pdf', 'application/pdf'],
  'pdf-a4': ['.pdf', 'application/pdf'],
  'pdf-a2': ['.pdf', 'application/pdf'],
  'pdf-a1': ['.pdf', 'application/pdf'],
  'pdf-a3': ['.pdf', 'application/pdf'],
  drawio: ['.drawio', 'application/vnd.jgraph.mxfile'],
  csv: ['.csv', 'text/csv;charset=utf-8'],
  md: ['.md', 'text/markdown;charset=utf-8'],
  json: ['.json', 'application/json'],
  xlsx: ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  'report-html': ['.html', 'text/html;charset=utf-8'],
  'report-pdf': ['.pdf', 'application/pdf'],
  png2x: ['.png', 'image/png'],
  png3x: ['.png', 'image/png'],
};

const NAME_SUFFIX: Partial<Record<ExportFormat, string>> = { 'pdf-a4': ' A4', 'pdf-a3': ' A3', 'pdf-a2': ' A2', 'pdf-a1': ' A1', png2x: ' @2x', png3x: ' @3x' };

export async function buildExportFile(format: ExportFormat, doc: Diagram, catalog: Catalog, options: ExportFileOptions): Promise<ExportFile> {
  const { lang } = options;
  const [extension, mimeType] = TYPES[format];
  const drawing = DRAWING_FORMATS.has(format);
  const report = format === 'report-html' || format === 'report-pdf';
  const suffix = t(lang, report ? 'report.file' : drawing ? 'export.file.topology' : 'export.file.bom');
  const name = safeFileName(`${doc.meta.title} ${suffix}${NAME_SUFFIX[format] ?? ''}`, extension);
  const file = (data: string | Uint8Array): ExportFile => ({ name, mimeType, data });
  const checked = (): CheckResult => options.check ?? checkDiagram(doc, catalog);
  const priced: PricedBom | undefined = options.priceList ? priceBom(buildBom(doc, catalog), options.priceList, { date: doc.meta.date ?? options.date ?? today() }) : undefined;
  // A drawing marks findings from a check result: the one passed in, else its own.
  const drawn = drawing && options.markFindings && !options.check ? { ...options, check: checked() } : options;
  switch (format) {
    case 'svg':
      return file(exportSvg(doc, catalog, drawn));
    case 'drawio':
      return file(exportDrawio(doc, catalog, drawn));
    case 'csv': {
      if (!priced) return file(toCsv(bomTable(doc, catalog, lang)));
      const table = pricedBomTable(doc, catalog, lang, priced);
      return file(toCsv({ header: table.header, rows: [...table.rows, ...table.totals] }));
    }
    case 'md':
      return file(bomMarkdown(doc, catalog, lang, priced));
    case 'json':
      return file(bomJson(doc, catalog, lang, priced));
    case 'xlsx': {
      const { exportBomXlsx } = await import('./xlsx/export-xlsx.ts');
      return file(await exportBomXlsx(doc, catalog, { lang, check: checked(), ...(priced ? { priced } : {}) }));
    }
    case 'pdf':
    case 'pdf-a4':
    case 'pdf-a2':
    case 'pdf-a1':
    case 'pdf-a3': {
      if (!options.loadFont) throw new Error('a PDF needs its font: pass loadFont');
      const [{ exportPdf }, font] = await Promise.all([import('./pdf/export-pdf.ts'), options.loadFont()]);
      return file(await exportPdf(doc, catalog, { ...drawn, paper: PDF_PAPER[format as keyof typeof PDF_PAPER], font }));
    }
    case 'report-html':
      return file(exportReportHtml(doc, catalog, checked(), options));
    case 'report-pdf': {
      if (!options.loadFont) throw new Error('a PDF needs its font: pass loadFont');
      const [{ exportReportPdf }, font] = await Promise.all([import('./pdf/report/export-report-pdf.ts'), options.loadFont()]);
      return file(await exportReportPdf(doc, catalog, checked(), { ...options, font }));
    }
    case 'png2x':
    case 'png3x': {
      const { exportPng } = await import('./png/export-png.ts');
      const { bytes, plan } = await exportPng(doc, catalog, { ...drawn, scale: format === 'png3x' ? 3 : 2 });
      if (!plan.reduced) return file(bytes);
      const params = { requested: plan.requestedScale, scale: plan.scale, width: plan.width, height: plan.height };
      return { ...file(bytes), notice: { messageKey: 'png.notice.scaledDown', params } };
    }
  }
}
