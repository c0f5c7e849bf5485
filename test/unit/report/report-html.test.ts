/**
 * The compliance report as HTML: a golden file of a fixture with findings, a waiver and manual items,
 * and the content every report must hold: each section, each finding with its clause, control point,
 * targets and fix, waivers with their reasons, manual items with their state and note, the control-
 * point matrix, the BOM and the drawing.
 */
import { describe, expect, it } from 'vitest';
import { escapeXmlText } from '../../../src/core/export/text/xml-escape.ts';
import { t } from '../../../src/core/i18n/translate.ts';
import { exportReportHtml } from '../../../src/core/report/html/report-html.ts';
import { buildComplianceReport, REPORT_SECTIONS } from '../../../src/core/report/report-model.ts';
import { RULES } from '../../../src/core/standard/catalogue.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { catalog } from '../../support/catalog.ts';
import { expectGolden, readFixture } from '../../support/export-fixtures.ts';

describe('compliance report (HTML)', () => {
  const doc = readFixture('all-fields');
  const check = checkDiagram(doc, catalog);

  it('matches its golden files (zh and en)', () => {
    expectGolden('all-fields.report.zh.html', exportReportHtml(doc, catalog, check, { lang: 'zh' }));
    expectGolden('all-fields.report.en.html', exportReportHtml(doc, catalog, check, { lang: 'en' }));
  });

  it('has every section, in order, with the title block and the disclaimer', () => {
    const html = exportReportHtml(doc, catalog, check, { lang: 'zh' });
    const positions = REPORT_SECTIONS.map((id) => html.indexOf(`<section id="${id}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const text of ['系统名称', '网上商城 Online store', '安全保护等级', '第三级', '运营使用单位', '示例科技有限公司', '云平台', '阿里云公共云（云平台安全保护等级：第三级）', '版本', 'V1.2', '日期', '2026-11-28']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('设计辅助材料，不是等级测评结论');
    expect(html).toContain(escapeXmlText(t('zh', 'report.verdict.fail', { count: check.summary.error, level: '第三级' })));
  });

  it('lists every finding with severity, clause, control point, targets by name and id, message and fix', () => {
    const report = buildComplianceReport(doc, catalog, check, { lang: 'zh' });
    const html = exportReportHtml(doc, catalog, check, { lang: 'zh' });
    const findings = report.layers.flatMap((l) => l.findings);
    expect(findings).toHaveLength(check.findings.length);
    expect(html.match(/<article class="finding /g)).toHaveLength(check.findings.length);
    for (const f of findings) {
      expect(html).toContain(escapeXmlText(f.message));
      expect(html).toContain(`${escapeXmlText(f.clause)} · ${escapeXmlText(f.controlPoint)}`);
      for (const target of f.targets) expect(html).toContain(`${escapeXmlText(target.name)} <code>${escapeXmlText(target.id)}</code>`);
      if (f.fix) expect(html).toContain(escapeXmlText(f.fix));
    }
    // Grouped by layer, in the layers' order, each group with its findings' rules.
    const abs = html.slice(html.indexOf('id="layer-ABS"'), html.indexOf('id="layer-CES"'));
    expect(abs).toContain('ABS-03');
    expect(abs).not.toContain('CES-01');
    expect(html).toContain('云服务器 ECS <code>n-ecs-1</code>');
    expect(html).toContain('整个设计'); // SMC findings are about the whole design
  });

  it('marks waived findings as accepted with the reason, and lists every waiver', () => {
    const html = exportReportHtml(doc, catalog, check, { lang: 'zh' });
    const waived = html.slice(html.indexOf('<article class="finding warning waived">'));
    expect(waived).toMatch(/^<article class="finding warning waived">\n<div class="finding-head"><span class="badge warning">警告<\/span> <span class="badge accepted">已接受<\/span> <span class="rule">ABS-06<\/span>/);
    expect(waived.slice(0, waived.indexOf('</article>'))).toContain('使用免费的 DDoS 基础防护');
    const waivers = html.slice(html.indexOf('<section id="waivers"'), html.indexOf('<section id="manual"'));
    expect(waivers).toContain('SLB 到 ECS 的 HTTP 在 VPC 内，由 ALB 重新加密');
    expect(waivers).toContain('负载均衡 → 云服务器 ECS <code>e-2</code>');
    expect(waivers).toContain('未匹配'); // e-2 is encrypted: the CNS-04 waiver accepts nothing today
    expect(waivers).toContain('该规则的全部问题');
  });

  it('shows every manual item with its state and note', () => {
    const html = exportReportHtml(doc, catalog, check, { lang: 'en' });
    const manual = html.slice(html.indexOf('<section id="manual"'), html.indexOf('<section id="controls"'));
    const rows = manual.match(/<tr class="(confirmed|open)"><td class="nowrap">MAN-\d\d<\/td>/g)!;
    expect(rows).toHaveLength(10);
    expect(manual).toMatch(/<tr class="confirmed"><td class="nowrap">MAN-03<\/td>.*Confirmed.*默认账号已删除/);
    expect(manual).toMatch(/<tr class="open"><td class="nowrap">MAN-01<\/td>.*>Open</);
    expect(manual).toContain('8.1.4.2 a)–c) Access control');
  });

  it('has the control-point matrix, the BOM and the drawing', () => {
    const html = exportReportHtml(doc, catalog, check, { lang: 'zh' });
    const controls = html.slice(html.indexOf('<section id="controls"'), html.indexOf('<section id="bom"'));
    for (const rule of RULES) expect(controls).toContain(`<td class="nowrap">${rule.id}</td>`);
    expect(controls).toContain('<span class="status notMet">不满足</span>');
    expect(controls).toContain('<span class="status waived">已接受</span>');
    const bom = html.slice(html.indexOf('<section id="bom"'), html.indexOf('<section id="topology"'));
    for (const name of ['负载均衡', '云服务器 ECS', '云数据库 RDS', '日志服务 SLS', '密钥管理服务 KMS']) expect(bom).toContain(name);
    const topology = html.slice(html.indexOf('<section id="topology"'));
    expect(topology).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(topology).not.toContain('<?xml');
  });

  it('says when the level checked is not the diagram’s own, with clauses of that level', () => {
    const level4 = checkDiagram(doc, catalog, { level: 4 });
    const html = exportReportHtml(doc, catalog, level4, { lang: 'zh' });
    expect(html).toContain('本报告按第四级检查；图中的定级为第三级。');
    expect(html).toContain('9.1.3.2 a) c) d) · 访问控制');
    expect(html).not.toMatch(/\b8\.1\.\d/); // nowhere: findings, manual items, matrix, BOM
  });
});
