/**
 * The PDF report's sections after the cover, the same as the HTML's: readiness per layer, findings by
 * layer (each a block with a severity bar: head, targets, message, quick fix or the reason it was
 * accepted), accepted findings, manual items, control points and the BOM, as real text throughout.
 */
import { joinList, t } from '../../../core/i18n/translate.ts';
import type { Lang } from '../../../core/model/localized.ts';
import { PALETTE, STATUS_COLOUR } from '../../../core/report/palette.ts';
import type { ReportFinding, ReportLayer } from '../../../core/report/report-findings.ts';
import type { ComplianceReport } from '../../../core/report/report-model.ts';
import { PdfFlow } from './pdf-flow.ts';
import { drawIntro } from './report-pdf-cover.ts';
import { drawTable, type PdfTable } from './pdf-table.ts';

const SEVERITY: Record<ReportFinding['severity'], [strong: string, soft: string]> = {
  error: [PALETTE.error, PALETTE.errorSoft],
  warning: [PALETTE.warning, PALETTE.warningSoft],
  info: [PALETTE.info, PALETTE.infoSoft],
};

export function drawReadiness(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  drawIntro(flow, t(lang, 'report.readiness.intro'));
  const colourOf = (l: ReportLayer) => (l.percent === null ? PALETTE.faint : l.percent === 100 ? PALETTE.ok : l.percent >= 60 ? PALETTE.warning : PALETTE.error);
  drawTable(flow, {
    header: (['layer', 'value', 'open', 'waived'] as const).map((c) => t(lang, `report.readiness.${c}`)),
    rows: report.layers.map((l) => ({
      cells: [
        l.name,
        l.percent === null ? t(lang, 'report.readiness.notApplicable') : `${t(lang, 'readiness.value', { passing: l.readiness.passing, applicable: l.readiness.applicable })} · ${l.percent}%`,
        t(lang, 'report.readiness.openValue', l.open),
        String(l.waived),
      ],
      colors: [undefined, colourOf(l)],
    })),
    widths: [0.34, 0.26, 0.28, 0.12],
    numeric: [3],
    size: 8.5,
  });
}

interface Line {
  text: string;
  size: number;
  color: string;
  indent: number;
}

/** "对象：…" / "Objects: …". */
function labelled(label: string, text: string, lang: Lang): string {
  return `${label}${lang === 'zh' ? '：' : ': '}${text}`;
}

/** A small label with a frame, drawn at (x, top); returns its width. */
function pill(flow: PdfFlow, text: string, x: number, top: number, strong: string, soft: string): number {
  const width = flow.textWidth(text, 7.5) + 10;
  flow.box(x, top + 1, width, 12, { fill: soft, stroke: strong, strokeWidth: 0.6 });
  flow.text(text, x + 5, top + 1.4, { size: 7.5, color: strong, bold: true });
  return width;
}

function findingBlock(flow: PdfFlow, f: ReportFinding, lang: Lang): void {
  const strong = f.waived ? PALETTE.accepted : SEVERITY[f.severity][0];
  const indent = 10;
  const textWidth = flow.width - indent - 4;
  const lines: Line[] = [];
  const add = (text: string, size: number, color: string, extra = 0) => {
    for (const row of flow.wrap(text, textWidth - extra, size)) lines.push({ text: row, size, color, indent: indent + extra });
  };
  const targets = f.targets.length === 0 ? t(lang, 'report.findings.wholeDesign') : joinList(f.targets.map((x) => `${x.name} (${x.id})`), lang);
  add(labelled(t(lang, 'report.findings.targets'), targets, lang), 8.5, PALETTE.muted);
  add(f.message, 9, PALETTE.ink);
  if (f.fix !== undefined) add(labelled(t(lang, 'report.findings.fix'), f.fix, lang), 8.5, PALETTE.ok);
  if (f.waived) add(labelled(t(lang, 'report.findings.acceptedReason'), f.waiverReason ?? '', lang), 8.5, PALETTE.accepted);

  const headHeight = 17;
  const total = headHeight + lines.reduce((h, l) => h + PdfFlow.lineHeight(l.size), 0) + 6;
  // Keep a finding on one page when it fits on one; a huge one (thousands of targets) flows on.
  flow.ensure(Math.min(total, flow.pageBody));
  let segmentTop = flow.y;
  const bar = (bottom: number) => flow.box(flow.left, segmentTop, 3, bottom - segmentTop, { fill: strong });

  let x = flow.left + indent;
  x += pill(flow, f.severityName, x, flow.y, SEVERITY[f.severity][0], SEVERITY[f.severity][1]) + 5;
  if (f.waived) x += pill(flow, t(lang, 'report.findings.accepted'), x, flow.y, PALETTE.accepted, PALETTE.acceptedSoft) + 5;
  flow.text(f.rule, x, flow.y, { size: 9.5, bold: true });
  x += flow.textWidth(f.rule, 9.5) + 8;
  flow.text(flow.fit(`${f.clause} · ${f.controlPoint}`, flow.left + flow.width - x, 8.5), x, flow.y + 1, { size: 8.5, color: PALETTE.muted });
  flow.y += headHeight;
  for (const line of lines) {
    const height = PdfFlow.lineHeight(line.size);
    if (flow.y + height > flow.bottom) {
      bar(flow.y);
      flow.newPage();
      segmentTop = flow.y;
    }
    flow.text(line.text, flow.left + line.indent, flow.y, { size: line.size, color: line.color });
    flow.y += height;
  }
  bar(flow.y + 2);
  flow.y += 10;
}

export function drawFindings(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  drawIntro(flow, t(lang, 'report.findings.intro'));
  for (const l of report.layers) {
    flow.ensure(60);
    flow.space(4);
    flow.text(l.name, flow.left, flow.y, { size: 11, bold: true });
    flow.text(t(lang, 'report.findings.count', { count: l.findings.length }), flow.left + flow.textWidth(l.name, 11) + 8, flow.y + 2.5, { size: 8.5, color: PALETTE.muted });
    const readiness = l.percent === null ? t(lang, 'report.readiness.notApplicable') : t(lang, 'readiness.value', { passing: l.readiness.passing, applicable: l.readiness.applicable });
    flow.text(`${t(lang, 'report.readiness.value')} ${readiness}`, flow.left + flow.width, flow.y + 2.5, { size: 8.5, color: PALETTE.muted }, 'right');
    flow.y += 22;
    if (l.findings.length === 0) flow.paragraph(t(lang, 'report.findings.noneInLayer'), { size: 9, color: PALETTE.muted, after: 4 });
    for (const f of l.findings) findingBlock(flow, f, lang);
  }
}

export function drawWaivers(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  drawIntro(flow, t(lang, 'report.waivers.intro'));
  if (report.waivers.length === 0) {
    flow.paragraph(t(lang, 'report.waivers.none'), { size: 9, color: PALETTE.muted, after: 6 });
    return;
  }
  drawTable(flow, {
    header: (['rule', 'target', 'reason', 'matches'] as const).map((c) => t(lang, `report.waivers.${c}`)),
    rows: report.waivers.map((w) => ({
      cells: [
        w.rule,
        w.target ? `${w.target.name} (${w.target.id})` : t(lang, 'report.waivers.allOfRule'),
        w.reason,
        w.matches === 0 ? t(lang, 'report.waivers.noMatch') : t(lang, 'report.waivers.matchCount', { count: w.matches }),
      ],
      colors: [undefined, undefined, undefined, w.matches === 0 ? PALETTE.faint : undefined],
    })),
    widths: [0.1, 0.28, 0.44, 0.18],
    numeric: [3],
  });
}

export function drawManual(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  drawIntro(flow, t(lang, 'report.manual.intro'));
  drawTable(flow, {
    header: (['id', 'clause', 'text', 'state', 'note'] as const).map((c) => t(lang, `report.manual.${c}`)),
    rows: report.manual.map((m) => {
      const state = m.done ? 'confirmed' : 'open';
      return { cells: [m.id, m.clause, m.text, t(lang, `report.manual.${state}`), m.note ?? ''], colors: [undefined, undefined, undefined, PALETTE[STATUS_COLOUR[state]!]] };
    }),
    widths: [0.1, 0.2, 0.42, 0.1, 0.18],
  });
}

export function drawControls(flow: PdfFlow, report: ComplianceReport): void {
  drawIntro(flow, t(report.lang, 'report.controls.intro'));
  const rows: PdfTable['rows'] = [];
  let group: string | undefined;
  report.controls.rows.forEach((row, i) => {
    const layer = String(row[0]);
    if (layer !== group) rows.push({ group: (group = layer) });
    const status = report.controlStatus[i]!;
    rows.push({ cells: row.slice(1).map(String), colors: [undefined, undefined, undefined, undefined, PALETTE[STATUS_COLOUR[status] ?? 'ink']] });
  });
  drawTable(flow, { header: report.controls.header.slice(1), rows, widths: [0.1, 0.26, 0.22, 0.3, 0.12] });
}

export function drawBom(flow: PdfFlow, report: ComplianceReport): void {
  const { lang } = report;
  drawIntro(flow, t(lang, 'report.bom.intro'));
  if (report.bom.rows.length === 0) {
    flow.paragraph(t(lang, 'bom.empty'), { size: 9, color: PALETTE.muted, after: 6 });
    return;
  }
  drawTable(flow, {
    header: report.bom.header,
    rows: report.bom.rows.map((row) => ({ cells: row.map(String) })),
    widths: [0.06, 0.14, 0.14, 0.06, 0.06, 0.32, 0.14, 0.08],
    numeric: [0, 3],
  });
}
