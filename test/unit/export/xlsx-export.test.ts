import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { describe, expect, it } from 'vitest';
import { exportBomXlsx } from '../../../src/export/xlsx/export-xlsx.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';
import { unzip } from '../../support/unzip.ts';
import { expectPrintableWorkbook } from '../../support/xlsx-print.ts';
import { buildExportFile } from '../../../src/export/export-file.ts';

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('BOM workbook (XLSX)', () => {
  it('lists the security products with their certificates, an expired one marked, a missing one 待补充', async () => {
    const text = readFileSync(new URL('../../fixtures/v2/all-fields.mlps.json', import.meta.url), 'utf8');
    const read = readDiagramText(text, catalog);
    if (!read.ok) throw new Error('fixture unreadable');
    const workbook = await load(await exportBomXlsx(read.diagram, catalog, { lang: 'zh', today: '2030-01-01' }));
    const rows = values(workbook.getWorksheet('安全产品清单（备案）')!).map((r) => r.map(String));
    expect(rows[1]).toEqual(['序号', '产品名称', '版本/规格', '数量', '部署区域', '对应控制点', '证书类型', '证书编号', '发证机构', '有效期至']);
    // Judged at the design's date (2026-11-28), not the 'today' given: the SLS licence has expired.
    expect(rows.find((r) => r[1] === '日志服务 SLS')!.slice(6)).toEqual(['销售许可证', 'XKC-0001', '公安部网络安全保卫局', '2025-12-31（已过期）']);
    expect(rows.find((r) => r[1] === '密钥管理服务 KMS')!.slice(6)).toEqual(['待补充', '待补充', '待补充', '待补充']);
    // The WAF's certificates are kept in the file but the design holds no WAF: no row for it.
    expect(rows.some((r) => r[7] === 'WAF-TEST-2025-0042')).toBe(false);
  });

  it('has the products, control-point and findings sheets, in Chinese or English', async () => {
    const doc = readFixture('reference-l3');
    const zh = await load(await exportBomXlsx(doc, catalog, { lang: 'zh', check: checkDiagram(doc, catalog) }));
    expect(zh.worksheets.map((s) => s.name)).toEqual(['产品清单', '安全产品清单（备案）', '控制点对照', '检查结果']);
    const products = values(zh.getWorksheet('产品清单')!);
    expect(products[0]![0]).toBe('系统使用的安全产品清单');
    expect(products[2]).toEqual(['序号', '产品', '版本/规格', '数量', '单位', '用途', '部署位置', '备注']);
    expect(products[3]!.slice(0, 5)).toEqual([1, 'DDoS高防', '中国内地 / 保底 30 Gbps', 1, '个']);
    const en = await load(await exportBomXlsx(doc, catalog, { lang: 'en' }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Products', 'Filing product list', 'Control points', 'Findings']);
    expect(values(en.getWorksheet('Findings')!)).toEqual([['No check result attached.']]);
  });

  it('maps every rule to the products and nodes that serve it, with its status from the check', async () => {
    const doc = readFixture('reference-l3');
    const check = checkDiagram(doc, catalog);
    const rows = values((await load(await exportBomXlsx(doc, catalog, { lang: 'zh', check }))).getWorksheet('控制点对照')!);
    expect(rows[0]).toEqual(['层面', '规则', '条款及控制点', '产品', '节点', '状态']);
    const byRule = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byRule.get('ABS-03')).toEqual(['安全区域边界', 'ABS-03', '8.1.3.2 a) c) d) 访问控制', '云防火墙', '云防火墙', '满足']);
    expect(byRule.get('CES-10')![5]).toBe('不满足');
    expect(byRule.get('CES-11')![5]).toBe('有提示');
    expect(String(byRule.get('CES-09')![4])).toContain('订单库');
    const findings = values((await load(await exportBomXlsx(doc, catalog, { lang: 'zh', check }))).getWorksheet('检查结果')!);
    expect(findings[0]).toEqual(['规则', '严重程度', '条款', '控制点', '对象', '说明', '状态']);
    expect(findings.length).toBe(check.findings.length + 1);
    expect(findings.find((r) => r[0] === 'CES-10')!.slice(1, 5)).toEqual(['错误', '8.1.4.9 b)', '数据备份恢复', '会话缓存']);
  });

  it('writes only strings and numbers, never a formula', async () => {
    const doc = readFixture('all-fields');
    const bytes = await exportBomXlsx(doc, catalog, { lang: 'zh', check: checkDiagram(doc, catalog) });
    const files = unzip(bytes);
    const sheets = [...files.keys()].filter((name) => /^xl\/worksheets\/.*\.xml$/.test(name));
    expect(sheets).toHaveLength(4);
    for (const name of sheets) expect(files.get(name), name).not.toMatch(/<f[ >]/);
    for (const sheet of (await load(bytes)).worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(['string', 'number']).toContain(typeof cell.value)));
    }
  });

  it('prints landscape, one page wide, its header on every page; formula-looking text kept as text by its style', async () => {
    const doc = readFixture('reference-l3');
    const labels = ['=SUM(A1:A3)', '+86 专线区', '-备用区', '@内网区'];
    let i = 0;
    const relabelled = { ...doc, nodes: doc.nodes.map((n) => (n.kind === 'zone' && ['app', 'data', 'dmz', 'mgmt'].includes(n.zone) && i < labels.length ? { ...n, label: labels[i++] } : n)) };
    // The app's export (the CLI calls the same exporter with the same check).
    const file = await buildExportFile('xlsx', relabelled, catalog, { lang: 'zh' });
    const files = unzip(file.data as Uint8Array);
    const used = labels.filter((label) => files.get('xl/sharedStrings.xml')!.includes(label.replace('&', '&amp;')));
    expect(used.length).toBeGreaterThanOrEqual(2);
    expectPrintableWorkbook(files, used);
  });

  it('sets each row as tall as its wrapped text', async () => {
    const doc = readFixture('reference-l3');
    const sheet = (await load(await exportBomXlsx(doc, catalog, { lang: 'zh' }))).getWorksheet('产品清单')!;
    const heights = [];
    for (let r = 4; r <= sheet.rowCount; r++) heights.push(sheet.getRow(r).height);
    expect(heights.every((h) => h >= 15)).toBe(true);
    // Long 用途 lists wrap onto several lines, short ones keep one.
    expect(Math.max(...heights)).toBeGreaterThanOrEqual(45);
    expect(Math.min(...heights)).toBeLessThan(20);
  });
});
