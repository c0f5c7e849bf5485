import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { productListDocx } from '../../../src/export/filing/filing-files.ts';
import { readDiagramText } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { runCliCaptured } from '../../support/run-cli.ts';

const TEMPLATE = new URL('../../../templates/l3-basic.mlps.json', import.meta.url).pathname;
const temp = () => mkdtempSync(join(tmpdir(), 'mlps-filing-'));
const docxText = async (path: string | Buffer) => (await mammoth.extractRawText(typeof path === 'string' ? { path } : { buffer: path })).value;

describe('cli filing', () => {
  it('writes the whole package into a new folder and prints the paths, one a line', { timeout: 120_000 }, async () => {
    const dir = join(temp(), 'nested', 'out');
    const { code, out, err } = await runCliCaptured(['filing', TEMPLATE, '--out', dir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const printed = out.trim().split('\n');
    const stem = '网上商城（等保三级 基础合规架构）';
    expect(printed).toEqual(
      ['系统拓扑图.pdf', '系统拓扑图.svg', '系统拓扑结构及说明.docx', '安全产品清单.xlsx', '安全产品清单.docx', '等保合规设计报告.pdf'].map((f) => join(dir, `${stem} ${f}`)),
    );
    expect(readdirSync(dir).sort()).toEqual(printed.map((p) => p.slice(dir.length + 1)).sort());
    expect(readFileSync(printed[0]!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(printed[3]!).subarray(0, 2).toString()).toBe('PK');

    // 系统拓扑结构及说明 read back by an independent reader.
    const text = await docxText(printed[2]!);
    for (const heading of ['系统拓扑结构及说明', '一、系统概述', '三、网络功能区域划分', '五、主要数据流', '七、云服务商与用户的安全责任划分']) expect(text).toContain(heading);
    for (const zone of ['互联网边界', '应用区', '数据区', '接入区（DMZ）', '安全管理区', '运维接入区', '异地备份区']) expect(text).toMatch(new RegExp(`${zone.replace(/[()（）]/g, '.')}\\s+待填写`));
    expect(text).toContain('商城用户（PC / App） → 互联网边界 DDoS原生防护 → WAF 3.0 → 云防火墙 → 接入区（DMZ） 商城 ALB 负载均衡 → 应用区 网上商城订单服务 → 数据区 订单数据库（MySQL）');
    expect(text).toContain('运维终端 → 运维接入区 SSL-VPN 网关 → 安全管理区 运维安全中心（堡垒机）');
    // The drawing is embedded (PNG for every reader, SVG for those that show it).
    const { convertToHtml } = mammoth;
    const html = (await convertToHtml({ path: printed[2]! })).value;
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);

    // Run again: the same files are replaced, nothing else appears.
    const again = await runCliCaptured(['filing', TEMPLATE, '--out', dir, '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a missing --out and a bad --paper with exit status 2, before reading the file', async () => {
    expect((await runCliCaptured(['filing', 'no-such-file.json'])).code).toBe(2);
    const bad = await runCliCaptured(['filing', 'no-such-file.json', '--out', temp(), '--paper', 'a0']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('a0');
  });

  it('export --format docx writes 系统拓扑结构及说明 and needs --out', { timeout: 120_000 }, async () => {
    expect((await runCliCaptured(['export', TEMPLATE, '--format', 'docx'])).code).toBe(2);
    const path = join(temp(), 'topology.docx');
    const { code } = await runCliCaptured(['export', TEMPLATE, '--format', 'docx', '--out', path, '--lang', 'en']);
    expect(code).toBe(0);
    const text = await docxText(path);
    expect(text).toContain('System topology and description');
    expect(text).toContain('5.2 Operations paths');
  });
});

describe('安全产品清单 DOCX', () => {
  it('carries the certificates, the expired one marked, and 待补充 where none is recorded', async () => {
    const read = readDiagramText(readFileSync(TEMPLATE, 'utf8'), catalog);
    if (!read.ok) throw new Error('template does not read');
    const doc = {
      ...read.diagram,
      certificates: [
        { product: 'waf', type: 'certification', number: 'CCC-WAF-2024-001', validUntil: '2029-06-30' },
        { product: 'cloud_firewall', type: 'licence', number: 'XKZ-0815', validUntil: '2025-12-31' },
      ],
    } as unknown as Diagram;
    const file = await productListDocx(doc, catalog, 'zh', '2026-05-01');
    const text = await docxText(Buffer.from(file.data as Uint8Array));
    expect(text).toMatch(/Web应用防火墙[\s\S]*安全认证证书\s+CCC-WAF-2024-001\s+2029-06-30/);
    expect(text).toMatch(/云防火墙[\s\S]*销售许可证\s+XKZ-0815\s+2025-12-31（已过期）/);
    expect(text).toMatch(/数据库审计[\s\S]*待补充\s+待补充/);
    expect(text).toContain('自 2023 年 7 月 1 日起不再颁发');
  });
});

describe('系统拓扑结构及说明 in LibreOffice', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)('renders to PDF with the zone table and the paths', { timeout: 240_000 }, async () => {
    const dir = temp();
    const docx = join(dir, 'topology.docx');
    expect((await runCliCaptured(['export', TEMPLATE, '--format', 'docx', '--out', docx])).code).toBe(0);
    const converted = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 200_000 });
    expect(converted.status).toBe(0);
    // Reading order, with line breaks inside table cells and list items taken out.
    const text = spawnSync('pdftotext', [join(dir, 'topology.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain('网络功能区域名称主要功能和作用IP网段');
    // Each zone's row: its name, then its purpose still to be filled in (read line by line as laid out).
    const lines = spawnSync('pdftotext', ['-layout', join(dir, 'topology.pdf'), '-'], { encoding: 'utf8' }).stdout.split('\n');
    for (const zone of ['互联网边界', '应用区', '数据区', '安全管理区', '运维接入区', '异地备份区']) {
      expect(lines.some((line) => new RegExp(`^\\s*${zone}\\s+待填写`).test(line)), zone).toBe(true);
    }
    expect(text).toContain('DDoS原生防护→WAF3.0→云防火墙→接入区（DMZ）商城ALB负载均衡→应用区网上商城订单服务→数据区订单数据库（MySQL）');
    expect(text).toContain('七、云服务商与用户的安全责任划分');
  });
});
