/** Pricing the BOM: which entry a line takes, subtotals, totals per period and currency, the cost delta. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBom, type BomLine } from '../../../src/core/bom/bom.ts';
import { costDelta, findPrice, formatMoney, priceBom, specMatches } from '../../../src/core/prices/priced-bom.ts';
import { parsePriceCsv } from '../../../src/core/prices/parse.ts';
import type { PriceEntry, PriceList } from '../../../src/core/prices/types.ts';
import { catalog } from '../../support/catalog.ts';
import { loadTemplate } from '../rules/fix-geometry.ts';

const parsed = parsePriceCsv(new Uint8Array(readFileSync(new URL('../../fixtures/prices/list-40.csv', import.meta.url))), catalog);
if (!parsed.ok) throw new Error('fixture');
const list = parsed.list;
const line = (product: string, edition?: string, spec?: string, quantity = 1, billed = true): BomLine => ({
  product, ...(edition ? { edition } : {}), ...(spec ? { spec } : {}), quantity, billed, controls: [], nodes: [], zones: [],
});
const entry = (row: number, e: Partial<PriceEntry>): PriceEntry => ({ product: 'ecs', period: 'month', unitPrice: 1, currency: 'CNY', validFrom: '2026-01-01', row, ...e });

describe('spec patterns', () => {
  it('* matches any run, case-insensitive, whole spec; no pattern matches anything', () => {
    expect(specMatches('ecs.g7.*', 'ECS.G7.XLARGE')).toBe(true);
    expect(specMatches('ecs.g7.*', 'ecs.g7')).toBe(false);
    expect(specMatches('*.xlarge', 'ecs.g7.xlarge')).toBe(true);
    expect(specMatches('ecs.g7.large', 'ecs.g7.xlarge')).toBe(false);
    expect(specMatches('a+b(c)', 'A+B(C)')).toBe(true);
    expect(specMatches(undefined, undefined)).toBe(true);
    expect(specMatches('x*', undefined)).toBe(false);
  });
});

describe('which entry prices a line', () => {
  it('most specific first, then the latest valid-from not after the date, then the earlier row', () => {
    expect(findPrice(list, line('ecs', undefined, 'ecs.g7.xlarge'), '2026-07-01')!.row).toBe(3); // exact spec, 2026-06-01
    expect(findPrice(list, line('ecs', undefined, 'ecs.g7.xlarge'), '2026-05-31')!.row).toBe(2); // the exact one not valid yet: ecs.g7.*
    expect(findPrice(list, line('ecs', undefined, 'ecs.g7.2xlarge'), '2026-07-01')!.row).toBe(2);
    expect(findPrice(list, line('ecs', undefined, 'ecs.r8.large'), '2026-07-01')!.row).toBe(5); // "*"
    expect(findPrice(list, line('ecs', undefined, 'ecs.r8.large'), '2024-12-31')).toBeUndefined(); // nothing valid yet
    expect(findPrice(list, line('rds', 'ha'), '2026-12-31')!.unitPrice).toBe(12000);
    expect(findPrice(list, line('rds', 'ha'), '2027-01-01')!.unitPrice).toBe(11000);
    expect(findPrice(list, line('rds', 'cluster'), '2027-01-01')).toBeUndefined();
    const own: PriceList = { date: '2026-01-01', entries: [entry(2, { unitPrice: 5 }), entry(3, { unitPrice: 6 }), entry(4, { unitPrice: 7, edition: 'x' })] };
    expect(findPrice(own, line('ecs'), '2026-01-01')!.row).toBe(2);
    expect(findPrice(own, line('ecs', 'x'), '2026-01-01')!.row).toBe(4); // the edition named beats any edition
  });
});

describe('the priced BOM', () => {
  it('subtotals, totals per period and currency kept apart, unpriced and free lines flagged', () => {
    const priced = priceBom(
      [line('ecs', undefined, 'ecs.g7.xlarge', 3), line('rds', 'ha', undefined, 2), line('slb', 'alb', undefined, 2), line('web_scan'), line('polardb', 'mysql'), line('ram', undefined, undefined, 1, false), line('ecs', undefined, 'ecs.c7.large', 1)],
      list,
      { date: '2026-12-03' },
    );
    expect(priced.lines.map((l) => [l.line.product, l.status, l.subtotal])).toEqual([
      ['ecs', 'priced', 1495.5],
      ['rds', 'priced', 24000],
      ['slb', 'priced', 0.28],
      ['web_scan', 'priced', 6000],
      ['polardb', 'unpriced', undefined],
      ['ram', 'free', undefined],
      ['ecs', 'priced', 260],
    ]);
    expect(priced.totals).toEqual([
      { period: 'month', currency: 'CNY', amount: 1755.5, lines: 2 },
      { period: 'year', currency: 'CNY', amount: 24000, lines: 1 },
      { period: 'year', currency: 'USD', amount: 6000, lines: 1 },
      { period: 'payg', currency: 'CNY', amount: 0.28, lines: 1 },
    ]);
    expect(priced.unpriced).toBe(1);
  });

  it('prices the level-2 and level-3 templates and gives the cost delta', () => {
    const before = priceBom(buildBom(loadTemplate('l2-small.mlps.json'), catalog), list, { date: '2026-12-03' });
    const after = priceBom(buildBom(loadTemplate('l3-basic.mlps.json'), catalog), list, { date: '2026-12-03' });
    const delta = costDelta(before, after);
    const year = delta.find((d) => d.period === 'year' && d.currency === 'CNY')!;
    expect(year.delta).toBe(year.after - year.before);
    expect(year.delta).toBeGreaterThan(0);
    expect(delta.map((d) => d.period)).toEqual([...delta.map((d) => d.period)].sort((a, b) => ['month', 'year', 'payg'].indexOf(a) - ['month', 'year', 'payg'].indexOf(b)));
  });

  it('formats money', () => {
    expect(formatMoney(1234567.5, 'CNY')).toBe('¥1,234,567.50');
    expect(formatMoney(-0.125, 'CNY')).toBe('-¥0.125');
    expect(formatMoney(3, 'JPY')).toBe('JPY 3.00');
  });
});
