/**
 * The BOM workbook (exceljs): 产品清单 (the BOM), 安全产品清单（备案） (表四 item 04: the security
 * products with their certificates, as the filing's DOCX lists them), 控制点对照 (each rule's control
 * points → the products and nodes that serve it, with its status from a check result when one is
 * given) and 检查结果 (the findings). Every cell is a string or a number, and text that a spreadsheet could
 * take for one is kept as text by its cell style (quote-prefix.ts), not by changing the text. The only
 * formulas are the price columns' subtotals and totals when a priced BOM is given (price-formulas.ts):
 * built from our own cell references, never from user text. Every
 * sheet prints landscape, one page wide, its header row on every page, each row as tall as its wrapped
 * text. Used by the CLI and, loaded lazily, by the app.
 */
import * as excelModule from 'exceljs';
import type { Borders, Cell, Worksheet } from 'exceljs';
import { bomTable, type Table } from '../../core/bom/bom-table.ts';
import { PRICED_COLUMNS, pricedBomTable } from '../../core/bom/priced-table.ts';
import type { PricedBom } from '../../core/prices/priced-bom.ts';
import { controlMatrix } from '../../core/bom/control-matrix.ts';
import { findingsTable } from '../../core/bom/findings-table.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { levelName, platformWithLevel } from '../../core/export/names.ts';
import { drawable } from '../../core/export/text/clean-text.ts';
import { productList } from '../../core/filing/product-list.ts';
import { today } from '../../core/model/today.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CheckResult } from '../../core/rules/finding.ts';
import { priceFormulas } from './price-formulas.ts';
import { printOnePageWide } from './print-setup.ts';
import { keepAsText, looksLikeFormula, withQuotePrefix } from './quote-prefix.ts';
import { rowHeight } from './text-height.ts';

// exceljs is CommonJS: Node's ESM loader gives it as `default`, bundlers as the namespace itself.
type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } } as const;

/** Puts a string or number in a cell; formula-looking text stays text through its style. */
function put(target: Cell, value: string | number): void {
  target.value = value;
  if (typeof value === 'string' && looksLikeFormula(value)) keepAsText(target);
}

/** A table from row `firstRow` on: bold shaded header, thin borders, wrapped text, frozen header. */
function writeTable(sheet: Worksheet, table: Table, widths: readonly number[], firstRow = 1): void {
  sheet.columns = widths.map((width) => ({ width }));
  [table.header, ...table.rows].forEach((values, i) => {
    const row = sheet.getRow(firstRow + i);
    values.forEach((value, c) => {
      const target = row.getCell(c + 1);
      put(target, value);
      target.border = THIN;
      target.alignment = { vertical: 'top', wrapText: true };
      if (i === 0) {
        target.fill = HEADER_FILL;
        target.font = { bold: true };
      }
    });
    row.height = rowHeight(values.map((value, c) => ({ text: String(value), width: widths[c] ?? 8 })));
  });
  sheet.views = [{ state: 'frozen', ySplit: firstRow }];
  printOnePageWide(sheet, firstRow);
}

/** A line of text across the table's columns (merged), wrapped, its row as tall as the text. */
function writeBanner(sheet: Worksheet, row: number, columns: number, text: string, size: number): void {
  sheet.mergeCells(row, 1, row, columns);
  const target = sheet.getCell(row, 1);
  put(target, text);
  target.font = { bold: size > 11, size };
  target.alignment = { vertical: 'top', wrapText: true };
  let width = 0;
  for (let c = 1; c <= columns; c++) width += sheet.getColumn(c).width ?? 8;
  sheet.getRow(row).height = rowHeight([{ text, width: (width * 11) / size }], (15 * size) / 11);
}

export interface XlsxOptions {
  lang: Lang;
  check?: CheckResult;
  /** The date certificates are judged at when the design has none (YYYY-MM-DD; default today). */
  today?: string;
  /** The BOM priced with the user's price list: adds the price columns, subtotal and total formulas. */
  priced?: PricedBom;
}

export async function exportBomXlsx(doc: Diagram, catalog: Catalog, options: XlsxOptions): Promise<Uint8Array> {
  const { lang, check } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MLPS Designer';
  workbook.title = drawable(doc.meta.title);

  withQuotePrefix(workbook);

  const products = workbook.addWorksheet(t(lang, 'bom.sheet.products'));
  const priced = options.priced ? pricedBomTable(doc, catalog, lang, options.priced) : undefined;
  const table = priced ?? bomTable(doc, catalog, lang);
  writeTable(products, table, priced ? [6, 24, 22, 8, 8, 40, 24, 10, 12, 10, 8, 14, 24] : [6, 26, 24, 8, 8, 56, 28, 12], 3);
  if (priced && options.priced) {
    // Totals below the table, then every subtotal and total as a formula over our own cells.
    const firstRow = 4;
    priced.totals.forEach((cells, i) => {
      const row = products.getRow(firstRow + table.rows.length + i);
      cells.forEach((value, c) => {
        const target = row.getCell(c + 1);
        put(target, value);
        target.font = { bold: true };
        target.border = THIN;
      });
    });
    priceFormulas(products, options.priced, firstRow, PRICED_COLUMNS);
    workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  }
  writeBanner(products, 1, table.header.length, t(lang, 'bom.heading'), 14);
  writeBanner(products, 2, table.header.length, t(lang, 'bom.meta', { title: drawable(doc.meta.title), level: levelName(doc.meta.level, lang), platform: platformWithLevel(doc.meta, lang) }), 11);

  const filing = workbook.addWorksheet(t(lang, 'filing.products.sheet'));
  const list = productList(doc, catalog, lang, options.today ?? today());
  writeTable(filing, { header: list.header, rows: list.rows.map((r) => r.cells) }, [6, 22, 22, 8, 20, 40, 14, 20, 20, 14], 2);
  writeBanner(filing, 1, list.header.length, t(lang, 'filing.products.licenceNote'), 10);
  list.rows.forEach((row, i) => {
    if (row.expired) filing.getRow(i + 3).font = { color: { argb: 'FFB91C1C' } };
  });

  const controls = workbook.addWorksheet(t(lang, 'bom.sheet.controls'));
  writeTable(controls, controlMatrix(doc, catalog, lang, check), [18, 10, 44, 32, 44, 14]);

  const findings = workbook.addWorksheet(t(lang, 'bom.sheet.findings'));
  if (check && check.findings.length > 0) writeTable(findings, findingsTable(doc, catalog, lang, check), [10, 10, 20, 20, 32, 60, 24]);
  else {
    findings.getColumn(1).width = 40;
    put(findings.getCell(1, 1), t(lang, check ? 'bom.findings.none' : 'bom.findings.notChecked'));
    printOnePageWide(findings, undefined);
  }

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
