import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { downloadBytes, openEditor, openFile, openReference, REFERENCE } from './editor-helpers.ts';
import { unzip } from '../support/unzip.ts';
import { readDpi } from '../../src/export/png/png-dpi.ts';

const LABELS = ['商城用户', '应用服务器', '业务数据库', '安全管理区', '生产 VPC'];

/** Click an export button and return the downloaded file's name and bytes. */
async function exportFile(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: '导出' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button, exact: true }).click()]);
  const bytes = await downloadBytes(download);
  await expect(dialog.getByRole('status')).toContainText('已生成');
  return { name: download.suggestedFilename(), bytes };
}

function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-pdf-')), 'x.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every export from the toolbar downloads a real file with the design in it', async ({ page }) => {
  test.setTimeout(120_000);
  await openReference(page);
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  await expect(page.getByRole('dialog', { name: '导出' })).toBeVisible();

  const svg = await exportFile(page, 'SVG 矢量图');
  expect(svg.name).toBe('网上商城（基础合规架构） 系统拓扑图.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(XMLValidator.validate(svgText)).toBe(true);
  for (const label of LABELS) expect(svgText).toContain(label);
  expect(svgText).not.toMatch(/<script|foreignObject|\son\w+=/i);

  const png2Bytes = (await exportFile(page, 'PNG（2 倍）')).bytes;
  const png3Bytes = (await exportFile(page, 'PNG（3 倍）')).bytes;
  // The density travels with the pixels: 2× and 3× of a drawing in CSS pixels (96 per inch).
  expect(readDpi(png2Bytes)).toEqual({ x: 192, y: 192 });
  expect(readDpi(png3Bytes)).toEqual({ x: 288, y: 288 });
  const png2 = pngSize(png2Bytes);
  const png3 = pngSize(png3Bytes);
  expect(png3.width / png2.width).toBeCloseTo(1.5, 1);
  expect(png2.width).toBeGreaterThan(1000);

  for (const [button, paper] of [['PDF（自动选纸：A3/A2/A1，字号不小于 6 pt）', 'auto'], ['PDF（A4，放不下时分页拼接）', 'A4'], ['PDF（A3，放不下时分页拼接）', 'A3']] as const) {
    const pdf = await exportFile(page, button);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.bytes);
    for (const label of LABELS) expect(text, `${paper}: ${label}`).toContain(label);
  }

  const drawio = (await exportFile(page, 'draw.io 文件')).bytes.toString('utf8');
  expect(XMLValidator.validate(drawio)).toBe(true);
  expect(drawio).toContain('<mxfile');
  expect(drawio).toContain('container=1');

  const csv = (await exportFile(page, 'CSV 表格')).bytes;
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.toString('utf8')).toContain('序号,产品,版本/规格,数量,单位,用途,部署位置,备注');
  expect(csv.toString('utf8')).toContain('云安全中心');

  const xlsx = unzip((await exportFile(page, 'Excel（XLSX）')).bytes);
  const sheets = [...xlsx.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  expect(sheets).toHaveLength(4);
  expect([...xlsx.values()].join('')).not.toContain('<f>');
  expect(xlsx.get('xl/workbook.xml')).toContain('产品清单');
  // The browser's exceljs build prints it as the CLI's does: landscape, one page wide, header repeated.
  expect(xlsx.get('xl/worksheets/sheet1.xml')).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(xlsx.get('xl/worksheets/sheet1.xml')).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"/);
  expect(xlsx.get('xl/workbook.xml')).toContain('_xlnm.Print_Titles');

  expect((await exportFile(page, 'Markdown')).bytes.toString('utf8')).toContain('| 序号 |');
  const bom = JSON.parse((await exportFile(page, 'JSON')).bytes.toString('utf8'));
  expect(bom.lines.find((l: { product: string }) => l.product === 'security_center')).toMatchObject({ name: '云安全中心', edition: 'enterprise' });

  const html = (await exportFile(page, '报告（HTML，可打印）')).bytes.toString('utf8');
  expect(html).toContain('网上商城（基础合规架构）');
  expect(html).not.toMatch(/<script/i);
  const report = pdfText((await exportFile(page, '报告（PDF）')).bytes);
  expect(report).toContain('网上商城（基础合规架构）');
  expect(report).toContain('MAN-01');
});

test('the drawing can be exported in English, for the selection only, with findings marked', async ({ page }, testInfo) => {
  // The reference design with a gap: Internet users straight to the database (errors on n-rds).
  const design = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  design.edges.push({ id: 'e-gap', source: 'n-users', target: 'n-rds', kind: 'traffic' });
  const file = testInfo.outputPath('gap.mlps.json');
  writeFileSync(file, JSON.stringify(design));
  await openEditor(page);
  await openFile(page, file);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（基础合规架构）');
  await expect(page.locator('.react-flow__node[data-id="n-rds"]').getByRole('img', { name: /个错误/ })).toBeVisible();

  await page.locator('.react-flow__node[data-id="z-data"] .zone-node__header').click();
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByLabel('语言').selectOption('en');
  await dialog.getByLabel(/仅所选/).check();
  const markFindings = dialog.getByLabel(/在图上标注未处理的问题/);
  await expect(markFindings).not.toBeChecked();

  // Unmarked by default: a filing shows the design, not the checker's findings.
  const plain = (await exportFile(page, 'SVG 矢量图')).bytes.toString('utf8');
  expect(plain).toContain('业务数据库');
  expect(plain).not.toContain('商城用户');
  expect(plain).toContain('Legend');
  expect(plain).not.toContain('class="finding"');
  expect(plain).not.toContain('Open findings');

  await markFindings.check();
  const marked = (await exportFile(page, 'SVG 矢量图')).bytes.toString('utf8');
  expect(XMLValidator.validate(marked)).toBe(true);
  expect([...marked.matchAll(/class="finding" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['n-rds']);
  expect(marked).toContain('#c92a2a'); // the error colour of the badge
  expect(marked).toContain('Open findings (error / warning)'); // and its legend entry
  expect(marked).not.toContain('商城用户');
});

test('the XLSX keeps a label that starts with = as text by its cell style, with no apostrophe added', async ({ page }) => {
  const design = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  design.nodes.find((n: { id: string }) => n.id === 'z-mgmt').label = '=SUM(A1:A3)';
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-xlsx-')), 'formula.mlps.json');
  writeFileSync(file, JSON.stringify(design));
  await openEditor(page);
  await openFile(page, file);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（基础合规架构）');
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const xlsx = unzip((await exportFile(page, 'Excel（XLSX）')).bytes);
  const strings = [...xlsx.get('xl/sharedStrings.xml')!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  expect(strings).toContain('=SUM(A1:A3)');
  expect(strings).not.toContain('&apos;=SUM(A1:A3)');
  const index = strings.indexOf('=SUM(A1:A3)');
  const style = new RegExp(`<c r="G\\d+" s="(\\d+)" t="s"><v>${index}</v>`).exec(xlsx.get('xl/worksheets/sheet1.xml')!)?.[1];
  const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(xlsx.get('xl/styles.xml')!)![1]!.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  expect(xfs[Number(style)]).toContain('quotePrefix="1"');
});
