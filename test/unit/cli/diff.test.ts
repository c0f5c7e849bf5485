/**
 * `diff OLD NEW [--format text|json|md] [--level 2|3|4] [--prices FILE]` on the level-2 and level-3
 * templates, and `bom --prices`: what they print, that two runs print the same bytes, and the exit
 * status (0: NEW has no more open errors than OLD; 1: more; 2: unusable input, with its location).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../support/run-cli.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const L2 = join(ROOT, 'templates/l2-small.mlps.json');
const L3 = join(ROOT, 'templates/l3-basic.mlps.json');
const PRICES = join(ROOT, 'test/fixtures/prices/list-40.csv');
const dir = mkdtempSync(join(tmpdir(), 'mlps-cli-diff-'));

describe('cli diff', () => {
  it('level 2 → level 3 at level 3: closes errors, exit 0; text names the added products and the closed rules', async () => {
    const { code, out, err } = await run(['diff', L2, L3, '--level', '3']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('等级：第二级 → 第三级');
    expect(out).toContain('+ 云防火墙 (n-cfw)');
    expect(out).toContain('+ 密钥管理服务 KMS (n-kms)');
    expect(out).toContain('- CLB 负载均衡 (n-slb)');
    expect(out).toContain('~ 网上商城订单服务 (n-ecs)：label 官网及预约服务 → 网上商城订单服务; quantity — → 2;');
    expect(out).toMatch(/检查结果（第三级 → 第三级）：未解决的错误 1\d → 0/);
    expect(out).toContain('已解决：CES-03 8.1.4.1 d) [错误]');
    expect(out.trimEnd().split('\n').at(-1)).toBe('小结：解决 ABS-03、ABS-07、CES-03、CES-05、CES-07、CES-10、CNS-03、SMC-04。');
  });

  it('level 3 → level 2 at level 3: more open errors, exit 1', async () => {
    const { code, out } = await run(['diff', L3, L2, '--level', '3', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('In short: opens ABS-03, ABS-07, CES-03');
  });

  it('without --level each design is checked at its own level; the same file twice is no change', async () => {
    expect((await run(['diff', L2, L3])).code).toBe(0);
    const same = await run(['diff', L3, L3, '--format', 'json']);
    expect(same.code).toBe(0);
    const report = JSON.parse(same.out);
    expect([report.meta, report.nodes, report.edges, report.bom]).toEqual([[], { added: [], removed: [], changed: [], moved: [] }, { added: [], removed: [], changed: [] }, []]);
  });

  it('JSON for pipelines: the documented keys, findings that appear and go, the same bytes on every run', async () => {
    const first = await run(['diff', L2, L3, '--format', 'json', '--level', '3']);
    const second = await run(['diff', L2, L3, '--format', 'json', '--level', '3']);
    expect(first.code).toBe(0);
    expect(second.out).toBe(first.out);
    const report = JSON.parse(first.out);
    expect(Object.keys(report)).toEqual(['old', 'new', 'meta', 'nodes', 'edges', 'findings', 'summary', 'readiness', 'bom']);
    expect(report.old).toEqual({ file: L2, title: '企业官网与在线预约系统（等保二级）', level: 3 });
    expect(report.nodes.added.map((n: { what: string }) => n.what)).toEqual(expect.arrayContaining(['cloud_firewall', 'ddos_origin', 'db_audit', 'kms']));
    expect(report.findings.appear.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(report.findings.go.find((f: { rule: string }) => f.rule === 'CES-03')).toEqual({
      rule: 'CES-03', severity: 'error', clause: '8.1.4.1 d)', targets: ['n-bastion'], waived: false, message: expect.stringContaining('多因素认证'),
    });
    expect(report.findings.closes).toContain('CES-05');
    expect(report.summary.after.error).toBe(0);
    expect(report.readiness.ABS.after).toEqual({ applicable: 9, passing: 9 });
    expect(report.bom).toContainEqual({ product: 'kms', name: '密钥管理服务 KMS', edition: 'software', spec: null, before: 0, after: 1 });
  });

  it('--prices: the cost change per period and currency, in JSON and in the summary ("adds ¥X/年")', async () => {
    const json = JSON.parse((await run(['diff', L2, L3, '--format', 'json', '--prices', PRICES])).out);
    expect(json.cost.list).toBe('2027-01-01');
    const year = json.cost.totals.find((t: { period: string; currency: string }) => t.period === 'year' && t.currency === 'CNY');
    expect(year.delta).toBe(year.after - year.before);
    expect(year.delta).toBeGreaterThan(0);
    const text = (await run(['diff', L2, L3, '--prices', PRICES])).out;
    expect(text).toContain(`+¥${year.delta.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}/年`);
    const md = (await run(['diff', L2, L3, '--prices', PRICES, '--format', 'md', '--lang', 'en'])).out;
    expect(md.startsWith('# Design comparison: ')).toBe(true);
    expect(md).toContain('## Cost');
    expect(md).toMatch(/per year/);
  });

  it('exit 2 with the location for unusable input: a missing NEW, a broken file, a bad price list, two standard inputs', async () => {
    const missing = await run(['diff', L2]);
    expect(missing.code).toBe(2);
    const broken = join(dir, 'broken.mlps.json');
    writeFileSync(broken, '{"format": "mlps-designer/diagram", "schemaVersion": 2, "meta": {}, "nodes": [], "edges": []}');
    const bad = await run(['diff', L2, broken]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(broken);
    expect(bad.err).toMatch(/meta/);
    const prices = await run(['diff', L2, L3, '--prices', join(ROOT, 'test/fixtures/prices/bad-price.csv')]);
    expect(prices.code).toBe(2);
    expect(prices.err).toContain('第 3 行“单价”列：“十二万”不是数字。');
    expect(prices.out).toBe('');
    expect((await run(['diff', '-', '-'])).code).toBe(2);
    expect((await run(['diff', L2, L3, '--format', 'csv'])).code).toBe(2);
  });

  it('escapes user text: a hostile label stays text in Markdown and loses its control characters in text', async () => {
    const doc = JSON.parse(readFileSync(L3, 'utf8'));
    doc.nodes.find((n: { id: string }) => n.id === 'n-ecs').label = '<img src=x onerror=alert(1)>|**x**\u001b[31m';
    const file = join(dir, 'hostile.mlps.json');
    writeFileSync(file, JSON.stringify(doc));
    const md = (await run(['diff', L3, file, '--format', 'md'])).out;
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;\\|\\*\\*x\\*\\*');
    expect(md).not.toContain('<img');
    const text = (await run(['diff', L3, file])).out;
    expect(text).not.toContain('\u001b');
  });

  it('runs as a command in a shell, with its exit status', () => {
    const result = spawnSync('npm', ['run', '-s', 'cli', '--', 'diff', L3, L2, '--level', '3', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).summary.after.error).toBeGreaterThan(0);
  }, 30_000);
});

describe('cli bom --prices', () => {
  it('adds the price columns and totals to CSV, JSON and Markdown', async () => {
    const csv = await run(['bom', L3, '--prices', PRICES]);
    expect(csv.code).toBe(0);
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toBe('\uFEFF序号,产品,版本/规格,数量,单位,用途,部署位置,备注,单价,计费周期,币种,小计,价格来源');
    expect(lines.find((l) => l.startsWith('1,')) ?? '').not.toBe('');
    expect(csv.out).toContain(',合计（年，CNY）,');
    const json = JSON.parse((await run(['bom', L3, '--prices', PRICES, '--format', 'json'])).out);
    const ecs = json.lines.find((l: { product: string }) => l.product === 'ecs');
    expect(ecs.price).toMatchObject({ unitPrice: 498.5, period: 'month', currency: 'CNY', subtotal: 997, row: 3 });
    expect(json.prices.totals.length).toBeGreaterThan(0);
    const md = (await run(['bom', L3, '--prices', PRICES, '--format', 'md'])).out;
    expect(md).toContain('| 单价 | 计费周期 | 币种 | 小计 | 价格来源 |');
    expect(md).toContain('价格为用户导入的价格表（2027-01-01 版）');
  });

  it('writes XLSX with prices, and refuses a bad price list with row and column', async () => {
    const out = join(dir, 'bom.xlsx');
    expect((await run(['bom', L3, '--prices', PRICES, '--format', 'xlsx', '--out', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const bad = await run(['bom', L3, '--prices', join(ROOT, 'test/fixtures/prices/missing-columns.csv'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Row 1 (header) lacks the columns: period, source.');
  });
});
