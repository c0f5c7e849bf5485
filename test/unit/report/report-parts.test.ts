/**
 * The report's smaller parts: line breaking for the PDF (Chinese, Latin, punctuation), bounded user
 * text, the drawing's inertness check, the model's lists, and the report as downloads.
 */
import { describe, expect, it } from 'vitest';
import { assertInertSvg } from '../../../src/core/report/html/report-drawing.ts';
import { exportReportHtml } from '../../../src/core/report/html/report-html.ts';
import { buildComplianceReport } from '../../../src/core/report/report-model.ts';
import { freeText, MAX_FREE_TEXT } from '../../../src/core/report/report-text.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { buildExportFile, REPORT_FORMATS } from '../../../src/export/export-file.ts';
import { wrapLines } from '../../../src/export/pdf/report/line-wrap.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';
import { MEGA_LABEL } from '../../support/hostile.ts';

/** Every character one unit wide, for predictable lines. */
const unit = () => 1;

describe('line breaking for the PDF report', () => {
  it('breaks Latin text at spaces and never loses a character', () => {
    const text = 'Every finding by layer with its clause and fix';
    const lines = wrapLines(text, 12, unit);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines[0]).toBe('Every');
  });

  it('breaks Chinese between any two characters, letting closing punctuation hang', () => {
    const lines = wrapLines('没有安全管理区。请在VPC中划出安全管理区，集中部署。', 7, unit);
    expect(lines.join('')).toBe('没有安全管理区。请在VPC中划出安全管理区，集中部署。');
    expect(lines[0]).toBe('没有安全管理区。'); // the full stop stays with its sentence
    expect(lines.every((l) => !/^[，。、；：）]/.test(l))).toBe(true);
  });

  it('cuts a word longer than the line, and keeps an empty text one empty line', () => {
    expect(wrapLines('x'.repeat(25), 10, unit)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(wrapLines('', 10, unit)).toEqual(['']);
  });
});

describe('user text in the report', () => {
  it('is printable and bounded', () => {
    expect(freeText('a\u202Eb\u0000c\n\n d')).toBe('abc d');
    const long = freeText(MEGA_LABEL);
    expect(Array.from(long)).toHaveLength(MAX_FREE_TEXT);
    expect(long.endsWith('…')).toBe(true);
  });

  it('refuses a drawing with anything that could run or load', () => {
    expect(() => assertInertSvg('<svg><text>&lt;script&gt; onload=x</text></svg>')).not.toThrow();
    for (const bad of ['<svg><script>x</script></svg>', '<svg onload="x">', '<svg><a href="x">', '<svg><rect fill="url(#x)"/></svg>', '<svg><foreignObject/></svg>', '<svg><image href="x"/></svg>']) {
      expect(() => assertInertSvg(bad), bad).toThrow(/must not/);
    }
  });
});

describe('the report model', () => {
  it('counts what each waiver accepts and gives every manual item its state', () => {
    const doc = readFixture('all-fields');
    const report = buildComplianceReport(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh' });
    expect(report.waivers.map((w) => [w.rule, w.target?.id, w.matches])).toEqual([['CNS-04', 'e-2', 0], ['ABS-06', undefined, 1]]);
    expect(report.manual.map((m) => m.id)).toEqual(['MAN-01', 'MAN-02', 'MAN-03', 'MAN-04', 'MAN-05', 'MAN-06', 'MAN-07', 'MAN-08', 'MAN-09', 'MAN-10']);
    expect(report.manual.filter((m) => m.done).map((m) => [m.id, m.note])).toEqual([['MAN-03', '默认账号已删除']]);
    expect(report.layers.map((l) => l.layer)).toEqual(['CNS', 'ABS', 'CES', 'SMC', 'CLD', 'GEN']);
    expect(report.layers.reduce((n, l) => n + l.open.error, 0)).toBe(report.summary.error);
    expect(report.controlStatus).toHaveLength(report.controls.rows.length);
  });

  it('draws the whole design even when the other exports were asked for a selection', () => {
    const doc = readFixture('all-fields');
    const html = exportReportHtml(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh', selection: ['n-users'] });
    const drawing = html.slice(html.indexOf('<svg'));
    expect(drawing).toContain('data-id="n-rds"');
    expect(drawing).not.toContain('（部分）');
  });

  it('fills an empty title-block date with the caller’s date', () => {
    const doc = readFixture('all-fields');
    delete doc.meta.date;
    const report = buildComplianceReport(doc, catalog, checkDiagram(doc, catalog), { lang: 'en', date: '2027-01-02' });
    expect(report.titleBlock).toContainEqual(['Date', '2027-01-02']);
  });
});

describe('the report as downloads', () => {
  it('has HTML and PDF files named after the system, checking the document when no result is given', async () => {
    const doc = readFixture('all-fields');
    const files = await Promise.all(REPORT_FORMATS.map((f) => buildExportFile(f, doc, catalog, { lang: 'zh', loadFont: async () => loadPdfFont() })));
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      ['网上商城 Online store 等保合规设计报告.html', 'text/html;charset=utf-8'],
      ['网上商城 Online store 等保合规设计报告.pdf', 'application/pdf'],
    ]);
    expect(String(files[0]!.data)).toContain('ABS-03');
    expect(new TextDecoder().decode((files[1]!.data as Uint8Array).subarray(0, 5))).toBe('%PDF-');
    const en = await buildExportFile('report-html', doc, catalog, { lang: 'en', check: checkDiagram(doc, catalog, { level: 2 }) });
    expect(en.name).toBe('网上商城 Online store MLPS compliance report.html');
    expect(String(en.data)).toContain('Checked at Level 2');
    await expect(buildExportFile('report-pdf', doc, catalog, { lang: 'en' })).rejects.toThrow(/font/);
  }, 60_000);
});
