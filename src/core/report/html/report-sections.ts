/**
 * The report's sections as HTML fragments: readiness per layer, findings by layer, waivers, manual
 * items, and tables (control points, BOM). Every value from the model goes through `esc`; class names
 * and structure are the code's own.
 */
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import type { Cell, Table } from '../../bom/bom-table.ts';
import type { ReportFinding, ReportLayer, ReportTarget } from '../report-findings.ts';
import type { ReportManualItem, ReportWaiver } from '../report-lists.ts';
import { esc } from './escape.ts';

/** Fixed column widths (per cent), so long text wraps where it should and print matches screen. */
function colgroup(widths: readonly number[]): string {
  return `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
}

export function readinessSection(layers: readonly ReportLayer[], lang: Lang): string {
  const head = (['layer', 'value', 'open', 'waived'] as const).map((c) => `<th${c === 'waived' ? ' class="num"' : ''}>${esc(t(lang, `report.readiness.${c}`))}</th>`);
  const rows = layers.map((l) => {
    const { passing, applicable } = l.readiness;
    const value = l.percent === null
      ? `<span class="status notApplicable">${esc(t(lang, 'report.readiness.notApplicable'))}</span>`
      : `${esc(t(lang, 'readiness.value', { passing, applicable }))} · ${l.percent}%<div class="bar${l.percent === 100 ? '' : l.percent >= 60 ? ' partial' : ' low'}"><span style="width:${l.percent}%"></span></div>`;
    const open = t(lang, 'report.readiness.openValue', l.open);
    return `<tr><td>${esc(l.name)}</td><td>${value}</td><td class="nowrap">${esc(open)}</td><td class="num">${l.waived}</td></tr>`;
  });
  return `<p class="intro">${esc(t(lang, 'report.readiness.intro'))}</p>\n<table class="data readiness">${colgroup([30, 34, 24, 12])}<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function targetsHtml(targets: readonly ReportTarget[], lang: Lang): string {
  if (targets.length === 0) return esc(t(lang, 'report.findings.wholeDesign'));
  return targets.map((target) => `${esc(target.name)} <code>${esc(target.id)}</code>`).join(lang === 'zh' ? '、' : ', ');
}

function findingHtml(f: ReportFinding, lang: Lang): string {
  const classes = ['finding', f.severity, ...(f.waived ? ['waived'] : [])].join(' ');
  const accepted = f.waived ? ` <span class="badge accepted">${esc(t(lang, 'report.findings.accepted'))}</span>` : '';
  const label = (key: 'report.findings.targets' | 'report.findings.fix' | 'report.findings.acceptedReason') => `<span class="label">${esc(t(lang, key))}</span>`;
  const lines = [
    `<article class="${classes}">`,
    `<div class="finding-head"><span class="badge ${f.severity}">${esc(f.severityName)}</span>${accepted} <span class="rule">${esc(f.rule)}</span> <span class="clause">${esc(f.clause)} · ${esc(f.controlPoint)}</span></div>`,
    `<p class="targets">${label('report.findings.targets')}${targetsHtml(f.targets, lang)}</p>`,
    `<p class="message">${esc(f.message)}</p>`,
  ];
  if (f.fix !== undefined) lines.push(`<p class="fix">${label('report.findings.fix')}${esc(f.fix)}</p>`);
  if (f.waived) lines.push(`<p class="reason">${label('report.findings.acceptedReason')}${esc(f.waiverReason ?? '')}</p>`);
  lines.push('</article>');
  return lines.join('\n');
}

export function findingsSection(layers: readonly ReportLayer[], lang: Lang): string {
  const out = [`<p class="intro">${esc(t(lang, 'report.findings.intro'))}</p>`];
  for (const l of layers) {
    const readiness = l.percent === null ? t(lang, 'report.readiness.notApplicable') : t(lang, 'readiness.value', { passing: l.readiness.passing, applicable: l.readiness.applicable });
    out.push(`<section class="layer" id="layer-${esc(l.layer)}">`);
    out.push(`<h3>${esc(l.name)} <span class="count">${esc(t(lang, 'report.findings.count', { count: l.findings.length }))}</span><span class="readiness">${esc(t(lang, 'report.readiness.value'))} ${esc(readiness)}</span></h3>`);
    if (l.findings.length === 0) out.push(`<p class="empty">${esc(t(lang, 'report.findings.noneInLayer'))}</p>`);
    for (const f of l.findings) out.push(findingHtml(f, lang));
    out.push('</section>');
  }
  return out.join('\n');
}

export function waiversSection(waivers: readonly ReportWaiver[], lang: Lang): string {
  const intro = `<p class="intro">${esc(t(lang, 'report.waivers.intro'))}</p>`;
  if (waivers.length === 0) return `${intro}\n<p class="empty">${esc(t(lang, 'report.waivers.none'))}</p>`;
  const head = (['rule', 'target', 'reason', 'matches'] as const).map((c) => `<th${c === 'matches' ? ' class="num"' : ''}>${esc(t(lang, `report.waivers.${c}`))}</th>`);
  const rows = waivers.map((w) => {
    const target = w.target ? `${esc(w.target.name)} <code>${esc(w.target.id)}</code>` : esc(t(lang, 'report.waivers.allOfRule'));
    const matches = w.matches === 0 ? `<span class="status notApplicable">${esc(t(lang, 'report.waivers.noMatch'))}</span>` : esc(t(lang, 'report.waivers.matchCount', { count: w.matches }));
    return `<tr><td class="nowrap">${esc(w.rule)}</td><td>${target}</td><td>${esc(w.reason)}</td><td class="num">${matches}</td></tr>`;
  });
  return `${intro}\n<table class="data waivers">${colgroup([10, 28, 46, 16])}<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function manualSection(items: readonly ReportManualItem[], lang: Lang): string {
  const head = (['id', 'clause', 'text', 'state', 'note'] as const).map((c) => `<th>${esc(t(lang, `report.manual.${c}`))}</th>`);
  const rows = items.map((m) => {
    const state = m.done ? 'confirmed' : 'open';
    return `<tr class="${state}"><td class="nowrap">${esc(m.id)}</td><td>${esc(m.clause)}</td><td>${esc(m.text)}</td><td><span class="status ${state}">${esc(t(lang, `report.manual.${state}`))}</span></td><td>${esc(m.note ?? '')}</td></tr>`;
  });
  return `<p class="intro">${esc(t(lang, 'report.manual.intro'))}</p>\n<table class="data manual">${colgroup([9, 20, 42, 10, 19])}<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export interface TableLook {
  /** Column widths in per cent of the table. */
  widths: readonly number[];
  /** Columns holding numbers, right-aligned. */
  numeric?: readonly number[];
  /** Columns that do not wrap (ids, short codes). */
  nowrap?: readonly number[];
  /** A column shown as a status, with one status class per row. */
  status?: { column: number; classes: readonly string[] };
  /** A column whose runs of equal values become group rows instead (the layer of the control matrix). */
  groupBy?: number;
}

export function tableHtml(table: Table, look: TableLook, className: string): string {
  const shown = table.header.map((_, i) => i).filter((i) => i !== look.groupBy);
  const cls = (i: number) => (look.numeric?.includes(i) ? ' class="num"' : look.nowrap?.includes(i) ? ' class="nowrap"' : '');
  const head = shown.map((i) => `<th${look.numeric?.includes(i) ? ' class="num"' : ''}>${esc(table.header[i]!)}</th>`).join('');
  const cell = (value: Cell, i: number, row: number) => {
    if (look.status?.column === i) return `<td><span class="status ${esc(look.status.classes[row] ?? '')}">${esc(value)}</span></td>`;
    return `<td${cls(i)}>${esc(value)}</td>`;
  };
  const rows: string[] = [];
  let group: Cell | undefined;
  table.rows.forEach((r, row) => {
    if (look.groupBy !== undefined && r[look.groupBy] !== group) {
      group = r[look.groupBy];
      rows.push(`<tr class="group"><th colspan="${shown.length}">${esc(group ?? '')}</th></tr>`);
    }
    rows.push(`<tr>${shown.map((i) => cell(r[i] ?? '', i, row)).join('')}</tr>`);
  });
  return `<table class="data ${className}">${colgroup(shown.map((i) => look.widths[i] ?? 10))}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
