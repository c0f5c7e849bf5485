/** A price list as the app and the CLI hold it (see index.ts). */
import type { MessageKey, Params } from '../i18n/translate.ts';

/** Billing period: 月 (month), 年 (year), 按量 (pay as you go). Totals are never summed across them. */
export const PRICE_PERIODS = ['month', 'year', 'payg'] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];

/** The columns of a price list, in the order the templates and messages list them. */
export const PRICE_COLUMNS = ['product', 'edition', 'spec', 'unit', 'period', 'unitPrice', 'currency', 'validFrom', 'source'] as const;
export type PriceColumn = (typeof PRICE_COLUMNS)[number];

export interface PriceEntry {
  /** Catalog product id (the file may name the product by id, name or former name). */
  product: string;
  /** Catalog edition id; absent: the price applies to every edition (and to products without editions). */
  edition?: string;
  /** Spec pattern: `*` matches any run of characters, case-insensitive; absent or `*`: any spec. */
  spec?: string;
  /** Unit as written in the list (台·月, GB …); absent when the cell was empty. */
  unit?: string;
  period: PricePeriod;
  /** Non-negative, in `currency` per unit and period. */
  unitPrice: number;
  /** ISO 4217 code (CNY, USD …). */
  currency: string;
  /** YYYY-MM-DD: the price holds from this date on (until a later entry for the same thing). */
  validFrom: string;
  /** Where the figure comes from (contract, quote number …), as written; absent when empty. */
  source?: string;
  /** Row in the file, header being row 1 (as a spreadsheet numbers rows). */
  row: number;
}

export interface PriceList {
  entries: PriceEntry[];
  /** The latest valid-from date of the list: the list's version (lists are kept by this date). */
  date: string;
}

/** Why a price list was refused: a message key with its parameters (row and column where one applies). */
export interface PriceError {
  key: MessageKey;
  params: Params;
  /** Row in the file (header = 1) and the column concerned, when the error has a place. */
  row?: number;
  column?: PriceColumn;
}

export type PriceListResult = { ok: true; list: PriceList } | { ok: false; errors: PriceError[] };
