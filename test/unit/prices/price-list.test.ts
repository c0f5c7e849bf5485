/** Reading price lists (CSV and XLSX, zh and en headers) and refusing malformed ones with row and column. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n/translate.ts';
import { parseCsv } from '../../../src/core/prices/csv-parse.ts';
import { MAX_PRICE_LIST_BYTES, parsePriceCsv } from '../../../src/core/prices/parse.ts';
import type { PriceListResult } from '../../../src/core/prices/types.ts';
import { readPriceFile, readPriceXlsx } from '../../../src/export/xlsx/read-price-xlsx.ts';
import { catalog } from '../../support/catalog.ts';

import { priceListXlsx } from '../../fixtures/prices/make-xlsx.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/prices/${name}`, import.meta.url)));
const messages = (result: PriceListResult, lang: 'zh' | 'en' = 'zh') => (result.ok ? [] : result.errors.map((e) => t(lang, e.key, e.params)));

/** The 40-line list as an XLSX workbook, made now from the CSV (the same maker as list-40.xlsx). */
const listXlsx = () => priceListXlsx(new TextDecoder().decode(fixture('list-40.csv')));

describe('price list: the 40-line fixture', () => {
  it('reads from CSV with names, former names, aliases, edition names and codes', () => {
    const result = parsePriceCsv(fixture('list-40.csv'), catalog);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.list.entries).toHaveLength(40);
    expect(result.list.date).toBe('2027-01-01');
    const byRow = new Map(result.list.entries.map((e) => [e.row, e]));
    expect(byRow.get(2)).toEqual({ product: 'ecs', spec: 'ecs.g7.*', unit: '台', period: 'month', unitPrice: 520, currency: 'CNY', validFrom: '2026-01-01', source: '测试数据（非真实报价）', row: 2 });
    expect(byRow.get(5)).toMatchObject({ product: 'ecs', period: 'month', unitPrice: 300 });
    expect(byRow.get(5)!.spec).toBeUndefined();
    expect(byRow.get(8)!.source).toBe('测试数据，2027 年起');
    expect(byRow.get(9)).toMatchObject({ product: 'slb', edition: 'alb', period: 'payg', unitPrice: 0.14 });
    expect(byRow.get(11)).toMatchObject({ product: 'waf', edition: 'subscription', period: 'year' });
    expect(byRow.get(17)).toMatchObject({ product: 'security_center', edition: 'enterprise' }); // 安骑士
    expect(byRow.get(20)).toMatchObject({ product: 'bastionhost', edition: 'enterprise' }); // 堡垒机
    expect(byRow.get(21)).toMatchObject({ product: 'bastionhost', edition: 'basic' }); // edition code
    expect(byRow.get(28)).toMatchObject({ product: 'kms', edition: 'hardware' }); // alias KMS
    expect(byRow.get(30)).toMatchObject({ product: 'ssl_cert', edition: 'dv', unitPrice: 0 }); // SSL证书
    expect(byRow.get(37)).toMatchObject({ product: 'web_scan', currency: 'USD' });
  });

  it('reads the same list with English headers and periods, without a byte-order mark, LF line ends', () => {
    const text = new TextDecoder().decode(fixture('list-40.csv')).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const english = text
      .replace('产品,版本,规格,单位,计费周期,单价,币种,生效日期,来源', 'Product,Edition,Spec pattern,Unit,Period,Unit price,Currency,Valid from,Source')
      .replace(/,月,/g, ',month,').replace(/,年,/g, ',year,').replace(/,按量,/g, ',payg,');
    const zh = parsePriceCsv(fixture('list-40.csv'), catalog);
    const en = parsePriceCsv(new TextEncoder().encode(english), catalog);
    expect(en).toEqual(zh);
  });

  it('reads the same list from XLSX (number and date cells), also through readPriceFile', async () => {
    const xlsx = await listXlsx();
    const fromCsv = parsePriceCsv(fixture('list-40.csv'), catalog);
    expect(await readPriceXlsx(xlsx, catalog)).toEqual(fromCsv);
    expect(await readPriceFile(xlsx, catalog)).toEqual(fromCsv);
    expect(await readPriceFile(fixture('list-40.csv'), catalog)).toEqual(fromCsv);
    // The committed workbook (for the import dialog's tests) reads the same.
    expect(await readPriceXlsx(fixture('list-40.xlsx'), catalog)).toEqual(fromCsv);
  });
});

describe('price list: malformed input is refused with row and column', () => {
  it('missing columns, named in the header row', () => {
    const result = parsePriceCsv(fixture('missing-columns.csv'), catalog);
    expect(messages(result)).toEqual(['第 1 行（表头）缺少列：计费周期、来源。']);
    expect(messages(result, 'en')).toEqual(['Row 1 (header) lacks the columns: period, source.']);
  });

  it('a price that is not a number, and one that is negative', () => {
    const bad = parsePriceCsv(fixture('bad-price.csv'), catalog);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toMatchObject([{ key: 'prices.error.badPrice', row: 3, column: 'unitPrice' }]);
    expect(messages(bad)).toEqual(['第 3 行“单价”列：“十二万”不是数字。']);
    expect(messages(parsePriceCsv(fixture('negative-price.csv'), catalog), 'en')).toEqual(['Row 2, column "unit price": a unit price cannot be negative (-5).']);
  });

  it('an unknown product', () => {
    expect(messages(parsePriceCsv(fixture('unknown-product.csv'), catalog))).toEqual(['第 4 行“产品”列：未知的产品“量子防火墙”（可填产品 ID、中英文名称或曾用名）。']);
  });

  it('an unknown edition, period and date, all reported', () => {
    expect(messages(parsePriceCsv(fixture('bad-cells.csv'), catalog), 'en')).toEqual([
      'Row 2, column "edition": 云数据库 RDS has no edition "铂金版".'.replace('云数据库 RDS', 'ApsaraDB RDS'),
      'Row 3, column "period": "季" is not a billing period (month, year or payg).',
      'Row 3, column "valid from": "2026-02-30" is not a valid date (YYYY-MM-DD).',
    ]);
  });

  it('over 5 MB, before anything is parsed (CSV and XLSX)', async () => {
    const big = new Uint8Array(MAX_PRICE_LIST_BYTES + 1).fill(0xff); // not even UTF-8: the size is checked first
    const refused = parsePriceCsv(big, catalog);
    expect(refused).toEqual({ ok: false, errors: [{ key: 'prices.error.tooLarge', params: { size: 5 * 1024 * 1024 + 1, limit: 5 * 1024 * 1024 } }] });
    big[0] = 0x50;
    big[1] = 0x4b;
    expect(await readPriceFile(big, catalog)).toEqual(refused);
    // Exactly 5 MB is allowed through to parsing (and then refused for what it is).
    expect(messages(parsePriceCsv(new Uint8Array(MAX_PRICE_LIST_BYTES).fill(0xff), catalog))[0]).toMatch(/UTF-8/);
  });

  it('a quote left open, text that is not UTF-8, a list without prices, a repeated row', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const header = '产品,版本,规格,单位,计费周期,单价,币种,生效日期,来源\n';
    expect(messages(parsePriceCsv(enc(`${header}ecs,"open,,台,月,1,CNY,2026-01-01,x\n`), catalog))).toEqual(['第 2 行第 2 列：引号未闭合。']);
    expect(messages(parsePriceCsv(new Uint8Array([0xb2, 0xfa, 0xc6, 0xb7]), catalog))[0]).toMatch(/UTF-8/);
    expect(messages(parsePriceCsv(enc(header), catalog))).toEqual(['价格表只有表头，没有价格。']);
    expect(messages(parsePriceCsv(enc(`${header}ecs,,,台,月,1,CNY,2026-01-01,a\n云服务器 ECS,,,台,包月,2,人民币,2026-01-01,b\n`), catalog))).toEqual([
      '第 3 行：与第 2 行是同一产品、版本、规格、周期、币种和生效日期。',
    ]);
  });

  it('a file that is not a workbook', async () => {
    const result = await readPriceXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), catalog);
    expect(result.ok ? '' : result.errors[0]!.key).toBe('prices.error.unreadable');
  });
});

describe('RFC 4180', () => {
  it('quoted fields with commas, doubled quotes and line breaks; CRLF and LF; no empty last record', () => {
    expect(parseCsv('\uFEFFa,"b,c","d""e"\r\n"x\r\ny",,z\n')).toEqual({ ok: true, rows: [['a', 'b,c', 'd"e'], ['x\r\ny', '', 'z']] });
    expect(parseCsv('a,b')).toEqual({ ok: true, rows: [['a', 'b']] });
    expect(parseCsv('a,b"c\n')).toEqual({ ok: false, row: 1, column: 2, reason: 'strayQuote' });
  });
});
