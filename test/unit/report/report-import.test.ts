/**
 * The import section of the compliance report (issue 13): printed in HTML and PDF only when the open
 * design has an import report (kept in the session, not in the file), numbered before the topology,
 * with the same figures and lists as the app's panel; user text from the infrastructure file escaped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportedDiagram, readInfrastructure } from '../../../src/core/import/index.ts';
import { exportReportHtml } from '../../../src/core/report/html/report-html.ts';
import { buildComplianceReport } from '../../../src/core/report/report-model.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { exportReportPdf } from '../../../src/export/pdf/report/export-report-pdf.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { fixture } from '../import/support.ts';

/** web3.state.json plus a resource of a type the mapping does not know, whose address is hostile. */
function withHostile(): string {
  const state = JSON.parse(fixture('web3.state.json'));
  state.values.root_module.resources.push({
    address: 'alicloud_ecs_command.x["<img src=x onerror=alert(1)>"]',
    mode: 'managed',
    type: 'alicloud_ecs_command',
    name: 'x',
    index: '<img src=x onerror=alert(1)>',
    provider_name: 'registry.terraform.io/aliyun/alicloud',
    schema_version: 0,
    values: { id: 'c-1', name: 'x' },
    sensitive_values: {},
  });
  return JSON.stringify(state);
}

function imported() {
  const read = readInfrastructure(withHostile());
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return buildImportedDiagram(read.plan, catalog, { level: 3, title: 'web3' });
}

function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-import-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('the import section of the compliance report', () => {
  it('is there only when the design has an import report, numbered before the topology', () => {
    const { diagram, report } = imported();
    const check = checkDiagram(diagram, catalog);
    const without = buildComplianceReport(diagram, catalog, check, { lang: 'zh' });
    expect(without.sections.map((s) => s.id)).not.toContain('imported');
    expect(without.imported).toBeUndefined();
    const withIt = buildComplianceReport(diagram, catalog, check, { lang: 'zh', imported: { report, fileName: 'web3.state.json' } });
    expect(withIt.sections.map((s) => s.id)).toEqual(['readiness', 'findings', 'waivers', 'manual', 'controls', 'bom', 'imported', 'topology']);
    expect(withIt.sections.at(-2)!.title).toBe('7. 导入报告');
    const figures = Object.fromEntries(withIt.imported!.figures.map((f) => [f.id, f.value]));
    expect(figures).toMatchObject({ read: report.resourcesRead, notMapped: 1, secrets: report.secretsDropped, gaps: report.gaps.length });
    expect(withIt.imported!.lists.find((l) => l.id === 'merged')!.items.some((i) => /web3-app ×3/.test(i))).toBe(true);
  });

  it('prints in HTML with every text from the file escaped', () => {
    const { diagram, report } = imported();
    const html = exportReportHtml(diagram, catalog, checkDiagram(diagram, catalog), { lang: 'en', imported: { report, fileName: 'web3 <b>.json' } });
    expect(html).toContain('<section id="imported">');
    expect(html).toContain('Import report');
    expect(html).toContain('web3 &lt;b&gt;.json');
    expect(html).toContain('alicloud_ecs_command alicloud_ecs_command.x[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;]');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('Connections to add by hand');
  });

  it('prints in the PDF as real text', async () => {
    const { diagram, report } = imported();
    const pdf = await exportReportPdf(diagram, catalog, checkDiagram(diagram, catalog), { lang: 'zh', font: loadPdfFont(), imported: { report, fileName: 'web3.state.json' } });
    const text = pdfText(pdf);
    expect(text).toContain('7.导入报告');
    expect(text).toContain('本设计由web3.state.json导入生成');
    expect(text).toContain('未映射的资源(1)');
    expect(text).toContain('alicloud_ecs_command');
    expect(text).toContain('需人工补充连线');
  }, 60_000);
});
