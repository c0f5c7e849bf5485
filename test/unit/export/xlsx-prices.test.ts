/**
 * The BOM workbook with prices, as LibreOffice computes it (soffice headless → CSV, with a profile
 * that recalculates every formula on load, so the figures come from our formulas, not from the
 * values cached beside them): subtotals are quantity × unit price, totals sum per period and
 * currency, and user text that looks like a formula (a spec, a price source) stays text.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as excelModule from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBom } from '../../../src/core/bom/bom.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { parseCsv } from '../../../src/core/prices/csv-parse.ts';
import { parsePriceCsv } from '../../../src/core/prices/parse.ts';
import { priceBom, type PricedBom } from '../../../src/core/prices/priced-bom.ts';
import { exportBomXlsx } from '../../../src/export/xlsx/export-xlsx.ts';
import { rangeList } from '../../../src/export/xlsx/price-formulas.ts';
import { catalog } from '../../support/catalog.ts';
import { loadTemplate } from '../rules/fix-geometry.ts';

type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

const dir = mkdtempSync(join(tmpdir(), 'mlps-xlsx-prices-'));
const parsed = parsePriceCsv(new Uint8Array(readFileSync(new URL('../../fixtures/prices/list-40.csv', import.meta.url))), catalog);
if (!parsed.ok) throw new Error('fixture');
// A price source and a spec that look like formulas: user text, to be shown as written.
const list = { ...parsed.list, entries: parsed.list.entries.map((e) => (e.product === 'rds' ? { ...e, source: '=HYPERLINK("http://x","y")' } : e)) };

const base = loadTemplate('l3-basic.mlps.json');
const doc: Diagram = {
  ...base,
  nodes: [...base.nodes, { id: 'n-ecs-hostile', kind: 'product', product: 'ecs', parent: 'z-app', position: { x: 140, y: 52 }, quantity: 3, props: { spec: '=1+2' } }],
};
let priced: PricedBom;
const computed: string[][] = [];

/** A profile that recalculates OOXML formulas on load (OOXMLRecalcMode 0 = always). */
function recalculatingProfile(): string {
  const profile = join(dir, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${profile}`;
}

const control: string[][] = [];

beforeAll(async () => {
  priced = priceBom(buildBom(doc, catalog), list, { date: '2026-12-03' });
  writeFileSync(join(dir, 'bom.xlsx'), await exportBomXlsx(doc, catalog, { lang: 'zh', priced, today: '2026-12-03' }));
  // A control workbook whose cached formula value is wrong: only a real recalculation gives 6.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('x').getCell('A1').value = { formula: '2*3', result: 99 };
  writeFileSync(join(dir, 'control.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${recalculatingProfile()}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'out'), join(dir, 'bom.xlsx'), join(dir, 'control.xlsx')],
      { stdio: 'ignore', timeout: 170_000 },
    );
  } catch (error) {
    throw new Error(`LibreOffice (Debian package libreoffice-calc-nogui, installed by .ci/run) is needed for this test: ${String(error)}`);
  }
  const read = (name: string) => {
    const csv = parseCsv(readFileSync(join(dir, 'out', name), 'utf8'));
    if (!csv.ok) throw new Error(name);
    return csv.rows;
  };
  computed.push(...read('bom.csv'));
  control.push(...read('control.csv'));
}, 180_000);

const number = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

describe('the priced BOM workbook, computed by LibreOffice', () => {
  it('recalculates on load (the control formula gives 6, not its cached 99)', () => {
    expect(control[0]![0]).toBe('6');
  });

  it('subtotals are quantity × unit price, computed by the formulas', () => {
    const header = computed[2]!;
    expect(header.slice(8)).toEqual(['单价', '计费周期', '币种', '小计', '价格来源']);
    priced.lines.forEach((line, i) => {
      const row = computed[3 + i]!;
      if (line.status !== 'priced') {
        expect(row[11]).toBe('');
        return;
      }
      expect(number(row[3])).toBe(line.line.quantity);
      expect(number(row[8])).toBeCloseTo(line.entry!.unitPrice, 6);
      expect(number(row[11])).toBeCloseTo(line.line.quantity * line.entry!.unitPrice, 6);
    });
  });

  it('totals are the sums per period and currency', () => {
    const totals = computed.slice(3 + priced.lines.length, 3 + priced.lines.length + priced.totals.length);
    expect(totals.map((row) => row[1])).toEqual(priced.totals.map((t) => `合计（${{ month: '月', year: '年', payg: '按量' }[t.period]}，${t.currency}）`));
    priced.totals.forEach((total, i) => {
      const sum = priced.lines.filter((l) => l.entry?.period === total.period && l.entry.currency === total.currency).reduce((s, l) => s + l.line.quantity * l.entry!.unitPrice, 0);
      expect(number(totals[i]![11])).toBeCloseTo(sum, 6);
      expect(total.amount).toBeCloseTo(sum, 6);
    });
    expect(priced.totals.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps user text that looks like a formula as text', () => {
    const flat = computed.flat();
    expect(flat).toContain('=HYPERLINK("http://x","y")');
    expect(flat.some((cell) => cell.includes('=1+2'))).toBe(true);
    expect(flat).not.toContain('y');
  });

  it('writes the formulas from cell references only', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(join(dir, 'bom.xlsx'))).buffer);
    const formulas: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.formula);
    }));
    expect(formulas.length).toBe(priced.lines.filter((l) => l.status === 'priced').length + priced.totals.length);
    for (const f of formulas) expect(f).toMatch(/^(D\d+\*I\d+|SUM\(L\d+(:L\d+)?(,L\d+(:L\d+)?)*\))$/);
    expect(rangeList('L', [4, 5, 6, 9, 11, 12])).toBe('L4:L6,L9,L11:L12');
  });
});
