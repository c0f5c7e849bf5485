/**
 * The compliance report as one self-contained, printable HTML document: inline stylesheet, no script,
 * nothing linked or loaded (a Content-Security-Policy of its own says so to the browser too), the
 * drawing inlined as SVG. Sections: cover (system and level, title block, summary, disclaimer,
 * contents), readiness, findings by layer, accepted findings, manual items, control points, BOM,
 * the import report (when the design has one), topology. Deterministic: the same inputs give the same bytes (golden-file tested).
 */
import type { Catalog } from '../../catalog/types.ts';
import type { SceneOptions } from '../../export/scene/scene.ts';
import { t } from '../../i18n/translate.ts';
import type { Diagram } from '../../model/types.ts';
import type { CheckResult } from '../../rules/finding.ts';
import { buildComplianceReport, reportSceneOptions, type ComplianceReport, type ReportOptions, type ReportSection } from '../report-model.ts';
import { esc } from './escape.ts';
import { reportDrawingSvg } from './report-drawing.ts';
import { REPORT_CSS } from './report-style.ts';
import { importSectionHtml } from './report-import-html.ts';
import { findingsSection, manualSection, readinessSection, tableHtml, waiversSection } from './report-sections.ts';

/** Nothing may be fetched or run, whatever ends up in the file: styles inline only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function cover(report: ComplianceReport): string {
  const { lang } = report;
  const figure = (cls: string, n: string, what: string) => `<div class="figure ${cls}"><span class="n">${esc(n)}</span><span class="what">${esc(what)}</span></div>`;
  const rows = report.titleBlock.map(([label, value]) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`);
  return [
    '<header class="cover">',
    `<p class="kicker">${esc(t(lang, 'report.kicker'))}</p>`,
    `<h1>${esc(report.title)}</h1>`,
    `<p class="subtitle">${esc(t(lang, 'report.heading'))} · ${esc(report.checkedAt)}</p>`,
    ...(report.checkedOther ? [`<p class="note">${esc(report.checkedOther)}</p>`] : []),
    `<table class="title-block">\n${rows.join('\n')}\n</table>`,
    `<h2>${esc(t(lang, 'report.summary.title'))}</h2>`,
    `<p class="verdict ${report.passed ? 'pass' : 'fail'}">${esc(report.verdict)}</p>`,
    '<div class="summary">',
    ...report.figures.map((f) => figure(f.id, f.value, f.label)),
    '</div>',
    `<aside class="disclaimer"><strong>${esc(t(lang, 'report.disclaimer.title'))}</strong><p>${esc(t(lang, 'report.disclaimer.text'))}</p></aside>`,
    `<nav class="contents"><h2>${esc(t(lang, 'report.contents'))}</h2><ol>${report.sections.map((s) => `<li>${esc(s.title)}</li>`).join('')}</ol></nav>`,
    `<p class="generator">${esc(t(lang, 'report.generator'))}</p>`,
    '</header>',
  ].join('\n');
}

function sectionBody(id: ReportSection, report: ComplianceReport, drawingSvg: string): string {
  const { lang } = report;
  switch (id) {
    case 'readiness':
      return readinessSection(report.layers, lang);
    case 'findings':
      return findingsSection(report.layers, lang);
    case 'waivers':
      return waiversSection(report.waivers, lang);
    case 'manual':
      return manualSection(report.manual, lang);
    case 'controls':
      return `<p class="intro">${esc(t(lang, 'report.controls.intro'))}</p>\n${tableHtml(report.controls, { widths: [0, 9, 25, 24, 30, 12], nowrap: [1], status: { column: 5, classes: report.controlStatus }, groupBy: 0 }, 'controls')}`;
    case 'bom':
      return `<p class="intro">${esc(t(lang, 'report.bom.intro'))}</p>\n${report.bom.rows.length === 0 ? `<p class="empty">${esc(t(lang, 'bom.empty'))}</p>` : tableHtml(report.bom, { widths: [5, 14, 14, 6, 6, 35, 12, 8], numeric: [0, 3] }, 'bom')}`;
    case 'imported':
      return report.imported ? importSectionHtml(report.imported, lang) : '';
    case 'topology':
      return `<p class="intro">${esc(t(lang, 'report.topology.intro'))}</p>\n<figure class="drawing">\n${drawingSvg}</figure>`;
  }
}

/** Sections that start a new printed page. */
const PAGE_BREAKS: ReadonlySet<ReportSection> = new Set(['controls']);

export function renderReportHtml(report: ComplianceReport, drawingSvg: string): string {
  const { lang } = report;
  const sections = report.sections.map(({ id, title }) => {
    const cls = id === 'topology' ? 'topology' : PAGE_BREAKS.has(id) ? 'break-before' : '';
    return `<section id="${id}"${cls ? ` class="${cls}"` : ''}>\n<h2>${esc(title)}</h2>\n${sectionBody(id, report, drawingSvg)}\n</section>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, // a constant (single quotes only), not user text
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="MLPS Designer">',
    `<title>${esc(report.title)} · ${esc(t(lang, 'report.heading'))}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    cover(report),
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The report of a document checked with `check` (the level the user is looking at); `options.date`
 * fills an empty title-block date, `options.markFindings` marks open findings on the drawing.
 */
export function exportReportHtml(doc: Diagram, catalog: Catalog, check: CheckResult, options: SceneOptions & Pick<ReportOptions, 'imported'>): string {
  const report = buildComplianceReport(doc, catalog, check, options);
  return renderReportHtml(report, reportDrawingSvg(doc, catalog, reportSceneOptions(options, check)));
}
