/**
 * Reads a price-list file the user chose or dropped. The parsers load on first use (the CSV parser
 * with the core; exceljs only for an XLSX), and the size is checked before anything is read into a
 * parser, so a 50 MB file costs nothing but the check.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { PriceListResult } from '../../core/prices/types.ts';

export async function readPriceListFile(file: Blob, catalog: Catalog): Promise<PriceListResult> {
  const { priceListSizeError, parsePriceCsv } = await import('../../core/prices/index.ts');
  const tooLarge = priceListSizeError(file.size);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An XLSX is a ZIP archive ("PK"); anything else is read as CSV text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { readPriceXlsx } = await import('../../export/xlsx/read-price-xlsx.ts');
    return readPriceXlsx(bytes, catalog);
  }
  return parsePriceCsv(bytes, catalog);
}
