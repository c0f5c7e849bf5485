import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { writeFileAtomic, type CliIo } from '../../../src/cli/io.ts';
import { FIXTURES } from '../../support/export-fixtures.ts';
import { expectInertXml } from '../../support/xml-safety.ts';

const FIXTURE = FIXTURES['all-fields'];

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => new Uint8Array(),
    fileSize: (p) => readFileSync(p).length,
    readFile: (p) => new Uint8Array(readFileSync(p)),
    writeFileAtomic,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('cli bom', () => {
  it('prints CSV by default (UTF-8 with BOM), Markdown and JSON on request', async () => {
    const csv = await run(['bom', FIXTURE]);
    expect(csv).toMatchObject({ code: 0, err: '' });
    expect(csv.out.startsWith('\uFEFF序号,产品,版本/规格,数量,单位,用途,部署位置,备注\r\n')).toBe(true);
    const md = await run(['bom', FIXTURE, '--format', 'md', '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('| No. | Product | Edition / spec | Quantity | Unit | Purpose | Location | Remarks |');
    const json = await run(['bom', FIXTURE, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).lines.map((l: { product: string }) => l.product)).toEqual(['slb', 'ecs', 'rds', 'sls', 'kms']);
  });

  it('writes XLSX only to --out, and refuses it without before reading the file', async () => {
    const missing = await run(['bom', join(tmpdir(), 'does-not-exist.json'), '--format', 'xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toContain('--out');
    const target = join(mkdtempSync(join(tmpdir(), 'mlps-bom-')), 'bom.xlsx');
    const done = await run(['bom', FIXTURE, '--format', 'xlsx', '--out', target]);
    expect(done).toEqual({ code: 0, out: '', err: '' });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 for an unknown format or an unusable file', async () => {
    expect((await run(['bom', FIXTURE, '--format', 'pdf'])).code).toBe(2);
    const target = join(mkdtempSync(join(tmpdir(), 'mlps-bom-')), 'bom.csv');
    const bad = await run(['bom', join(tmpdir(), 'nope.mlps.json'), '--out', target]);
    expect(bad.code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});

describe('cli export --format svg|drawio', () => {
  it('writes the topology drawing as SVG, in zh or en', async () => {
    const zh = await run(['export', FIXTURE, '--format', 'svg']);
    expect(zh.code).toBe(0);
    expectInertXml(zh.out);
    expect(zh.out).toContain('系统名称');
    const en = await run(['export', FIXTURE, '--format', 'svg', '--lang', 'en']);
    expect(en.out).toContain('System name');
  });

  it('fills the title block 日期 as the app does: the design date, else today', async () => {
    const dated = await run(['export', FIXTURE, '--format', 'svg']);
    expect(dated.out).toContain('>2026-11-28<');
    const design = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    delete design.meta.date;
    const undated = join(mkdtempSync(join(tmpdir(), 'mlps-svg-')), 'undated.mlps.json');
    writeFileSync(undated, JSON.stringify(design));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2027, 2, 4, 12, 0));
      const svg = (await run(['export', undated, '--format', 'svg'])).out;
      expect(svg).toContain('>2027-03-04<');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a draw.io file to --out', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'mlps-drawio-')), 'topology.drawio');
    const { code, out } = await run(['export', FIXTURE, '--format', 'drawio', '--out', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expectInertXml(readFileSync(target, 'utf8'), ['value']);
  });

  it('exits 2 without --format or with one it does not know', async () => {
    expect((await run(['export', FIXTURE])).code).toBe(2);
    expect((await run(['export', FIXTURE, '--format', 'png'])).code).toBe(2);
  });
});
