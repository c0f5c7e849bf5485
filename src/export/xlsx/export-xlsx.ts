/**
 * The BOM workbook (exceljs): 产品清单 (the BOM), 控制点对照 (each rule's control points → the products
 * and nodes that serve it, with its status from a check result when one is given) and 检查结果 (the
 * findings). Every cell is a string or a number — never a formula — and text that a spreadsheet could
 * take for one is neutralised. Used by the CLI and, loaded lazily, by the app.
 */
import * as excelModule from 'exceljs';
import type { Borders, Worksheet } from 'exceljs';
import { bomTable, type Table } from '../../core/bom/bom-table.ts';
import { controlMatrix } from '../../core/bom/control-matrix.ts';
import { findingsTable } from '../../core/bom/findings-table.ts';
import { neutralise } from '../../core/bom/spreadsheet-safe.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { levelName, platformWithLevel } from '../../core/export/names.ts';
import { drawable } from '../../core/export/text/clean-text.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CheckResult } from '../../core/rules/finding.ts';

// exceljs is CommonJS: Node's ESM loader gives it as `default`, bundlers as the namespace itself.
type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } } as const;

const cell = (value: string | number): string | number => (typeof value === 'number' ? value : neutralise(value));

/** A table from row `firstRow` on: bold shaded header, thin borders, wrapped text, frozen header. */
function writeTable(sheet: Worksheet, table: Table, widths: readonly number[], firstRow = 1): void {
  sheet.columns = widths.map((width) => ({ width }));
  const header = sheet.getRow(firstRow);
  header.values = table.header.map(cell);
  header.font = { bold: true };
  table.rows.forEach((row, i) => {
    sheet.getRow(firstRow + 1 + i).values = row.map(cell);
  });
  for (let r = firstRow; r <= firstRow + table.rows.length; r++) {
    for (let c = 1; c <= table.header.length; c++) {
      const target = sheet.getCell(r, c);
      target.border = THIN;
      target.alignment = { vertical: 'top', wrapText: true };
      if (r === firstRow) target.fill = HEADER_FILL;
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: firstRow }];
}

export interface XlsxOptions {
  lang: Lang;
  check?: CheckResult;
}

export async function exportBomXlsx(doc: Diagram, catalog: Catalog, options: XlsxOptions): Promise<Uint8Array> {
  const { lang, check } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MLPS Designer';
  workbook.title = drawable(doc.meta.title);

  const products = workbook.addWorksheet(t(lang, 'bom.sheet.products'));
  const table = bomTable(doc, catalog, lang);
  products.mergeCells(1, 1, 1, table.header.length);
  products.mergeCells(2, 1, 2, table.header.length);
  products.getCell(1, 1).value = neutralise(t(lang, 'bom.heading'));
  products.getCell(1, 1).font = { bold: true, size: 14 };
  products.getCell(2, 1).value = neutralise(t(lang, 'bom.meta', { title: drawable(doc.meta.title), level: levelName(doc.meta.level, lang), platform: platformWithLevel(doc.meta, lang) }));
  writeTable(products, table, [6, 26, 24, 8, 8, 56, 28, 12], 3);

  const controls = workbook.addWorksheet(t(lang, 'bom.sheet.controls'));
  writeTable(controls, controlMatrix(doc, catalog, lang, check), [18, 10, 44, 32, 44, 14]);

  const findings = workbook.addWorksheet(t(lang, 'bom.sheet.findings'));
  if (check && check.findings.length > 0) writeTable(findings, findingsTable(doc, catalog, lang, check), [10, 10, 20, 20, 32, 60, 24]);
  else {
    findings.getColumn(1).width = 40;
    findings.getCell(1, 1).value = neutralise(t(lang, check ? 'bom.findings.none' : 'bom.findings.notChecked'));
  }

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
