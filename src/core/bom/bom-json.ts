/**
 * `bom --format json` exactly as `shared/spec/cli.md` prints it:
 * { "lines": [ { "product", "name", "edition", "spec", "quantity", "controls" } ] }, with `edition` and
 * `spec` null where a line has none and `controls` the rule ids the product helps satisfy.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { buildBom } from './bom.ts';
import type { PricedBom, PriceTotal } from '../prices/priced-bom.ts';
import type { PricePeriod } from '../prices/types.ts';

export interface BomJsonLine {
  product: string;
  name: string;
  edition: string | null;
  spec: string | null;
  quantity: number;
  controls: string[];
  /** Only with a price list: the line's price, or null (status unpriced or free). */
  price?: BomJsonPrice | null;
  status?: 'priced' | 'unpriced' | 'free';
}

export interface BomJsonPrice {
  unitPrice: number;
  period: PricePeriod;
  currency: string;
  subtotal: number;
  validFrom: string;
  source: string | null;
  /** Row of the price list the price comes from. */
  row: number;
}

/**
 * With a priced BOM each line gains `price` and `status`, and the object gains `prices`:
 * { "list": its version date, "at": the date priced at, "totals": [{ period, currency, amount, lines }], "unpriced": n }.
 */
export function bomJson(doc: Diagram, catalog: Catalog, lang: Lang, priced?: PricedBom): string {
  const source = priced ? priced.lines.map((l) => l.line) : buildBom(doc, catalog);
  const lines: BomJsonLine[] = source.map((line, i) => ({
    product: line.product,
    name: catalog.product(line.product)?.name[lang] ?? line.product,
    edition: line.edition ?? null,
    spec: line.spec ?? null,
    quantity: line.quantity,
    controls: line.controls,
    ...(priced ? priceOf(priced, i) : {}),
  }));
  if (!priced) return `${JSON.stringify({ lines }, null, 2)}\n`;
  const totals: PriceTotal[] = priced.totals.map((t) => ({ period: t.period, currency: t.currency, amount: t.amount, lines: t.lines }));
  return `${JSON.stringify({ lines, prices: { list: priced.listDate, at: priced.date, totals, unpriced: priced.unpriced } }, null, 2)}\n`;
}

function priceOf(priced: PricedBom, i: number): Pick<BomJsonLine, 'price' | 'status'> {
  const line = priced.lines[i]!;
  const entry = line.entry;
  if (!entry || line.subtotal === undefined) return { status: line.status, price: null };
  return {
    status: line.status,
    price: { unitPrice: entry.unitPrice, period: entry.period, currency: entry.currency, subtotal: line.subtotal, validFrom: entry.validFrom, source: entry.source ?? null, row: entry.row },
  };
}
