/**
 * CSV for Excel in zh-CN and everything else: UTF-8 with a byte-order mark (without it Excel reads
 * GBK and garbles Chinese), RFC 4180 quoting (fields with a comma, quote or line break are quoted,
 * quotes doubled), CRLF line ends, and formula-looking text neutralised.
 */
import type { Cell, Table } from './bom-table.ts';
import { neutralise } from './spreadsheet-safe.ts';

function field(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
