/**
 * The price columns' formulas in the BOM sheet: each priced line's subtotal is `=D{r}*I{r}`
 * (quantity × unit price), each total `=SUM(L{a}:L{b},L{c}…)` over the subtotals of its period and
 * currency. Formulas are made only of column letters and row numbers we compute — no user text ever
 * reaches one — and carry their computed value, so viewers that do not recalculate (previews, some
 * mobile apps) show the same figures; Excel and LibreOffice recalculate on load.
 */
import type { Worksheet } from 'exceljs';
import type { PricedBom } from '../../core/prices/priced-bom.ts';

/** Column letter of a 0-based column index (A … Z, AA …). */
/** Two decimals, up to six when a price has them (per-GB prices). */
const MONEY = '#,##0.00####';

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Rows as the shortest list of ranges: [4, 5, 6, 9] → L4:L6,L9. */
export function rangeList(column: string, rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    parts.push(i === j ? `${column}${rows[i]}` : `${column}${rows[i]}:${column}${rows[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function priceFormulas(sheet: Worksheet, priced: PricedBom, firstRow: number, columns: { quantity: number; unitPrice: number; subtotal: number }): void {
  const q = columnLetter(columns.quantity);
  const p = columnLetter(columns.unitPrice);
  const s = columnLetter(columns.subtotal);
  const rowsOf = new Map<string, number[]>();
  priced.lines.forEach((line, i) => {
    if (line.status !== 'priced' || !line.entry || line.subtotal === undefined) return;
    const row = firstRow + i;
    const subtotal = sheet.getCell(`${s}${row}`);
    subtotal.value = { formula: `${q}${row}*${p}${row}`, result: line.subtotal };
    subtotal.numFmt = MONEY;
    sheet.getCell(`${p}${row}`).numFmt = MONEY;
    const key = `${line.entry.period}\u0000${line.entry.currency}`;
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]);
  });
  priced.totals.forEach((total, i) => {
    const row = firstRow + priced.lines.length + i;
    const rows = rowsOf.get(`${total.period}\u0000${total.currency}`) ?? [];
    const cell = sheet.getCell(`${s}${row}`);
    cell.value = { formula: `SUM(${rangeList(s, rows)})`, result: total.amount };
    cell.numFmt = MONEY;
  });
}
