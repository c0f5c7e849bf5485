/**
 * The BOM with prices. Each line takes one price entry:
 * - the entry's product is the line's; its edition is the line's or absent (any edition);
 * - its spec pattern matches the line's spec (absent on the line: the empty text): `*` stands for any
 *   run of characters, other characters match themselves ignoring case and the ends' spaces; no
 *   pattern (or `*`) matches any spec;
 * - its valid-from date is not after the pricing date (the design's date, else today);
 * - of those, the most specific wins: an entry naming the edition beats one that does not, then the
 *   pattern with more literal (non-`*`) characters; among equally specific ones the latest
 *   valid-from date wins, then the earlier row of the list.
 * The subtotal is quantity × unit price; totals are summed per period and currency, never across
 * them (a monthly and a yearly fee do not add up). Lines of billed products without an entry are
 * `unpriced`; unbilled cloud features (安全组, RAM) without one are `free`.
 */
import type { BomLine } from '../bom/bom.ts';
import { compareIds } from '../model/compare-ids.ts';
import { PRICE_PERIODS, type PriceEntry, type PriceList, type PricePeriod } from './types.ts';

export type PriceStatus = 'priced' | 'unpriced' | 'free';

export interface PricedLine {
  line: BomLine;
  status: PriceStatus;
  entry?: PriceEntry;
  /** quantity × unit price, in the entry's currency per its period. */
  subtotal?: number;
}

export interface PriceTotal {
  period: PricePeriod;
  currency: string;
  amount: number;
  /** Lines summed into it. */
  lines: number;
}

export interface PricedBom {
  lines: PricedLine[];
  /** By period (month, year, pay as you go), then currency. */
  totals: PriceTotal[];
  /** Lines of billed products without a price. */
  unpriced: number;
  /** The date prices were taken at. */
  date: string;
  /** The price list's version (its latest valid-from date). */
  listDate: string;
}

/** Rounds away binary noise (0.1 + 0.2) without touching real decimals. */
export function money(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function patternRegExp(pattern: string): RegExp {
  const body = pattern.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'is');
}

const patterns = new Map<string, RegExp>();

/** Whether a spec pattern matches a line's spec (see above). */
export function specMatches(pattern: string | undefined, spec: string | undefined): boolean {
  if (pattern === undefined || pattern.trim() === '' || pattern.trim() === '*') return true;
  let re = patterns.get(pattern);
  if (!re) {
    re = patternRegExp(pattern);
    patterns.set(pattern, re);
  }
  return re.test((spec ?? '').trim());
}

function specificity(entry: PriceEntry): [number, number] {
  return [entry.edition !== undefined ? 1 : 0, (entry.spec ?? '').replace(/\*/g, '').trim().length];
}

/** The entry that prices a BOM line at `date`, or undefined. */
export function findPrice(list: PriceList, line: Pick<BomLine, 'product' | 'edition' | 'spec'>, date: string): PriceEntry | undefined {
  let best: PriceEntry | undefined;
  let bestScore: [number, number] = [-1, -1];
  for (const entry of list.entries) {
    if (entry.product !== line.product || entry.validFrom > date) continue;
    if (entry.edition !== undefined && entry.edition !== line.edition) continue;
    if (!specMatches(entry.spec, line.spec)) continue;
    const score = specificity(entry);
    const better =
      best === undefined ||
      score[0] > bestScore[0] ||
      (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && (entry.validFrom > best.validFrom || (entry.validFrom === best.validFrom && entry.row < best.row)))));
    if (better) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

export function priceBom(lines: readonly BomLine[], list: PriceList, options: { date: string }): PricedBom {
  const totals = new Map<string, PriceTotal>();
  let unpriced = 0;
  const priced = lines.map((line): PricedLine => {
    const entry = findPrice(list, line, options.date);
    if (!entry) {
      if (line.billed) unpriced++;
      return { line, status: line.billed ? 'unpriced' : 'free' };
    }
    const subtotal = money(line.quantity * entry.unitPrice);
    const key = `${entry.period}\u0000${entry.currency}`;
    const total = totals.get(key) ?? { period: entry.period, currency: entry.currency, amount: 0, lines: 0 };
    total.amount = money(total.amount + subtotal);
    total.lines++;
    totals.set(key, total);
    return { line, status: 'priced', entry, subtotal };
  });
  return { lines: priced, totals: sortTotals([...totals.values()]), unpriced, date: options.date, listDate: list.date };
}

function sortTotals<T extends { period: PricePeriod; currency: string }>(totals: T[]): T[] {
  return totals.sort((a, b) => PRICE_PERIODS.indexOf(a.period) - PRICE_PERIODS.indexOf(b.period) || compareIds(a.currency, b.currency));
}

export interface CostDelta {
  period: PricePeriod;
  currency: string;
  before: number;
  after: number;
  /** after − before. */
  delta: number;
}

/** The change of every total (period and currency) from one priced BOM to another. */
export function costDelta(before: PricedBom, after: PricedBom): CostDelta[] {
  const out = new Map<string, CostDelta>();
  const at = (t: PriceTotal) => {
    const key = `${t.period}\u0000${t.currency}`;
    let entry = out.get(key);
    if (!entry) {
      entry = { period: t.period, currency: t.currency, before: 0, after: 0, delta: 0 };
      out.set(key, entry);
    }
    return entry;
  };
  for (const t of before.totals) at(t).before = t.amount;
  for (const t of after.totals) at(t).after = t.amount;
  for (const entry of out.values()) entry.delta = money(entry.after - entry.before);
  return sortTotals([...out.values()]);
}

/** A money amount for people: currency sign or code, two decimals (more when the price has them). */
export function formatMoney(amount: number, currency: string): string {
  const sign = currency === 'CNY' ? '¥' : currency === 'USD' ? '$' : currency === 'EUR' ? '€' : `${currency} `;
  const fixed = Math.abs(amount).toFixed(2);
  const exact = String(Math.abs(money(amount)));
  const digits = exact.includes('.') && exact.split('.')[1]!.length > 2 ? exact : fixed;
  const [int, frac] = digits.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
