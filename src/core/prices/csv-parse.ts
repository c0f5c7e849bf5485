/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
 * commas, line breaks and doubled quotes. A leading UTF-8 byte-order mark is dropped (Excel writes
 * one). Returns the records as strings, or where a quoted field is left open or a quote stands inside
 * an unquoted field (record numbered from 1).
 */
export type CsvResult = { ok: true; rows: string[][] } | { ok: false; row: number; column: number; reason: 'openQuote' | 'strayQuote' };

export function parseCsv(text: string): CsvResult {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') return { ok: false, row: rows.length + 1, column: row.length + 1, reason: 'strayQuote' };
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!fieldStart) return { ok: false, row: rows.length + 1, column: row.length + 1, reason: 'strayQuote' };
      quoted = true;
      fieldStart = false;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStart = false;
      i++;
    }
  }
  if (quoted) return { ok: false, row: rows.length + 1, column: row.length + 1, reason: 'openQuote' };
  // A last record without a line break still counts; a final line break does not start an empty one.
  if (!fieldStart || row.length > 0) endRow();
  return { ok: true, rows };
}
