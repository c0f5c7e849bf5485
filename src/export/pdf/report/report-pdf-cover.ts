/**
 * The PDF report's first page, like the HTML cover: what the system is and the level it is checked
 * at, the title block, the verdict and counts, the "design aid, not an assessment" disclaimer and the
 * contents. Section headings and intros, shared by every section, are here too.
 */
import { t } from '../../../core/i18n/translate.ts';
import { FIGURE_COLOUR, PALETTE } from '../../../core/report/palette.ts';
import type { ComplianceReport } from '../../../core/report/report-model.ts';
import { PdfFlow } from './pdf-flow.ts';
import { drawTable } from './pdf-table.ts';

export function drawHeading(flow: PdfFlow, title: string, size = 14): void {
  flow.ensure(size * 1.5 + 60);
  flow.space(size * 0.6);
  flow.text(title, flow.left, flow.y, { size, color: PALETTE.accent, bold: true });
  flow.y += size * 1.5;
  flow.rule(flow.left, flow.y, flow.left + flow.width, flow.y, PALETTE.accent, 1.2);
  flow.space(8);
}

export function drawIntro(flow: PdfFlow, text: string): void {
  flow.paragraph(text, { size: 8.5, color: PALETTE.muted, after: 6 });
}

/** A box with wrapped text in it (verdict, disclaimer). */
function textBox(flow: PdfFlow, lines: { text: string; bold?: boolean; color: string; size: number }[], fill: string, stroke: string): void {
  const pad = 8;
  const wrapped = lines.map((l) => ({ ...l, rows: flow.wrap(l.text, flow.width - pad * 2, l.size) }));
  const height = wrapped.reduce((h, l) => h + l.rows.length * PdfFlow.lineHeight(l.size), 0) + pad * 2;
  flow.ensure(height);
  flow.box(flow.left, flow.y, flow.width, height, { fill, stroke, strokeWidth: 0.8 });
  let y = flow.y + pad;
  for (const l of wrapped) {
    for (const row of l.rows) {
      flow.text(row, flow.left + pad, y, { size: l.size, color: l.color, ...(l.bold ? { bold: true } : {}) });
      y += PdfFlow.lineHeight(l.size);
    }
  }
  flow.y += height + 10;
}

function figures(flow: PdfFlow, report: ComplianceReport): void {
  const items = report.figures;
  const gap = 6;
  const width = (flow.width - gap * (items.length - 1)) / items.length;
  const height = 46;
  flow.ensure(height);
  items.forEach(({ id, value, label }, i) => {
    const x = flow.left + i * (width + gap);
    flow.box(x, flow.y, width, height, { stroke: PALETTE.rule, strokeWidth: 0.8 });
    flow.text(value, x + width / 2, flow.y + 5, { size: 17, color: PALETTE[FIGURE_COLOUR[id]], bold: true }, 'center');
    flow.text(flow.fit(label, width - 8, 8), x + width / 2, flow.y + 29, { size: 8, color: PALETTE.muted }, 'center');
  });
  flow.y += height + 10;
}

export function drawCover(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  flow.box(flow.left, flow.y, flow.width, 5, { fill: PALETTE.accent });
  flow.space(14);
  flow.paragraph(t(lang, 'report.kicker'), { size: 9, color: PALETTE.accent, after: 2 });
  flow.paragraph(report.title, { size: 20, bold: true, after: 2 });
  flow.paragraph(`${t(lang, 'report.heading')} · ${report.checkedAt}`, { size: 11, color: PALETTE.muted, after: 6 });
  if (report.checkedOther) flow.paragraph(report.checkedOther, { size: 9, color: PALETTE.warning, after: 4 });
  flow.space(4);
  drawTable(flow, { rows: report.titleBlock.map(([label, value]) => ({ cells: [label, value] })), widths: [0.26, 0.74], labelColumn: true, size: 9 });

  drawHeading(flow, t(lang, 'report.summary.title'));
  textBox(flow, [{ text: report.verdict, bold: true, color: report.passed ? PALETTE.ok : PALETTE.error, size: 9.5 }], report.passed ? PALETTE.okSoft : PALETTE.errorSoft, report.passed ? PALETTE.okLine : PALETTE.errorLine);
  figures(flow, report);
  textBox(flow, [
    { text: t(lang, 'report.disclaimer.title'), bold: true, color: PALETTE.disclaimerTitle, size: 9 },
    { text: t(lang, 'report.disclaimer.text'), color: PALETTE.disclaimerText, size: 8.5 },
  ], PALETTE.warningSoft, PALETTE.disclaimerLine);

  flow.paragraph(t(lang, 'report.contents'), { size: 11, bold: true, after: 2 });
  const half = Math.ceil(report.sections.length / 2);
  const top = flow.y;
  report.sections.forEach((section, i) => {
    const column = i < half ? 0 : 1;
    const y = top + (i % half) * 18;
    const x = flow.left + column * (flow.width / 2 + 6);
    flow.text(section.title, x, y, { size: 9.5 });
    flow.rule(x, y + 16, x + flow.width / 2 - 6, y + 16, PALETTE.rule, 0.5);
  });
  flow.y = top + half * 18 + 8;
  flow.paragraph(t(lang, 'report.generator'), { size: 8, color: PALETTE.faint });
}
