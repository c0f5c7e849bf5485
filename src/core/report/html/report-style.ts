/**
 * The report's stylesheet, inline in the document (a downloaded file must carry its own look; nothing
 * is linked). Fonts are named only, CJK first, as on the drawing. On screen the report is a sheet on a
 * grey desk; printed it is A4 portrait with page numbers, the drawing on a landscape page of its own.
 * No user text ever goes into the CSS.
 */
import { FONT_FAMILY } from '../../export/scene/style.ts';
import { PALETTE, paletteCss } from '../palette.ts';

const BASE = `
:root { ${paletteCss()} }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #e5e7eb; color: var(--ink); font-family: ${FONT_FAMILY}; font-size: 10pt; line-height: 1.55; }
.report { max-width: 210mm; margin: 24px auto; padding: 16mm 15mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1, h2, h3 { line-height: 1.3; margin: 0; }
h2 { font-size: 15pt; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 28px 0 10px; }
h3 { font-size: 11.5pt; margin: 18px 0 8px; display: flex; align-items: baseline; gap: 10px; }
h3 .count { font-size: 9pt; font-weight: normal; color: var(--muted); }
h3 .readiness { margin-left: auto; font-size: 9pt; font-weight: normal; color: var(--muted); }
p { margin: 0 0 6px; }
.intro { color: var(--muted); font-size: 9pt; margin-bottom: 10px; }
code, .id { font-family: 'DejaVu Sans Mono', Consolas, 'Courier New', monospace; font-size: 8.5pt; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
`;

const COVER = `
.cover { border-top: 6px solid var(--accent); padding-top: 14px; }
.kicker { font-size: 9pt; letter-spacing: .08em; color: var(--accent); margin-bottom: 4px; }
.cover h1 { font-size: 22pt; margin: 0 0 4px; overflow-wrap: anywhere; }
.subtitle { font-size: 11pt; color: var(--muted); margin-bottom: 14px; }
.note { font-size: 9pt; color: var(--warning); }
table.title-block { width: 100%; border-collapse: collapse; margin: 10px 0 18px; font-size: 9.5pt; }
table.title-block th { width: 32mm; text-align: left; font-weight: normal; color: var(--muted); background: var(--shade); }
table.title-block th, table.title-block td { border: 1px solid var(--rule); padding: 5px 9px; vertical-align: top; overflow-wrap: anywhere; }
table.title-block tr:first-child td { font-weight: bold; }
.summary { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 0 0 12px; }
.summary .figure { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px; text-align: center; }
.summary .n { display: block; font-size: 18pt; font-weight: bold; line-height: 1.2; }
.summary .what { font-size: 8.5pt; color: var(--muted); }
.figure.error .n { color: var(--error); } .figure.warning .n { color: var(--warning); } .figure.info .n { color: var(--info); }
.figure.waived .n { color: var(--accepted); } .figure.manual .n { color: var(--ink); }
.verdict { padding: 9px 12px; border-radius: 6px; font-weight: bold; margin-bottom: 12px; }
.verdict.pass { background: var(--ok-soft); color: var(--ok); border: 1px solid ${PALETTE.okLine}; }
.verdict.fail { background: var(--error-soft); color: var(--error); border: 1px solid ${PALETTE.errorLine}; }
.disclaimer { border: 1px solid ${PALETTE.disclaimerLine}; background: var(--warning-soft); border-radius: 6px; padding: 9px 12px; font-size: 9pt; margin-bottom: 16px; }
.disclaimer strong { display: block; margin-bottom: 2px; color: ${PALETTE.disclaimerTitle}; }
.disclaimer p { margin: 0; color: ${PALETTE.disclaimerText}; }
.contents h2 { font-size: 11pt; border: 0; margin: 0 0 4px; padding: 0; color: var(--ink); }
.contents ol { list-style: none; margin: 0; padding: 0; columns: 2; font-size: 9.5pt; }
.contents li { padding: 2px 0; border-bottom: 1px dotted var(--rule); break-inside: avoid; }
`;

const FINDINGS = `
.badge { display: inline-block; font-size: 8pt; font-weight: bold; padding: 1px 7px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.badge.error { color: var(--error); background: var(--error-soft); }
.badge.warning { color: var(--warning); background: var(--warning-soft); }
.badge.info { color: var(--info); background: var(--info-soft); }
.badge.accepted { color: var(--accepted); background: var(--accepted-soft); }
.finding { border: 1px solid var(--rule); border-left: 4px solid var(--faint); border-radius: 4px; padding: 7px 11px 6px; margin: 0 0 8px; break-inside: avoid; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.finding.waived { border-left-color: var(--accepted); background: #fcfcff; }
.finding-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; margin-bottom: 4px; }
.finding-head .rule { font-weight: bold; font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 9.5pt; }
.finding-head .clause { color: var(--muted); font-size: 9pt; }
.finding p { margin: 0 0 4px; overflow-wrap: anywhere; }
.finding .label { display: inline-block; min-width: 4.5em; color: var(--muted); font-size: 8.5pt; margin-right: 6px; }
.finding .targets { font-size: 9pt; }
.finding .fix { font-size: 9pt; color: var(--ok); }
.finding .reason { font-size: 9pt; color: var(--accepted); }
`;

const TABLES = `
table.data { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; margin: 4px 0 10px; }
table.data tr.group th { background: var(--accent-soft); color: var(--accent); font-size: 9pt; padding: 5px 6px; }
table.data th { background: var(--shade); text-align: left; font-weight: bold; color: var(--ink); }
table.data th, table.data td { border: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
table.data td.nowrap { white-space: nowrap; }
table.data tbody tr:nth-child(even) td { background: #fafafa; }
.status { font-weight: bold; white-space: nowrap; }
.status.met, .status.confirmed { color: var(--ok); } .status.notMet { color: var(--error); } .status.warning, .status.open { color: var(--warning); }
.status.info { color: var(--info); } .status.waived { color: var(--accepted); } .status.notApplicable, .status.notChecked { color: var(--faint); font-weight: normal; }
.bar { position: relative; height: 8px; background: var(--shade); border-radius: 4px; overflow: hidden; min-width: 30mm; margin-top: 4px; }
.bar span { position: absolute; left: 0; top: 0; bottom: 0; background: var(--ok); border-radius: 4px; }
.bar.partial span { background: var(--warning); } .bar.low span { background: var(--error); }
.drawing { border: 1px solid var(--rule); padding: 4px; margin: 0; break-inside: avoid; }
.drawing svg { display: block; width: 100%; height: auto; max-height: 250mm; }
.generator { margin: 10px 0 0; font-size: 8pt; color: var(--faint); }
`;

const PRINT = `
@page { size: A4 portrait; margin: 15mm 14mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: ${PALETTE.pageNumber}; } }
@page landscape { size: A4 landscape; margin: 10mm 12mm 12mm; }
.cover { break-after: page; }
.break-before { break-before: page; }
.topology { page: landscape; break-before: page; }
h2, h3 { break-after: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print {
  body { background: none; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .topology .drawing { border: 0; padding: 0; }
  .topology .drawing svg { max-height: 158mm; }
  .topology .intro { margin-bottom: 4px; }
}
`;

export const REPORT_CSS = `${BASE}${COVER}${FINDINGS}${TABLES}${PRINT}`.trim();
