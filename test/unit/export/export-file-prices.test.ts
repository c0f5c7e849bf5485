/**
 * The app's product-list downloads with the user's price list (the export dialog's 含价格): every
 * product-list format carries the prices, priced at the design's date; without a list, none does;
 * drawings ignore the list.
 */
import { readFileSync } from 'node:fs';
import * as excelModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../src/core/model/types.ts';
import { parsePriceCsv } from '../../../src/core/prices/parse.ts';
import { buildExportFile } from '../../../src/export/export-file.ts';
import { catalog } from '../../support/catalog.ts';
import { loadTemplate } from '../rules/fix-geometry.ts';

type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

const parsed = parsePriceCsv(new Uint8Array(readFileSync(new URL('../../fixtures/prices/list-40.csv', import.meta.url))), catalog);
if (!parsed.ok) throw new Error('fixture');
const priceList = parsed.list;
const doc: Diagram = { ...loadTemplate('l3-basic.mlps.json'), meta: { ...loadTemplate('l3-basic.mlps.json').meta, date: '2026-12-01' } };
const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : new TextDecoder().decode(data));

describe('product lists with prices', () => {
  it('CSV, Markdown and JSON carry unit price, subtotal and totals per period', async () => {
    const csv = text((await buildExportFile('csv', doc, catalog, { lang: 'zh', priceList })).data);
    expect(csv.split('\r\n')[0]).toContain('单价,计费周期,币种,小计,价格来源');
    expect(csv).toMatch(/合计（年，CNY）(,*)\d+/);
    const md = text((await buildExportFile('md', doc, catalog, { lang: 'en', priceList })).data);
    expect(md).toMatch(/unit price/i);
    expect(md).toContain('2027-01-01');
    const json = JSON.parse(text((await buildExportFile('json', doc, catalog, { lang: 'zh', priceList })).data));
    expect(json.prices.at).toBe('2026-12-01');
    expect(json.prices.totals.map((t: { period: string }) => t.period)).toEqual(['month', 'year', 'payg']);
    expect(json.lines.every((l: { status?: string }) => l.status !== undefined)).toBe(true);
  });

  it('the workbook has number prices and formula subtotals; without a list nothing is priced', async () => {
    const book = new ExcelJS.Workbook();
    const data = (await buildExportFile('xlsx', doc, catalog, { lang: 'zh', priceList })).data as Uint8Array;
    await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('L3').value).toBe('小计');
    expect(typeof sheet.getCell('I4').value).toBe('number');
    expect(sheet.getCell('L4').value).toMatchObject({ formula: 'D4*I4' });
    const plain = text((await buildExportFile('csv', doc, catalog, { lang: 'zh' })).data);
    expect(plain).not.toContain('单价');
    const svg = text((await buildExportFile('svg', doc, catalog, { lang: 'zh', priceList })).data);
    expect(svg).not.toContain('单价');
  });
});
