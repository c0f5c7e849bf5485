/**
 * The 备案 filing package (issue 11): the drawing as PDF and SVG, 系统拓扑结构及说明 (DOCX), 安全产品清单
 * (XLSX and DOCX) and the compliance report (PDF), built by the same exporters as the single downloads.
 * The app zips them into one download (./filing-zip.ts); the CLI's `filing` writes them into a folder.
 * Rasterising the drawing for the DOCX differs by host (a canvas in the browser, resvg in Node), so the
 * caller passes it in.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { productListDocument } from '../../core/filing/product-list.ts';
import { topologyDocument } from '../../core/filing/topology-doc.ts';
import { exportSvg } from '../../core/export/svg/export-svg.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import type { Diagram } from '../../core/model/types.ts';
import { checkDiagram } from '../../core/rules/check.ts';
import type { CheckResult } from '../../core/rules/finding.ts';
import { buildExportFile } from '../export-file.ts';
import type { DocxDrawing } from '../docx/write-docx.ts';
import { drawingPdf, type FilingPaper } from './drawing-pdf.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface FilingFile {
  name: string;
  data: string | Uint8Array;
}

export interface FilingOptions {
  lang: Lang;
  /** Today's date (YYYY-MM-DD): printed where the design has none, and the date certificates are judged at then. */
  today: string;
  check?: CheckResult;
  paper?: FilingPaper;
  loadFont: () => Promise<Uint8Array>;
  /** The drawing's SVG as PNG (with its pixel size); without it the DOCX embeds no image. */
  rasterize?: (svg: string) => Promise<{ png: Uint8Array; width: number; height: number }>;
}

const name = (doc: Diagram, lang: Lang, key: 'filing.file.topology' | 'filing.file.products', extension: string) => safeFileName(`${doc.meta.title} ${t(lang, key)}`, extension);

/** 系统拓扑结构及说明 as DOCX. */
export async function topologyDocx(doc: Diagram, catalog: Catalog, options: Omit<FilingOptions, 'loadFont' | 'paper'>): Promise<FilingFile> {
  const { lang, today } = options;
  const check = options.check ?? checkDiagram(doc, catalog);
  const model = topologyDocument(doc, catalog, check, { lang, today });
  const svg = exportSvg(doc, catalog, { lang, date: today });
  let drawing: DocxDrawing | undefined;
  if (options.rasterize) drawing = { ...(await options.rasterize(svg)), svg };
  const { writeDocx } = await import('../docx/write-docx.ts');
  const data = await writeDocx(model, { ...(drawing ? { drawing } : {}), pageLabel: t(lang, 'filing.docx.page', { page: '{page}' }) });
  return { name: name(doc, lang, 'filing.file.topology', '.docx'), data };
}

/** 安全产品清单 as DOCX. */
export async function productListDocx(doc: Diagram, catalog: Catalog, lang: Lang, today: string): Promise<FilingFile> {
  const { writeDocx } = await import('../docx/write-docx.ts');
  const data = await writeDocx(productListDocument(doc, catalog, lang, today), { pageLabel: t(lang, 'filing.docx.page', { page: '{page}' }) });
  return { name: name(doc, lang, 'filing.file.products', '.docx'), data };
}

/** Every file of the package, in the order a filing lists them. */
export async function filingFiles(doc: Diagram, catalog: Catalog, options: FilingOptions): Promise<FilingFile[]> {
  const { lang, today } = options;
  const check = options.check ?? checkDiagram(doc, catalog);
  const shared = { lang, date: today, check, loadFont: options.loadFont };
  const [pdf, svg, xlsx, report] = await Promise.all([
    drawingPdf(doc, catalog, { lang, date: today, paper: options.paper ?? 'auto', loadFont: options.loadFont }),
    buildExportFile('svg', doc, catalog, shared),
    buildExportFile('xlsx', doc, catalog, shared),
    buildExportFile('report-pdf', doc, catalog, shared),
  ]);
  const topology = await topologyDocx(doc, catalog, { lang, today, check, ...(options.rasterize ? { rasterize: options.rasterize } : {}) });
  const products = await productListDocx(doc, catalog, lang, today);
  return [pdf, { name: svg.name, data: svg.data }, topology, { name: xlsx.name, data: xlsx.data }, products, { name: report.name, data: report.data }];
}

/** "网上商城 备案材料 2026-05-01.zip". */
export function filingZipName(doc: Diagram, lang: Lang, today: string): string {
  return safeFileName(`${doc.meta.title} ${t(lang, 'filing.file.package')} ${doc.meta.date ?? today}`, '.zip');
}
