/**
 * One entry point for every download the app offers (and anything else that wants a file): the
 * format's bytes or text, its MIME type and a safe file name derived from the diagram's title. No
 * DOM: the caller turns the result into a Blob. The PDF and XLSX writers (pdf-lib, fontkit, exceljs)
 * and the font are loaded only when such a file is asked for, so the app's first load stays small.
 */
import { bomJson } from '../core/bom/bom-json.ts';
import { bomTable } from '../core/bom/bom-table.ts';
import { toCsv } from '../core/bom/csv.ts';
import { bomMarkdown } from '../core/bom/markdown.ts';
import type { Catalog } from '../core/catalog/types.ts';
import { exportDrawio } from '../core/export/drawio/export-drawio.ts';
import type { SceneOptions } from '../core/export/scene/scene.ts';
import { exportSvg } from '../core/export/svg/export-svg.ts';
import { t } from '../core/i18n/translate.ts';
import { safeFileName } from '../core/model/file-name.ts';
import type { Diagram } from '../core/model/types.ts';

export const EXPORT_FORMATS = ['svg', 'pdf-a4', 'pdf-a3', 'drawio', 'csv', 'md', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  mimeType: string;
  data: string | Uint8Array;
}

export interface ExportFileOptions extends SceneOptions {
  /** The PDF's CJK font: `loadBrowserPdfFont` in the app, `loadPdfFont` in Node. */
  loadFont?: () => Promise<Uint8Array>;
}

const TYPES: Record<ExportFormat, [extension: string, mimeType: string]> = {
  svg: ['.svg', 'image/svg+xml'],
  'pdf-a4': ['.pdf', 'application/pdf'],
  'pdf-a3': ['.pdf', 'application/pdf'],
  drawio: ['.drawio', 'application/vnd.jgraph.mxfile'],
  csv: ['.csv', 'text/csv;charset=utf-8'],
  md: ['.md', 'text/markdown;charset=utf-8'],
  json: ['.json', 'application/json'],
  xlsx: ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};

export async function buildExportFile(format: ExportFormat, doc: Diagram, catalog: Catalog, options: ExportFileOptions): Promise<ExportFile> {
  const { lang } = options;
  const [extension, mimeType] = TYPES[format];
  const drawing = format === 'svg' || format === 'pdf-a4' || format === 'pdf-a3' || format === 'drawio';
  const suffix = t(lang, drawing ? 'export.file.topology' : 'export.file.bom');
  const name = safeFileName(`${doc.meta.title} ${suffix}${format === 'pdf-a3' ? ' A3' : ''}`, extension);
  const file = (data: string | Uint8Array): ExportFile => ({ name, mimeType, data });
  switch (format) {
    case 'svg':
      return file(exportSvg(doc, catalog, options));
    case 'drawio':
      return file(exportDrawio(doc, catalog, options));
    case 'csv':
      return file(toCsv(bomTable(doc, catalog, lang)));
    case 'md':
      return file(bomMarkdown(doc, catalog, lang));
    case 'json':
      return file(bomJson(doc, catalog, lang));
    case 'xlsx': {
      const { exportBomXlsx } = await import('./xlsx/export-xlsx.ts');
      return file(await exportBomXlsx(doc, catalog, { lang, ...(options.check ? { check: options.check } : {}) }));
    }
    case 'pdf-a4':
    case 'pdf-a3': {
      if (!options.loadFont) throw new Error('a PDF needs its font: pass loadFont');
      const [{ exportPdf }, font] = await Promise.all([import('./pdf/export-pdf.ts'), options.loadFont()]);
      return file(await exportPdf(doc, catalog, { ...options, paper: format === 'pdf-a3' ? 'A3' : 'A4', font }));
    }
  }
}
