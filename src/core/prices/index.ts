/**
 * The user's price list and the priced BOM (issue 14). The app ships no prices: they change and
 * differ by contract, so every figure is the user's own, imported from a file.
 *
 * File (CSV or the first sheet of an XLSX): a header row naming the nine columns in Chinese or
 * English, in any order (extra columns are ignored), then one price per row:
 *   产品 product      catalog id, Chinese or English name, or a former name (an alias when it names
 *                     one product only)
 *   版本 edition      edition id, name or vendor code; empty: every edition
 *   规格 spec         spec pattern: `*` any run of characters, case-insensitive; empty or `*`: any spec
 *   单位 unit         free text (台·月, GB …); may be empty
 *   计费周期 period   月 / 年 / 按量 (also month / year / payg and their usual variants)
 *   单价 unit price   a non-negative number (digits with an optional decimal point in CSV)
 *   币种 currency     ISO code (CNY, USD …) or 人民币 / 元 / ¥ / 美元 / $
 *   生效日期 valid from  YYYY-MM-DD (or a date cell in XLSX)
 *   来源 source       free text; may be empty
 * CSV is RFC 4180, UTF-8 with or without a byte-order mark. Files over 5 MB (5 × 1024 × 1024 bytes)
 * are refused before parsing (`priceListSizeError`). A list with any problem is refused whole with
 * every problem (up to 20) as a message key and parameters naming row (header = row 1) and column,
 * so the caller keeps its previous list. `PriceList.date` (the latest valid-from) is the list's
 * version.
 *
 * API:
 * - `parsePriceCsv(bytes, catalog): PriceListResult`
 * - `priceListFromRows(rows, catalog): PriceListResult` — cells of a spreadsheet (the XLSX reader,
 *   `src/export/xlsx/read-price-xlsx.ts`, gives its first sheet's cells to this)
 * - `priceBom(bomLines, list, { date }): PricedBom` and `findPrice` / `specMatches`: see
 *   priced-bom.ts for how a line picks its price; totals per period and currency, never summed
 *   across them; lines without a price flagged (`unpriced`, or `free` for unbilled features)
 * - `costDelta(before, after)`: per period and currency; `formatMoney(amount, currency)`
 */
export { PRICE_PERIODS, PRICE_COLUMNS, type PricePeriod, type PriceColumn, type PriceEntry, type PriceList, type PriceError, type PriceListResult } from './types.ts';
export { parsePriceCsv, priceListFromRows, priceListSizeError, columnName, MAX_PRICE_LIST_BYTES, type PriceCell } from './parse.ts';
export { priceBom, findPrice, specMatches, costDelta, formatMoney, money, type PricedBom, type PricedLine, type PriceTotal, type PriceStatus, type CostDelta } from './priced-bom.ts';
export { parseCsv, type CsvResult } from './csv-parse.ts';
