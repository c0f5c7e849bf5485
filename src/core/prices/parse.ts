/**
 * Reading a price list: the size first (over 5 MB is refused unread), then CSV (UTF-8, with or
 * without a byte-order mark) or the cells of a spreadsheet's first sheet, then the header (Chinese or
 * English column names, any order, extra columns ignored), then every row. Every problem is reported
 * with its row (header = 1) and column; a list with any problem is refused whole, so a half-read list
 * never replaces a good one.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import { normalizeForSearch } from '../catalog/search.ts';
import { joinList, t, type MessageKey, type ParamValue } from '../i18n/translate.ts';
import type { Localized } from '../model/localized.ts';
import { parseCsv } from './csv-parse.ts';
import { PRICE_COLUMNS, type PriceColumn, type PriceEntry, type PriceError, type PriceListResult, type PricePeriod } from './types.ts';

/** Largest price list read (5 MiB), checked before any parsing. */
export const MAX_PRICE_LIST_BYTES = 5 * 1024 * 1024;
/** Problems reported at most; the count of the rest is given. */
const MAX_ERRORS = 20;

/** A spreadsheet cell as read: text, number, date, or empty. */
export type PriceCell = string | number | Date | null | undefined;

const HEADERS: Record<PriceColumn, string[]> = {
  product: ['产品', '产品名称', '产品id', '产品标识', 'product', 'productid', 'productname'],
  edition: ['版本', '产品版本', 'edition', 'productedition'],
  spec: ['规格', '规格模式', '规格匹配', '实例规格', 'spec', 'specpattern', 'specification'],
  unit: ['单位', '计量单位', '计价单位', 'unit'],
  period: ['计费周期', '周期', '计费方式', '付费方式', 'period', 'billingperiod', 'billing'],
  unitPrice: ['单价', '价格', '单价元', 'unitprice', 'price'],
  currency: ['币种', '货币', 'currency'],
  validFrom: ['生效日期', '起始日期', '生效自', 'validfrom', 'effectivedate', 'effectivefrom'],
  source: ['来源', '价格来源', '出处', 'source'],
};

const PERIODS: Record<string, PricePeriod> = Object.fromEntries([
  ...['月', '包月', '按月', '月付', 'month', 'monthly', 'mo'].map((w) => [w, 'month' as const]),
  ...['年', '包年', '按年', '年付', 'year', 'yearly', 'annual', 'annually', 'yr'].map((w) => [w, 'year' as const]),
  ...['按量', '按量付费', '按需', '按量计费', 'payg', 'payasyougo', 'usage', 'ondemand'].map((w) => [w, 'payg' as const]),
]);

const CURRENCIES: Record<string, string> = { '人民币': 'CNY', '元': 'CNY', '¥': 'CNY', '￥': 'CNY', 'RMB': 'CNY', '美元': 'USD', '$': 'USD', 'US$': 'USD', '港币': 'HKD', '港元': 'HKD', '欧元': 'EUR', '€': 'EUR' };

/** A column's name in both languages (a message parameter). */
export function columnName(column: PriceColumn): Localized {
  return { zh: t('zh', `prices.column.${column}`), en: t('en', `prices.column.${column}`) };
}

/** Size refusal before parsing; undefined when the size is fine. */
export function priceListSizeError(bytes: number): PriceError | undefined {
  return bytes > MAX_PRICE_LIST_BYTES ? { key: 'prices.error.tooLarge', params: { size: bytes, limit: MAX_PRICE_LIST_BYTES } } : undefined;
}

/** A CSV price list from its bytes (UTF-8, byte-order mark optional). */
export function parsePriceCsv(bytes: Uint8Array, catalog: Catalog): PriceListResult {
  const tooLarge = priceListSizeError(bytes.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [{ key: 'prices.error.notUtf8', params: {} }] };
  }
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, errors: [{ key: `prices.error.${csv.reason}`, params: { row: csv.row, column: csv.column }, row: csv.row }] };
  return priceListFromRows(csv.rows, catalog);
}

/** Text of a cell as the user wrote it, trimmed; '' for an empty one. */
function text(cell: PriceCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Products by every name a price list may use: id, today's names, former names; aliases when unambiguous. */
function productNames(catalog: Catalog): Map<string, Product> {
  const names = new Map<string, Product>();
  const ambiguous = new Set<string>();
  const add = (name: string, product: Product, weak: boolean) => {
    const key = normalizeForSearch(name);
    if (key === '') return;
    const known = names.get(key);
    if (known && known.id !== product.id) {
      if (weak) return;
      ambiguous.add(key);
    }
    if (!known) names.set(key, product);
  };
  for (const product of catalog.products) {
    add(product.id, product, false);
    add(product.name.zh, product, false);
    add(product.name.en, product, false);
    for (const name of product.formerNames) add(name, product, false);
  }
  for (const product of catalog.products) for (const alias of product.aliases) add(alias, product, true);
  for (const key of ambiguous) names.delete(key);
  return names;
}

function editionOf(product: Product, value: string): string | undefined {
  const key = normalizeForSearch(value);
  return product.editions?.list.find((e) => [e.id, e.name.zh, e.name.en, e.code ?? ''].some((n) => n !== '' && normalizeForSearch(n) === key))?.id;
}

/** Rows of cells (first row the header) into a price list, or every problem found (at most 20). */
export function priceListFromRows(rows: readonly (readonly PriceCell[])[], catalog: Catalog): PriceListResult {
  const errors: PriceError[] = [];
  let dropped = 0;
  const fail = (key: MessageKey, row: number | undefined, column: PriceColumn | undefined, params: Record<string, ParamValue> = {}) => {
    if (errors.length >= MAX_ERRORS) {
      dropped++;
      return;
    }
    errors.push({
      key,
      params: { ...params, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column: columnName(column) } : {}) },
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  };

  const headerIndex = rows.findIndex((r) => r.some((c) => text(c) !== ''));
  if (headerIndex < 0) return { ok: false, errors: [{ key: 'prices.error.empty', params: {} }] };
  const header = rows[headerIndex]!;
  const at = new Map<PriceColumn, number>();
  header.forEach((cell, i) => {
    const name = normalizeForSearch(text(cell));
    const column = PRICE_COLUMNS.find((c) => HEADERS[c].includes(name));
    if (column === undefined) return;
    if (at.has(column)) fail('prices.error.duplicateColumn', headerIndex + 1, column, { position: i + 1 });
    else at.set(column, i);
  });
  const missing = PRICE_COLUMNS.filter((c) => !at.has(c));
  if (missing.length > 0) {
    const columns: Localized = { zh: joinList(missing.map((c) => columnName(c).zh), 'zh'), en: joinList(missing.map((c) => columnName(c).en), 'en') };
    return { ok: false, errors: [{ key: 'prices.error.missingColumns', params: { row: headerIndex + 1, columns }, row: headerIndex + 1 }] };
  }
  if (errors.length > 0) return { ok: false, errors };

  const names = productNames(catalog);
  const entries: PriceEntry[] = [];
  const seen = new Map<string, number>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    if (cells.every((c) => text(c) === '')) continue;
    const cell = (column: PriceColumn): PriceCell => cells[at.get(column)!];
    const value = (column: PriceColumn) => text(cell(column));
    const before = errors.length + dropped;

    const productText = value('product');
    const product = productText === '' ? undefined : names.get(normalizeForSearch(productText));
    if (productText === '') fail('prices.error.emptyCell', row, 'product');
    else if (!product) fail('prices.error.unknownProduct', row, 'product', { value: productText });

    const editionText = value('edition');
    let edition: string | undefined;
    if (product && editionText !== '') {
      edition = editionOf(product, editionText);
      if (edition === undefined) fail('prices.error.unknownEdition', row, 'edition', { value: editionText, product: product.name });
    }

    const periodText = value('period');
    const period = PERIODS[normalizeForSearch(periodText)];
    if (period === undefined) fail(periodText === '' ? 'prices.error.emptyCell' : 'prices.error.badPeriod', row, 'period', { value: periodText });

    const priceCell = cell('unitPrice');
    const priceText = text(priceCell);
    let unitPrice = Number.NaN;
    if (typeof priceCell === 'number') unitPrice = priceCell;
    else if (/^[+-]?\d+(\.\d+)?$/.test(priceText)) unitPrice = Number(priceText);
    if (priceText === '') fail('prices.error.emptyCell', row, 'unitPrice');
    else if (!Number.isFinite(unitPrice)) fail('prices.error.badPrice', row, 'unitPrice', { value: priceText });
    else if (unitPrice < 0) fail('prices.error.negativePrice', row, 'unitPrice', { value: priceText });

    const currencyText = value('currency');
    const currency = CURRENCIES[currencyText] ?? CURRENCIES[currencyText.toUpperCase()] ?? currencyText.toUpperCase();
    if (currencyText === '') fail('prices.error.emptyCell', row, 'currency');
    else if (!/^[A-Z]{3}$/.test(currency)) fail('prices.error.badCurrency', row, 'currency', { value: currencyText });

    const dateCell = cell('validFrom');
    const validFrom = text(dateCell);
    if (validFrom === '') fail('prices.error.emptyCell', row, 'validFrom');
    else if (!validDate(validFrom)) fail('prices.error.badDate', row, 'validFrom', { value: validFrom });

    if (errors.length + dropped > before) continue;
    const spec = value('spec');
    const unit = value('unit');
    const source = value('source');
    const entry: PriceEntry = {
      product: product!.id,
      ...(edition !== undefined ? { edition } : {}),
      ...(spec !== '' && spec !== '*' ? { spec } : {}),
      ...(unit !== '' ? { unit } : {}),
      period: period!,
      unitPrice,
      currency,
      validFrom,
      ...(source !== '' ? { source } : {}),
      row,
    };
    const key = JSON.stringify([entry.product, entry.edition ?? null, (entry.spec ?? '').toLowerCase(), entry.period, entry.currency, entry.validFrom]);
    const other = seen.get(key);
    if (other !== undefined) {
      fail('prices.error.duplicateRow', row, 'product', { other });
      continue;
    }
    seen.set(key, row);
    entries.push(entry);
  }
  if (dropped > 0) errors.push({ key: 'prices.error.more', params: { count: dropped } });
  if (errors.length > 0) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: [{ key: 'prices.error.noRows', params: {} }] };
  const date = entries.reduce((latest, e) => (e.validFrom > latest ? e.validFrom : latest), entries[0]!.validFrom);
  return { ok: true, list: { entries, date } };
}
