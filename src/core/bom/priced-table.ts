/**
 * The BOM table with the user's prices: the eight columns of bom-table.ts, then 单价, 计费周期, 币种,
 * 小计 and 价格来源, and one total line per period and currency. Shared by CSV, Markdown and the
 * XLSX export (which replaces the subtotal and total numbers by formulas). Numbers stay numbers; the
 * price source is the user's text (printable, escaped by each format like every other cell).
 */
import type { Catalog } from '../catalog/types.ts';
import { drawable } from '../export/text/clean-text.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import type { PricedBom } from '../prices/priced-bom.ts';
import { bomTable, type Cell, type Table } from './bom-table.ts';

/** 0-based positions of the columns the XLSX formulas refer to. */
export const PRICED_COLUMNS = { quantity: 3, unitPrice: 8, period: 9, currency: 10, subtotal: 11, source: 12 } as const;

export interface PricedTable extends Table {
  /** One row per total, as many cells as the header: label under 产品, amount under 小计. */
  totals: Cell[][];
}

export function pricedBomTable(doc: Diagram, catalog: Catalog, lang: Lang, priced: PricedBom): PricedTable {
  const base = bomTable(doc, catalog, lang, priced.lines.map((l) => l.line));
  const header = [...base.header, ...(['unitPrice', 'pricePeriod', 'currency', 'subtotal', 'priceSource'] as const).map((c) => t(lang, `prices.column.${c}`))];
  const rows = base.rows.map((row, i): Cell[] => {
    const line = priced.lines[i]!;
    if (line.status !== 'priced' || !line.entry) return [...row, '', t(lang, line.status === 'free' ? 'prices.status.free' : 'prices.status.unpriced'), '', '', ''];
    const { entry } = line;
    return [...row, entry.unitPrice, t(lang, `prices.period.${entry.period}`), entry.currency, line.subtotal!, entry.source === undefined ? '' : drawable(entry.source)];
  });
  const totals = priced.totals.map((total): Cell[] => {
    const cells: Cell[] = header.map(() => '');
    cells[1] = t(lang, 'prices.total', { period: t(lang, `prices.period.${total.period}`), currency: total.currency });
    cells[PRICED_COLUMNS.subtotal] = total.amount;
    return cells;
  });
  return { header, rows, totals };
}
