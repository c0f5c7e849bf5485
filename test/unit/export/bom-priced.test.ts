/**
 * The BOM with the user's prices, in each format (issue 16): which columns a priced, an unpriced and
 * a free line fill, the total lines, the JSON fields cli.md names, and the Markdown notes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bomJson } from '../../../src/core/bom/bom-json.ts';
import { buildBom } from '../../../src/core/bom/bom.ts';
import { bomMarkdown } from '../../../src/core/bom/markdown.ts';
import { PRICED_COLUMNS, pricedBomTable } from '../../../src/core/bom/priced-table.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { parsePriceCsv } from '../../../src/core/prices/parse.ts';
import { priceBom, type PricedBom } from '../../../src/core/prices/priced-bom.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

const parsed = parsePriceCsv(new Uint8Array(readFileSync(new URL('../../fixtures/prices/list-40.csv', import.meta.url))), catalog);
if (!parsed.ok) throw new Error('fixture');

/** The small design plus a free 安全组 and an unpriced 文件存储 NAS: slb (pay as you go), ecs ×2 (month), rds (year). */
function design(): Diagram {
  const doc = smallDiagram();
  doc.nodes.push(
    { id: 'sg', kind: 'product', product: 'security_group', parent: 'app', position: { x: 200, y: 60 } },
    { id: 'nas', kind: 'product', product: 'nas', parent: 'data', position: { x: 200, y: 60 } },
  );
  return doc;
}
// Everything is computed inside the tests (not when the file loads), so that mutation testing sees each test run the code.
const doc = design();
const pricedBom = (): PricedBom => priceBom(buildBom(doc, catalog), parsed.list, { date: '2026-12-01' });
const lineOf = (priced: PricedBom, product: string) => priced.lines.findIndex((l) => l.line.product === product);

describe('priced BOM table', () => {
  const setup = () => {
    const priced = pricedBom();
    return { priced, table: pricedBomTable(doc, catalog, 'en', priced), at: (product: string) => lineOf(priced, product) };
  };

  it('adds unit price, period, currency, subtotal and price source after the eight columns', () => {
    const { table, at } = setup();
    expect(table.header.slice(8)).toEqual(['unit price', 'period', 'currency', 'subtotal', 'price source']);
    expect(table.header).toHaveLength(13);
    const ecs = table.rows[at('ecs')]!;
    expect(ecs[PRICED_COLUMNS.quantity]).toBe(2);
    expect(ecs.slice(8)).toEqual([300, 'month', 'CNY', 600, '测试数据（非真实报价）']);
  });

  it('marks a billed line without a price "no price" and a free one "free", with no numbers', () => {
    const { priced, table, at } = setup();
    expect(priced.lines[at('nas')]!.status).toBe('unpriced');
    expect(table.rows[at('nas')]!.slice(8)).toEqual(['', 'no price', '', '', '']);
    expect(priced.lines[at('security_group')]!.status).toBe('free');
    expect(table.rows[at('security_group')]!.slice(8)).toEqual(['', 'free', '', '', '']);
  });

  it('leaves the price source empty when the list gives none', () => {
    const { priced, at } = setup();
    const i = at('ecs');
    const { source: _none, ...entry } = priced.lines[i]!.entry!;
    const withoutSource: PricedBom = { ...priced, lines: priced.lines.map((l, j) => (j === i ? { ...l, entry } : l)) };
    expect(pricedBomTable(doc, catalog, 'en', withoutSource).rows[i]![PRICED_COLUMNS.source]).toBe('');
  });

  it('writes one total line per period and currency: its label under the product, its amount under the subtotal', () => {
    const { table } = setup();
    expect(table.totals).toHaveLength(3);
    for (const total of table.totals) {
      expect(total).toHaveLength(13);
      expect(total.filter((cell) => cell !== '')).toHaveLength(2);
    }
    const month = table.totals[0]!;
    expect(month[1]).toBe('Total (month, CNY)');
    expect(month[PRICED_COLUMNS.subtotal]).toBe(600);
  });
});

describe('priced BOM as JSON', () => {
  type Json = { lines: { product: string; name: string; status: string; price: Record<string, unknown> | null }[]; prices: Record<string, unknown> };
  const jsonOf = (priced: PricedBom): Json => JSON.parse(bomJson(doc, catalog, 'en', priced)) as Json;

  it('gives each priced line its price and status, and the others a null price', () => {
    const json = jsonOf(pricedBom());
    const ecs = json.lines.find((l) => l.product === 'ecs')!;
    expect(ecs.status).toBe('priced');
    expect(ecs.price).toEqual({ unitPrice: 300, period: 'month', currency: 'CNY', subtotal: 600, validFrom: '2025-01-01', source: '测试数据（非真实报价）', row: 5 });
    // row: the list's line 5, "ecs,,*" (line 1 is the header).
    expect(json.lines.find((l) => l.product === 'nas')).toMatchObject({ status: 'unpriced', price: null });
    expect(json.lines.find((l) => l.product === 'security_group')).toMatchObject({ status: 'free', price: null });
  });

  it('writes a null source when the list gives none, names a line the catalog does not know by its id, and prints no half price', () => {
    const priced = pricedBom();
    const i = lineOf(priced, 'ecs');
    const line = priced.lines[i]!;
    const { source: _none, ...entry } = line.entry!;
    const { subtotal: _sub, ...noSubtotal } = line;
    const changed: PricedBom = {
      ...priced,
      lines: [...priced.lines.map((l, j) => (j === i ? { ...l, entry } : l)), { ...noSubtotal, line: { ...line.line, product: 'gone' } }],
    };
    const json = jsonOf(changed);
    expect(json.lines[i]!.price!.source).toBeNull();
    const last = json.lines[json.lines.length - 1]!;
    expect(last.name).toBe('gone');
    expect(last.price).toBeNull();
  });

  it('says which list, at which date, the totals and how many lines have no price', () => {
    const priced = pricedBom();
    const json = jsonOf(priced);
    expect(json.prices).toEqual({
      list: priced.listDate, at: '2026-12-01', unpriced: 1,
      totals: priced.totals.map((t) => ({ period: t.period, currency: t.currency, amount: t.amount, lines: t.lines })),
    });
    expect((json.prices.totals as unknown[]).length).toBe(3);
  });
});

describe('priced BOM as Markdown', () => {
  const setup = () => {
    const priced = pricedBom();
    const md = bomMarkdown(doc, catalog, 'en', priced);
    return { priced, md, rows: md.split('\n').filter((l) => l.startsWith('|')) };
  };

  it('right-aligns No., quantity, unit price and subtotal', () => {
    const { rows } = setup();
    const align = rows[1]!.split('|').slice(1, -1).map((c) => c.trim());
    expect(align.map((a, i) => (a === '---:' ? i : -1)).filter((i) => i >= 0)).toEqual([0, 3, PRICED_COLUMNS.unitPrice, PRICED_COLUMNS.subtotal]);
  });

  it('ends the table with the totals and prints an empty cell as a blank', () => {
    const { priced, rows } = setup();
    expect(rows).toHaveLength(2 + priced.lines.length + priced.totals.length);
    expect(rows[rows.length - 3]).toMatch(/^\| {3}\| Total \(month, CNY\) \|/);
  });

  it('says where the prices come from, and how many lines have none only when some have none', () => {
    const { priced, md } = setup();
    // Each note is a paragraph of its own, after a blank line.
    expect(md).toContain(`|\n\nPrices from the price list you imported (version ${priced.listDate}), as valid on 2026-12-01.\n\n1 line has no price.\n`);
    const allPriced: PricedBom = { ...priced, unpriced: 0 };
    expect(bomMarkdown(doc, catalog, 'en', allPriced)).not.toContain('no price.');
  });

  it('right-aligns only No. and quantity without prices', () => {
    const plain = bomMarkdown(doc, catalog, 'en').split('\n').filter((l) => l.startsWith('|'));
    expect(plain[1]).toBe('| ---: | --- | --- | ---: | --- | --- | --- | --- |');
    expect(bomMarkdown(doc, catalog, 'en')).not.toContain('price list');
  });
});
