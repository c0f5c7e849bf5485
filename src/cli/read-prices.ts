/**
 * `--prices FILE`: a price list (CSV, or XLSX recognised by its ZIP signature), its size checked
 * before it is read, every problem reported one a line with row and column (exit 2 by the caller).
 */
import type { Catalog } from '../core/catalog/types.ts';
import { t } from '../core/i18n/translate.ts';
import type { Lang } from '../core/model/localized.ts';
import { priceListSizeError } from '../core/prices/parse.ts';
import type { PriceList } from '../core/prices/types.ts';
import { readPriceFile } from '../export/xlsx/read-price-xlsx.ts';
import type { CliIo } from './io.ts';

export type PricesResult = { ok: true; list: PriceList } | { ok: false; lines: string[] };

export async function readPrices(file: string, io: CliIo, catalog: Catalog, lang: Lang): Promise<PricesResult> {
  const refuse = (message: string): PricesResult => ({ ok: false, lines: [t(lang, 'cli.pricesError', { file, message })] });
  let bytes: Uint8Array;
  try {
    const tooLarge = priceListSizeError(io.fileSize(file));
    if (tooLarge) return refuse(t(lang, tooLarge.key, tooLarge.params));
    bytes = io.readFile(file);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error);
    return { ok: false, lines: [t(lang, 'cli.cannotRead', { file, reason: code })] };
  }
  const result = await readPriceFile(bytes, catalog);
  if (result.ok) return result;
  return { ok: false, lines: result.errors.map((e) => t(lang, 'cli.pricesError', { file, message: t(lang, e.key, e.params) })) };
}
