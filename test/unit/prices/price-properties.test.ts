/**
 * Properties of pricing over random price lists and BOM lines, against a direct reading of the rule
 * (priced-bom.ts): the entry a line takes is eligible (product, edition, spec pattern, date) and no
 * eligible entry beats it (edition named, more literal characters, later valid-from, earlier row);
 * a line without an eligible entry is unpriced (or free); totals are the sums of the subtotals per
 * period and currency.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BomLine } from '../../../src/core/bom/bom.ts';
import { priceBom } from '../../../src/core/prices/priced-bom.ts';
import { PRICE_PERIODS, type PriceEntry } from '../../../src/core/prices/types.ts';

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261203);
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

const products = ['ecs', 'rds', 'waf'];
const editions = [undefined, 'a', 'b'];
const specs = [undefined, 'ecs.g7.large', 'ECS.G7.XLARGE', 'ecs.c7.large'];
const patterns = [undefined, 'ecs.g7.*', '*.large', 'ecs.g7.large', 'ECS.*', '*x*'];
const dates = ['2025-01-01', '2026-01-01', '2026-06-01', '2027-01-01'];

const entryArb = fc.record({
  product: fc.constantFrom(...products),
  edition: fc.constantFrom(...editions),
  spec: fc.constantFrom(...patterns),
  period: fc.constantFrom(...PRICE_PERIODS),
  unitPrice: fc.integer({ min: 0, max: 100000 }).map((n) => n / 100),
  currency: fc.constantFrom('CNY', 'USD'),
  validFrom: fc.constantFrom(...dates),
});
const lineArb = fc.record({ product: fc.constantFrom(...products), edition: fc.constantFrom(...editions), spec: fc.constantFrom(...specs), quantity: fc.integer({ min: 1, max: 20 }), billed: fc.boolean() });

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The pattern read literally: `*` any run, the rest itself, ignoring case. */
function matches(pattern: string | undefined, spec: string | undefined): boolean {
  if (pattern === undefined) return true;
  const s = (spec ?? '').toLowerCase();
  const parts = pattern.toLowerCase().split('*');
  if (parts.length === 1) return s === parts[0];
  if (!s.startsWith(parts[0]!) || !s.endsWith(parts.at(-1)!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const i = s.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return at <= s.length - parts.at(-1)!.length;
}

describe('pricing properties', () => {
  it('each line takes the best eligible entry; totals are the sums per period and currency', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), fc.array(lineArb, { maxLength: 12 }), fc.constantFrom(...dates, '2026-03-15'), (raw, rawLines, date) => {
        const entries: PriceEntry[] = raw.map((e, i) => clean({ ...e, row: i + 2 }));
        const lines: BomLine[] = rawLines.map((l) => clean({ ...l, controls: [], nodes: [], zones: [] }));
        const priced = priceBom(lines, { entries, date: '2027-01-01' }, { date });
        const sums = new Map<string, number>();
        priced.lines.forEach((p, i) => {
          const line = lines[i]!;
          const eligible = entries.filter((e) => e.product === line.product && e.validFrom <= date && (e.edition === undefined || e.edition === line.edition) && matches(e.spec, line.spec));
          if (eligible.length === 0) {
            expect(p.status).toBe(line.billed ? 'unpriced' : 'free');
            return;
          }
          expect(p.status).toBe('priced');
          const rank = (e: PriceEntry) => [e.edition ? 1 : 0, (e.spec ?? '').replace(/\*/g, '').length, Number(e.validFrom.replace(/-/g, '')), -e.row];
          const best = eligible.reduce((x, y) => {
            const [a, b] = [rank(x), rank(y)];
            for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! > b[k]! ? x : y;
            return x;
          });
          expect(p.entry).toBe(best);
          expect(p.subtotal).toBeCloseTo(line.quantity * best.unitPrice, 6);
          const key = `${best.period}|${best.currency}`;
          sums.set(key, (sums.get(key) ?? 0) + line.quantity * best.unitPrice);
        });
        expect(priced.totals.map((t) => `${t.period}|${t.currency}`).sort()).toEqual([...sums.keys()].sort());
        for (const total of priced.totals) expect(total.amount).toBeCloseTo(sums.get(`${total.period}|${total.currency}`)!, 6);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
