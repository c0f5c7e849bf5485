import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { smallDiagram } from '../../support/documents.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/v1/all-fields.mlps.json');

/** Run the CLI in-process with real files and captured output. */
const run = runCliCaptured;

const temp = () => mkdtempSync(join(tmpdir(), 'mlps-cli-'));

describe('cli export --format json', () => {
  it('writes the canonical form of a file to standard output', async () => {
    const { code, out, err } = await run(['export', FIXTURE, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(writeDiagram(JSON.parse(out)));
    expect(out.indexOf('"id": "z-region"')).toBeLessThan(out.indexOf('"id": "z-vpc"'));
  });

  it('reads standard input for FILE -', async () => {
    const { code, out } = await run(['export', '-', '--format', 'json'], JSON.stringify(smallDiagram()));
    expect(code).toBe(0);
    expect(out).toBe(writeDiagram(smallDiagram()));
  });

  it('writes --out atomically, leaving no temporary file', async () => {
    const dir = temp();
    const target = join(dir, 'out.mlps.json');
    writeFileSync(target, 'old content');
    const { code, out } = await run(['export', FIXTURE, '--format', 'json', '--out', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^\{\n {2}"format"/);
    expect(readdirSync(dir)).toEqual(['out.mlps.json']);
  });

  it('exits 2 with the reason and location on standard error for a bad file, in zh or en', async () => {
    const dir = temp();
    const bad = join(dir, 'bad.mlps.json');
    const doc = smallDiagram();
    writeFileSync(bad, JSON.stringify({ ...doc, edges: [...doc.edges, { id: 'e9', source: 'ecs', target: 'vpc', kind: 'traffic' }] }));
    const zh = await run(['export', bad, '--format', 'json']);
    expect(zh.code).toBe(2);
    expect(zh.out).toBe('');
    expect(zh.err.split('\n')).toEqual([`${bad}：文件内容有 1 处错误，未打开：`, '  $.edges[3].target（连线 e9）：连线的终点是区域 "vpc"；连线只能连接产品', '']);
    const en = await run(['export', bad, '--format', 'json', '--lang', 'en']);
    expect(en.err).toContain("$.edges[3].target (connection e9): the connection's target is the zone \"vpc\"");
  });

  it('never writes --out when the file is refused', async () => {
    const dir = temp();
    const target = join(dir, 'out.json');
    const { code } = await run(['export', '-', '--format', 'json', '--out', target], '{"format":"mlps-designer/diagram","schemaVersion":7}');
    expect(code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });

  it('exits 2 for a newer schema, a missing file, and a non-JSON file', async () => {
    const newer = await run(['export', '-', '--format', 'json'], '{"format":"mlps-designer/diagram","schemaVersion":3}');
    expect(newer.code).toBe(2);
    expect(newer.err).toContain('更新版本');
    const missing = await run(['export', join(temp(), 'nope.json'), '--format', 'json', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toMatch(/Cannot read .*nope\.json: ENOENT/);
    const notJson = await run(['export', '-', '--format', 'json', '--lang', 'en'], '<mxfile/>');
    expect(notJson.err).toContain('line 1, column 1');
  });

  it('exits 2 for wrong arguments, before reading the file', async () => {
    for (const argv of [
      [],
      ['export'],
      ['export', FIXTURE],
      ['export', FIXTURE, '--format', 'pdf'],
      ['export', FIXTURE, '--format', 'json', '--level', '3'],
      ['export', FIXTURE, '--bogus'],
      ['frobnicate', FIXTURE],
      ['export', FIXTURE, '--format', 'json', '--lang', 'fr'],
    ]) {
      const { code, out, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.length).toBeGreaterThan(0);
    }
  });
});

describe('npm run -s cli (as users run it, right after npm ci)', () => {
  it('exports a file and exits 0; refuses a bad one with exit 2', () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'export', FIXTURE, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toBe(writeDiagram(JSON.parse(out)));
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'export', '-', '--format', 'json', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '{"format":"mlps-designer/diagram","schemaVersion":1,"meta":{},"nodes":[],"edges":[]}',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('stdin: The file has 3 problems and was not opened:');
    expect(bad.stderr).toContain('$.meta.title: required field "title" is missing');
  }, 30_000);
});
