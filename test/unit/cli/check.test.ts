/** `check FILE [--level 2|3|4] [--format text|json] [--lang zh|en]` as cli.md specifies it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli.ts';
import { RULES } from '../../../src/core/standard/catalogue.ts';
import { smallDiagram } from '../../support/documents.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE = join(ROOT, 'test/fixtures/designs/basic-l3.mlps.json');

const run = runCliCaptured;

const small = JSON.stringify(smallDiagram());

describe('cli check', () => {
  it('exits 0 for the reference design, which has no open error at level 3', async () => {
    const { code, out, err } = await run(['check', REFERENCE, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ level: 3, findings: [], summary: { error: 0, warning: 0, info: 0, waived: 0 } });
  });

  it('exits 1 with open errors and prints exactly the JSON shape of cli.md', async () => {
    const { code, out } = await run(['check', '-', '--format', 'json'], small);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['level', 'findings', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['error', 'warning', 'info', 'waived']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'clause', 'targets', 'waived', 'message']);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
    }
    expect(report.findings.find((f: { rule: string }) => f.rule === 'ABS-05')).toEqual({
      rule: 'ABS-05',
      severity: 'error',
      clause: '8.1.3.2 e); 8.1.3.4 a)',
      targets: ['ecs', 'e1'],
      waived: false,
      message: '来自互联网的 Web 流量（互联网用户 → 负载均衡）到达 云服务器 ECS 前没有经过 Web应用防火墙。请在入口部署 Web应用防火墙（WAF 3.0），基于应用协议和内容进行访问控制，并防范恶意代码。',
    });
    expect(report.summary.error).toBe(report.findings.filter((f: { severity: string; waived: boolean }) => f.severity === 'error' && !f.waived).length);
  });

  it('--level overrides meta.level: severities and clause numbers follow it', async () => {
    const l2 = JSON.parse((await run(['check', '-', '--format', 'json', '--level', '2'], small)).out);
    expect(l2.level).toBe(2);
    expect(l2.findings.find((f: { rule: string }) => f.rule === 'ABS-05')).toMatchObject({ severity: 'warning', clause: '7.1.3.2 e); 7.1.3.4 a)' });
    expect(l2.findings.some((f: { rule: string }) => f.rule === 'CNS-03')).toBe(false);
    const l4 = JSON.parse((await run(['check', REFERENCE, '--format', 'json', '--level', '4'])).out);
    // 1.1: level 4 asks more than level 3 of a public-cloud design: a standby site, hardware keys (level-4 items, clauses printed 9.1…).
    expect(l4.findings.map((f: { rule: string; targets: string[]; clause: string }) => [f.rule, f.targets, f.clause])).toEqual([
      ['CES-12', ['n-ecs'], '9.1.4.9 d)'],
      ['CLD-01', [], '9.2.1.1; 9.2.2.1 a)'],
      ['CNS-06', [], '9.1.2.2 d)'],
    ]);
  });

  it('translates messages with --lang en', async () => {
    const { out } = await run(['check', '-', '--format', 'json', '--lang', 'en'], small);
    const finding = JSON.parse(out).findings.find((f: { rule: string }) => f.rule === 'CNS-03');
    expect(finding.message).toBe('Server Load Balancer is not deployed across availability zones: one zone failing stops the service. Turn on multi-zone deployment (e.g. RDS High-availability Edition, multi-zone load balancer and NAT Gateway) for redundancy of the key devices.');
  });

  it('prints the same bytes on every run, in the stable order (rule, then first target)', async () => {
    const first = await run(['check', '-', '--format', 'json'], small);
    const second = await run(['check', '-', '--format', 'json'], small);
    expect(second.out).toBe(first.out);
    const rules = JSON.parse(first.out).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual([...rules].sort());
    expect((await run(['check', '-'], small)).out).toBe((await run(['check', '-'], small)).out);
  });

  it('exits 0 when every error is waived, counting the waived findings apart', async () => {
    const waivers = RULES.map((r) => ({ rule: r.id, reason: '已评审接受' }));
    const { code, out } = await run(['check', '-', '--format', 'json'], JSON.stringify({ ...smallDiagram(), waivers }));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 0, waived: report.findings.length });
    expect(report.findings.every((f: { waived: boolean }) => f.waived)).toBe(true);
  });

  it('writes a readable text report: one group of lines per finding, then the summary', async () => {
    const { code, out } = await run(['check', '-'], small);
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe('测试系统 · 按第三级检查 · 阿里云公共云');
    const at = lines.indexOf('[错误]  CNS-03  8.1.2.1 e); 8.1.4.9 c)  网络架构; 数据备份恢复');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  对象：slb',
      '  负载均衡 未开启多可用区部署，单个可用区故障就会中断服务。请开启多可用区（如 RDS 高可用系列、多可用区的负载均衡和 NAT网关），为关键设备提供冗余。',
      '  快速修复：为 负载均衡 开启多可用区',
    ]);
    expect(out).toContain('  对象：（整个设计）');
    expect(out).toMatch(/\n未处理：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个；已接受 0 个。\n设计就绪度（设计辅助，不是等级测评得分）：安全通信网络 \d\/5 · /);
    expect(out.endsWith('设计尚不满足第三级要求。\n')).toBe(true);
  });

  it('marks waived findings with their reason in the text report', async () => {
    const doc = { ...smallDiagram(), waivers: [{ rule: 'CNS-03', target: 'slb', reason: '单可用区试运行' }] };
    const { out } = await run(['check', '-', '--lang', 'en'], JSON.stringify(doc));
    expect(out).toContain('[Error · accepted]  CNS-03  8.1.2.1 e); 8.1.4.9 c)  Network architecture; Data backup and recovery\n  Targets: slb\n');
    expect(out).toContain('  Accepted, reason: 单可用区试运行\n');
  });

  it('exits 2 for wrong arguments or an unusable file, with nothing on standard output', async () => {
    for (const argv of [
      ['check', REFERENCE, '--format', 'csv'],
      ['check', REFERENCE, '--level', '5'],
      ['check', REFERENCE, '--out', '/tmp/x'],
      ['check'],
    ]) {
      const { code, out, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).not.toBe('');
    }
    const bad = await run(['check', '-'], '{"format":"mlps-designer/diagram","schemaVersion":1}');
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
  });

  it('runs as users run it: npm run -s cli -- check, exit 0 on the reference design', () => {
    const result = spawnSync('npm', ['run', '-s', 'cli', '--', 'check', REFERENCE, '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Result: no open errors.');
  }, 30_000);
});
