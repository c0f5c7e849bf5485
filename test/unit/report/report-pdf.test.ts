/**
 * The compliance report as PDF: real, extractable text (poppler's pdftotext) holding the system's
 * title block, every finding's message, the waivers' reasons, the manual items with their state, the
 * control points, the BOM and, on the landscape drawing page, every zone and product label, Chinese
 * included; the CJK font embedded as a subset.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoneTitle } from '../../../src/core/export/names.ts';
import { t } from '../../../src/core/i18n/translate.ts';
import type { Lang } from '../../../src/core/model/localized.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { buildComplianceReport } from '../../../src/core/report/report-model.ts';
import { RULES } from '../../../src/core/standard/catalogue.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { exportReportPdf } from '../../../src/export/pdf/report/export-report-pdf.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';
import { hostileDiagram } from '../../support/hostile.ts';

function pdfFile(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The text as pdftotext extracts it (content order), whitespace removed: wrapped lines join up again. */
function pdfText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  try {
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, pdfFile(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } catch (error) {
    throw new Error(`pdftotext (Debian package poppler-utils, installed by .ci/run) is needed for this test: ${String(error)}`);
  }
}

const squash = (text: string) => text.replace(/\s+/g, '');

function labelsOf(doc: Diagram, lang: Lang): string[] {
  return doc.nodes.flatMap((node) => (node.kind === 'zone' ? [zoneTitle(node, catalog, lang)] : [catalog.product(node.product)!.name[lang], ...(node.label ? [node.label] : [])]));
}

describe('compliance report (PDF)', () => {
  it('is A4 text pages then the drawing on A4 sheets (legible, tiled when needed), with the CJK font embedded as a subset', async () => {
    const doc = readFixture('reference-l3');
    const pdf = await exportReportPdf(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh', font: loadPdfFont() });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const info = execFileSync('pdfinfo', ['-l', '100', pdfFile(pdf)], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    // Text pages are A4 portrait; the drawing's sheets are A4 in either orientation.
    // The drawing's sheets are those after the last page with the text pages' footer.
    const footer = squash(t('zh', 'report.footer', { title: doc.meta.title })).slice(-12);
    const drawingFirst = sizes.findIndex((_, i) => !pdfText(pdf, { first: i + 1, last: i + 1 }).includes(footer));
    expect(drawingFirst, JSON.stringify(sizes)).toBeGreaterThan(2);
    expect(sizes.slice(0, drawingFirst).every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(sizes.slice(drawingFirst).every(([w, h]) => (w === 842 && h === 595) || (w === 595 && h === 842))).toBe(true);
    const fonts = execFileSync('pdffonts', [pdfFile(pdf)], { encoding: 'utf8' });
    expect(fonts).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s/m);
    expect(pdf.length).toBeLessThan(600_000);
    // The drawing's sheets hold every zone and product label.
    const drawing = pdfText(pdf, { first: drawingFirst + 1, last: sizes.length });
    for (const label of labelsOf(doc, 'zh')) expect(drawing, label).toContain(squash(label));
  }, 60_000);

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: holds the title block, every finding, waiver, manual item, control point and BOM line as text`, async () => {
      const doc = readFixture('all-fields');
      const check = checkDiagram(doc, catalog);
      const report = buildComplianceReport(doc, catalog, check, { lang });
      const text = pdfText(await exportReportPdf(doc, catalog, check, { lang, font: loadPdfFont() }));
      for (const [label, value] of report.titleBlock) expect(text).toContain(squash(`${label}${value}`));
      for (const section of report.sections) expect(text).toContain(squash(section.title));
      expect(text).toContain(squash(report.verdict));
      for (const layer of report.layers) {
        expect(text).toContain(squash(layer.name));
        for (const f of layer.findings) {
          expect(text, f.rule).toContain(squash(f.message));
          expect(text).toContain(squash(`${f.rule}${f.clause}·${f.controlPoint}`));
          for (const target of f.targets) expect(text).toContain(squash(`${target.name}(${target.id})`));
          if (f.fix) expect(text).toContain(squash(f.fix));
          if (f.waiverReason) expect(text).toContain(squash(f.waiverReason));
        }
      }
      for (const w of report.waivers) expect(text).toContain(squash(w.reason));
      // A table row: id, clause, what is confirmed, state and note, cell after cell.
      for (const m of report.manual) {
        const state = t(lang, m.done ? 'report.manual.confirmed' : 'report.manual.open');
        expect(text).toContain(squash(`${m.id}${m.clause}${m.text}${state}${m.note ?? ''}`));
      }
      expect(text).toContain('默认账号已删除');
      for (const rule of RULES) expect(text).toContain(rule.id);
      for (const row of report.bom.rows) expect(text).toContain(squash(String(row[1])));
      for (const label of labelsOf(doc, lang)) expect(text, label).toContain(squash(label));
      expect(text).toContain(lang === 'zh' ? '设计辅助材料，不是等级测评结论' : 'Adesignaid,notanassessmentresult');
    }, 60_000);
  }

  it('writes hostile text as literal, printable text', async () => {
    const doc = hostileDiagram();
    doc.waivers = [{ rule: 'ABS-03', reason: '</text><script>alert(1)</script>' }];
    const pdf = await exportReportPdf(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh', font: loadPdfFont() });
    const text = pdfText(pdf);
    expect(text).toContain('<imgsrc=xonerror=alert(1)>ctlend');
    expect(text).toContain('</text><script>alert(1)</script>');
    expect(text).toContain('=HYPERLINK("http://evil.example","click")');
    expect(text).not.toMatch(/[\u202E\u200B\uFEFF]/);
    expect(pdf.length).toBeLessThan(800_000);
  }, 60_000);
});
