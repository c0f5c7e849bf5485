/**
 * 价格表 end to end (issue 14): a user imports the 40-line price list from CSV (chosen) and XLSX
 * (dropped on the dialog), sees its count and dates, keeps an older version beside it and deletes
 * it, exports the product list as XLSX with prices (read back with exceljs: prices are numbers,
 * subtotals and totals formulas), and has malformed lists refused with row and column named while
 * the stored list survives a reload.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as excelModule from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { downloadBytes, openEditor, openReference } from './editor-helpers.ts';

type ExcelJs = typeof excelModule;
const ExcelJS: ExcelJs = (excelModule as unknown as { default?: ExcelJs }).default ?? excelModule;

const FIXTURES = join(process.cwd(), 'test/fixtures/prices');
const CSV = join(FIXTURES, 'list-40.csv');
const XLSX = join(FIXTURES, 'list-40.xlsx');

function priceDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '价格表' });
}

async function openPrices(page: Page): Promise<Locator> {
  await page.getByRole('toolbar').getByRole('button', { name: '价格表' }).click();
  const dialog = priceDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Choose a file with the dialog's 选择文件… button, as a user does. */
async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await priceDialog(page).getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(path);
}

/** Drop a file from disk on the dialog. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { bytes, name },
  );
  const target = priceDialog(page).locator('.price-dialog__drop');
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

function versionRows(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: '已保存的版本' }).getByRole('row').filter({ has: dialog.page().getByRole('rowheader') });
}

test('a 40-line price list imported from CSV and XLSX prices the XLSX product list with formulas', async ({ page }) => {
  test.setTimeout(90_000);
  await openReference(page);
  const dialog = await openPrices(page);
  await expect(dialog).toContainText('本应用不附带任何价格');
  await expect(dialog).toContainText('尚未导入价格表');

  await chooseFile(page, CSV);
  await expect(dialog.getByRole('status')).toHaveText('已导入 list-40.csv：40 条价格，生效日期 2025-01-01 至 2027-01-01。');
  await expect(versionRows(dialog)).toHaveCount(1);
  const row = versionRows(dialog).first();
  await expect(row.getByRole('rowheader')).toHaveText('2027-01-01');
  await expect(row).toContainText('40');
  await expect(row).toContainText('2025-01-01 – 2027-01-01');
  await expect(row).toContainText('正在使用');
  // The prices in use, with the user's source column.
  const entries = dialog.getByRole('region', { name: /正在使用的价格/ });
  await expect(entries.getByRole('columnheader', { name: '来源' })).toBeVisible();
  await expect(entries.getByRole('row')).toHaveCount(41);
  await expect(entries).toContainText('测试数据（非真实报价）');

  // The same list as a workbook, dropped on the dialog: the same version, replaced.
  await dropFile(page, XLSX, 'list-40.xlsx');
  await expect(dialog.getByRole('status')).toHaveText('已导入 list-40.xlsx：40 条价格，替换了同为 2027-01-01 版的价格表。');
  await expect(versionRows(dialog)).toHaveCount(1);
  await expect(versionRows(dialog).first()).toContainText('list-40.xlsx');

  // An older list is kept beside it as a version of its own; the newest valid one stays in use.
  const older = join(mkdtempSync(join(tmpdir(), 'mlps-prices-')), 'older.csv');
  const lines = readFileSync(CSV, 'utf8').split(/\r?\n/).filter(Boolean);
  writeFileSync(older, [lines[0], ...lines.slice(1, 6).map((l) => l.replace(/20\d\d-\d\d-\d\d/, '2024-01-01'))].join('\n'));
  await chooseFile(page, older);
  await expect(dialog.getByRole('status')).toContainText('5 条价格');
  await expect(versionRows(dialog)).toHaveCount(2);
  await expect(versionRows(dialog).nth(0)).toContainText('正在使用');
  await expect(versionRows(dialog).nth(1)).toContainText('2024-01-01');
  await expect(versionRows(dialog).nth(1)).toContainText('较早版本');
  await dialog.getByRole('button', { name: '删除 2024-01-01 版' }).click();
  await expect(versionRows(dialog)).toHaveCount(1);
  await dialog.screenshot({ path: 'test-results/prices-dialog.png' });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('toolbar').screenshot({ path: 'test-results/prices-toolbar.png' });

  // The export dialog offers 含价格, on by default; the workbook carries the prices.
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出' });
  await expect(exportDialog.getByRole('checkbox', { name: '含价格（2027-01-01 版价格表）' })).toBeChecked();
  await exportDialog.screenshot({ path: 'test-results/prices-export-dialog.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Excel（XLSX）', exact: true }).click()]);
  const bytes = await downloadBytes(download);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet('产品清单')!;
  const header = (sheet.getRow(3).values as unknown[]).slice(1);
  expect(header.slice(8)).toEqual(['单价', '计费周期', '币种', '小计', '价格来源']);
  let priced = 0;
  for (let r = 4; r <= sheet.rowCount; r++) {
    const price = sheet.getCell(`I${r}`).value;
    if (typeof price !== 'number') continue;
    priced++;
    expect(sheet.getCell(`L${r}`).value).toMatchObject({ formula: `D${r}*I${r}` });
  }
  expect(priced).toBeGreaterThanOrEqual(15);
  const ecs = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === '云服务器 ECS')!;
  expect(ecs.getCell(9).value).toBe(498.5);
  expect(ecs.getCell(12).value).toMatchObject({ result: 997 });
  const totals = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).filter((r) => String(r.getCell(2).value).startsWith('合计'));
  expect(totals.map((r) => r.getCell(2).value)).toEqual(['合计（月，CNY）', '合计（年，CNY）', '合计（按量，CNY）']);
  for (const total of totals) expect((total.getCell(12).value as { formula: string }).formula).toMatch(/^SUM\(L\d+/);
  expect((totals[1]!.getCell(12).value as { result: number }).result).toBe(333100);

  // Turned off, the product list has no price columns.
  await exportDialog.getByRole('checkbox', { name: /含价格/ }).uncheck();
  const [plain] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'CSV 表格', exact: true }).click()]);
  expect((await downloadBytes(plain)).toString('utf8')).not.toContain('单价');
});

test('malformed price lists are refused with row and column named; the stored list survives a reload', async ({ page }) => {
  test.setTimeout(90_000);
  await openEditor(page);
  let dialog = await openPrices(page);
  await chooseFile(page, CSV);
  await expect(dialog.getByRole('status')).toContainText('40 条价格');

  const refusals: [file: string, text: string][] = [
    [join(FIXTURES, 'bad-price.csv'), '第 3 行“单价”列：“十二万”不是数字。'],
    [join(FIXTURES, 'unknown-product.csv'), '第 4 行“产品”列：未知的产品“量子防火墙”'],
    [join(FIXTURES, 'missing-columns.csv'), '第 1 行（表头）缺少列：计费周期、来源'],
  ];
  for (const [file, text] of refusals) {
    await chooseFile(page, file);
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('未导入，原有价格表保持不变');
    await expect(alert).toContainText(text);
  }
  // Over 5 MB: refused before it is read.
  const big = join(mkdtempSync(join(tmpdir(), 'mlps-prices-')), 'big.csv');
  writeFileSync(big, `产品,版本,规格,单位,计费周期,单价,币种,生效日期,来源\n${'ecs,,,台,月,1,CNY,2026-01-01,x\n'.repeat(200_000)}`);
  await chooseFile(page, big);
  await expect(dialog.getByRole('alert')).toContainText('价格表过大');
  await expect(versionRows(dialog)).toHaveCount(1);
  await expect(versionRows(dialog).first()).toContainText('40');
  await dialog.screenshot({ path: 'test-results/prices-refused.png' });

  await page.reload();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  dialog = await openPrices(page);
  await expect(versionRows(dialog)).toHaveCount(1);
  await expect(versionRows(dialog).first().getByRole('rowheader')).toHaveText('2027-01-01');
  await expect(versionRows(dialog).first().getByRole('cell').first()).toHaveText('40');
});

test('a list imported in one tab appears in another', async ({ page, context }) => {
  await openEditor(page);
  const other = await context.newPage();
  await openEditor(other);
  await openPrices(other);
  await expect(priceDialog(other)).toContainText('尚未导入价格表');
  const dialog = await openPrices(page);
  await chooseFile(page, CSV);
  await expect(dialog.getByRole('status')).toContainText('40 条价格');
  await expect(versionRows(priceDialog(other))).toHaveCount(1);
  await expect(versionRows(priceDialog(other)).first().getByRole('rowheader')).toHaveText('2027-01-01');
});
