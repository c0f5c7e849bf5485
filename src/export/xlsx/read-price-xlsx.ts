/**
 * A price list from an XLSX file: the first worksheet's cells, in the same checks as a CSV
 * (core/prices). The size is checked before exceljs sees the bytes. Cells keep their type: numbers
 * stay numbers and date cells become YYYY-MM-DD; rich text, hyperlinks and formulas give their text
 * or cached result (a formula is never evaluated here).
 */
import * as excelModule from 'exceljs';
import type { CellValue } from 'exceljs';
import type { Catalog } from '../../core/catalog/types.ts';
import { parsePriceCsv, priceListFromRows, priceListSizeError, type PriceCell } from '../../core/prices/parse.ts';
import type { PriceListResult } from '../../core/prices/types.ts';

// exceljs is CommonJS: Node's ESM loader gives it as `default`, bundlers as the namespace itself.
type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

function cellOf(value: CellValue): PriceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

export async function readPriceXlsx(bytes: Uint8Array, catalog: Catalog): Promise<PriceListResult> {
  const tooLarge = priceListSizeError(bytes.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, errors: [{ key: 'prices.error.unreadable', params: { reason: error instanceof Error ? error.message : String(error) } }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, errors: [{ key: 'prices.error.empty', params: {} }] };
  const rows: PriceCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: PriceCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value));
    rows.push(cells);
  }
  return priceListFromRows(rows, catalog);
}

/** A price list file of either kind: XLSX when it starts like a ZIP archive, else CSV. */
export async function readPriceFile(bytes: Uint8Array, catalog: Catalog): Promise<PriceListResult> {
  const tooLarge = priceListSizeError(bytes.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readPriceXlsx(bytes, catalog);
  return parsePriceCsv(bytes, catalog);
}
