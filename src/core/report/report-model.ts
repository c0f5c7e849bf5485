/**
 * The compliance report (issue 5) as data: everything the HTML and the PDF writers print, in the same
 * order, so the two always carry the same sections and the same words. Built from the document, a
 * check result and the catalog; pure and deterministic (the date printed is the document's, or the
 * one the caller passes). Texts are plain and printable, not escaped.
 */
import { bomTable, type Table } from '../bom/bom-table.ts';
import { controlMatrix, ruleStatus, type ControlStatus } from '../bom/control-matrix.ts';
import type { Catalog } from '../catalog/types.ts';
import { levelName, platformName } from '../export/names.ts';
import type { SceneOptions } from '../export/scene/scene.ts';
import { titleBlockRows } from '../export/scene/title-block.ts';
import { drawable } from '../export/text/clean-text.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram, Level } from '../model/types.ts';
import { RULES } from '../standard/catalogue.ts';
import type { CheckResult } from '../rules/finding.ts';
import type { ImportReport } from '../import/types.ts';
import { importSection, type ImportSection } from './report-import.ts';
import { reportLayers, type ReportLayer } from './report-findings.ts';
import { reportManualItems, reportWaivers, type ReportManualItem, type ReportWaiver } from './report-lists.ts';

export interface ReportOptions {
  lang: Lang;
  /** Date for the title block when the document has none (e.g. today's, chosen by the caller). */
  date?: string;
  /** The report of the import that made the design (kept in the app's session, not in the file). */
  imported?: ImportedFrom;
}

/** An import report and the file it read (issue 13). */
export interface ImportedFrom {
  report: ImportReport;
  fileName: string;
}

export const REPORT_SECTIONS = ['readiness', 'findings', 'waivers', 'manual', 'controls', 'bom', 'topology'] as const;
/** `imported`: only when the design has an import report, before the topology. */
export type ReportSection = (typeof REPORT_SECTIONS)[number] | 'imported';

/** One of the five summary figures on the cover: what it counts, the figure as printed, its caption. */
export interface ReportFigure {
  id: 'error' | 'warning' | 'info' | 'waived' | 'manual';
  value: string;
  label: string;
}

export interface ComplianceReport {
  lang: Lang;
  /** The system's name (系统名称), printable. */
  title: string;
  /** The level checked (the toolbar's level switch may differ from the diagram's own). */
  level: Level;
  /** 系统名称, 安全保护等级, 运营使用单位, 云平台 with its level, 版本, 日期 (编制): as on the drawing. */
  titleBlock: [label: string, value: string][];
  /** "按第三级检查 · 阿里云公共云". */
  checkedAt: string;
  /** Said when the level checked is not the diagram's own. */
  checkedOther?: string;
  summary: CheckResult['summary'];
  passed: boolean;
  verdict: string;
  /** Open errors, warnings and notes, accepted findings, and manual items confirmed of all. */
  figures: ReportFigure[];
  layers: ReportLayer[];
  waivers: ReportWaiver[];
  manual: ReportManualItem[];
  /** The control-point matrix (as in the workbook), and each row's status for colouring. */
  controls: Table;
  controlStatus: ControlStatus[];
  bom: Table;
  /** Numbered section titles, in order ("1. 设计就绪度"). */
  sections: { id: ReportSection; title: string }[];
  /** The import report, when the design has one (section `imported`). */
  imported?: ImportSection;
}

export function buildComplianceReport(doc: Diagram, catalog: Catalog, check: CheckResult, options: ReportOptions): ComplianceReport {
  const { lang } = options;
  const level = check.level;
  const levelText = levelName(level, lang);
  const passed = check.summary.error === 0;
  const manual = reportManualItems(doc, level, lang);
  const report: ComplianceReport = {
    lang,
    title: drawable(doc.meta.title),
    level,
    titleBlock: titleBlockRows(doc.meta, lang, options.date).map(([label, value]) => [label, drawable(value)]),
    checkedAt: t(lang, 'report.checkedAt', { level: levelText, platform: platformName(doc.meta, lang) }),
    summary: check.summary,
    passed,
    verdict: passed ? t(lang, 'report.verdict.pass', { level: levelText }) : t(lang, 'report.verdict.fail', { count: check.summary.error, level: levelText }),
    figures: summaryFigures(check.summary, manual, lang),
    layers: reportLayers(doc, catalog, check, lang),
    waivers: reportWaivers(doc, catalog, check, lang),
    manual,
    controls: controlMatrix(doc, catalog, lang, check),
    controlStatus: RULES.map((rule) => ruleStatus(rule.id, rule.severity[level] !== null, check)),
    // The BOM's 用途 column cites clauses of the level checked, like the rest of the report.
    bom: bomTable(level === doc.meta.level ? doc : { ...doc, meta: { ...doc.meta, level } }, catalog, lang),
    sections: sectionsOf(options.imported !== undefined).map((id, i) => ({ id, title: t(lang, 'report.sectionNumber', { number: i + 1, title: t(lang, `report.section.${id}`) }) })),
  };
  if (options.imported) report.imported = importSection(options.imported.report, options.imported.fileName, doc, catalog, lang);
  if (level !== doc.meta.level) report.checkedOther = t(lang, 'report.checkedOther', { level: levelText, docLevel: levelName(doc.meta.level, lang) });
  return report;
}

function sectionsOf(imported: boolean): ReportSection[] {
  return imported ? [...REPORT_SECTIONS.slice(0, -1), 'imported', 'topology'] : [...REPORT_SECTIONS];
}

/** Confirmed manual items out of all of them. */
export function manualDone(report: Pick<ComplianceReport, 'manual'>): number {
  return report.manual.filter((m) => m.done).length;
}

function summaryFigures(summary: CheckResult['summary'], manual: ReportManualItem[], lang: Lang): ReportFigure[] {
  const count = (id: 'error' | 'warning' | 'info' | 'waived'): ReportFigure => ({ id, value: String(summary[id]), label: t(lang, `report.summary.${id}`) });
  return [
    count('error'),
    count('warning'),
    count('info'),
    count('waived'),
    { id: 'manual', value: t(lang, 'report.summary.manualValue', { done: manualDone({ manual }), total: manual.length }), label: t(lang, 'report.summary.manual') },
  ];
}

/**
 * Scene options of the report's drawing: the report is about the whole design, so a selection made
 * for other exports does not apply; open findings are marked from the report's own check.
 */
export function reportSceneOptions(options: SceneOptions, check: CheckResult): SceneOptions {
  const { selection: _wholeDesign, ...scene } = options;
  return { ...scene, check };
}
