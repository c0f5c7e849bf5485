/** `import FILE --from terraform|ros` and `check FILE --from …` as cli.md specifies them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { MAX_FILE_BYTES } from '../../../src/core/standard/limits.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';
import { runCliCaptured as run } from '../../support/run-cli.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/import');
const catalog = loadCatalog();

describe('cli import and check --from (end to end, the real command line)', () => {
  it('check --from terraform --level 3 exits 1 on a plan opening SSH to 0.0.0.0/0 and 0 on the compliant one', () => {
    const open = spawnSync('npm', ['run', '-s', 'cli', '--', 'check', join(FIXTURES, 'web3-ssh-open.plan.json'), '--from', 'terraform', '--level', '3', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    expect(open.status).toBe(1);
    expect(open.stdout).toContain('ABS-04');
    const compliant = spawnSync('npm', ['run', '-s', 'cli', '--', 'check', join(FIXTURES, 'web3.plan.json'), '--from', 'terraform', '--level', '3', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    expect(compliant.stderr).toBe('');
    expect(compliant.status).toBe(0);
    expect(compliant.stdout).toContain('Result: no open errors.');
  }, 60_000);
});

describe('cli import', () => {
  it('writes a laid-out diagram the reader accepts, and one line per unmapped resource on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlps-import-'));
    const out = join(dir, 'mgmt.mlps.json');
    const { code, out: stdout, err } = await run(['import', join(FIXTURES, 'mgmt.state.json'), '--from', 'terraform', '--out', out, '--level', '2', '--title', '运维系统', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(err).toBe('Not mapped: alicloud_oos_template alicloud_oos_template.patch\n');
    const read = readDiagramText(readFileSync(out, 'utf8'), catalog);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.diagram.meta).toMatchObject({ title: '运维系统', level: 2 });
    expect(read.diagram.nodes.some((n) => n.kind === 'product' && n.product === 'bastionhost')).toBe(true);
  }, 30_000);

  it('reads a ROS template in YAML from standard input and prints the diagram', async () => {
    const { code, out, err } = await run(['import', '-', '--from', 'ros'], readFileSync(join(FIXTURES, 'mgmt.ros.yaml'), 'utf8'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readDiagramText(out, catalog).ok).toBe(true);
  }, 30_000);

  it('check --from --format json prints the findings of the imported system', async () => {
    const { code, out } = await run(['check', join(FIXTURES, 'mgmt.ros.yaml'), '--from', 'ros', '--format', 'json', '--level', '3']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { level: number; findings: { rule: string }[] };
    expect(report.level).toBe(3);
    expect(report.findings.map((f) => f.rule)).toContain('ABS-04');
  });

  it('refuses unusable input with exit 2, the reason and where', async () => {
    const notTerraform = await run(['import', join(FIXTURES, 'web3.ros.json'), '--from', 'terraform', '--lang', 'en']);
    expect(notTerraform.code).toBe(2);
    expect(notTerraform.err).toMatch(/web3\.ros\.json: Not recognised as terraform.*\(at \$\)/);

    const badJson = await run(['import', '-', '--from', 'terraform', '--lang', 'en'], '{"format_version": "1.0",\n  "values": [\n');
    expect(badJson.code).toBe(2);
    expect(badJson.err).toMatch(/stdin: Not valid JSON or YAML: syntax error at line \d+, column \d+/);

    const version = await run(['check', '-', '--from', 'terraform', '--lang', 'en'], '{"format_version":"2.0","values":{}}');
    expect(version.code).toBe(2);
    expect(version.err).toBe('stdin: Terraform JSON format version 2.0 is not supported (supported: 1.x). (at $.format_version)\n');

    const dir = mkdtempSync(join(tmpdir(), 'mlps-import-'));
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(MAX_FILE_BYTES + 1));
    const tooBig = await run(['import', big, '--from', 'terraform', '--lang', 'en']);
    expect(tooBig.code).toBe(2);
    expect(tooBig.err).toContain('big.json');

    const missingFrom = await run(['import', join(FIXTURES, 'web3.ros.json')]);
    expect(missingFrom.code).toBe(2);
    const badFrom = await run(['import', join(FIXTURES, 'web3.ros.json'), '--from', 'cloudformation', '--lang', 'en']);
    expect(badFrom.code).toBe(2);
    expect(badFrom.err).toContain('terraform, ros');
  }, 30_000);
});
