/**
 * The report's two lists from the file itself: the waivers (accepted findings) with their reasons and
 * how many findings of this check each one accepts (a waiver naming an id that no longer exists
 * matches nothing and is kept, per file-format.md), and the items a person confirms (MAN-01 … MAN-10)
 * with their state and note; items without an entry in the file are open.
 */
import type { Catalog } from '../catalog/types.ts';
import { targetName } from '../bom/findings-table.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram, Level } from '../model/types.ts';
import { MANUAL_ITEMS, clauseForLevel } from '../standard/catalogue.ts';
import type { CheckResult } from '../rules/finding.ts';
import { waiverMatches } from '../rules/waivers.ts';
import type { ReportTarget } from './report-findings.ts';
import { freeText } from './report-text.ts';

export interface ReportWaiver {
  rule: string;
  /** Absent: the waiver accepts every finding of the rule. */
  target?: ReportTarget;
  reason: string;
  /** Findings of this check the waiver accepts. */
  matches: number;
}

export interface ReportManualItem {
  id: string;
  /** "8.1.4.2 a)–c) 访问控制", with the clause numbers of the level checked. */
  clause: string;
  text: string;
  done: boolean;
  note?: string;
}

export function reportWaivers(doc: Diagram, catalog: Catalog, check: CheckResult, lang: Lang): ReportWaiver[] {
  return (doc.waivers ?? []).map((waiver) => {
    const row: ReportWaiver = {
      rule: waiver.rule,
      reason: freeText(waiver.reason),
      matches: check.findings.filter((f) => waiverMatches(waiver, f)).length,
    };
    if (waiver.target !== undefined) row.target = { id: waiver.target, name: targetName(doc, catalog, waiver.target, lang) };
    return row;
  });
}

export function reportManualItems(doc: Diagram, level: Level, lang: Lang): ReportManualItem[] {
  const entries = new Map((doc.manual ?? []).map((entry) => [entry.item, entry]));
  return MANUAL_ITEMS.map((item) => {
    const entry = entries.get(item.id);
    const clause = item.clauses.map((c) => (c.ref === '' ? c.point[lang] : `${clauseForLevel(c.ref, level)} ${c.point[lang]}`)).join('; ');
    const row: ReportManualItem = { id: item.id, clause, text: t(lang, `manual.${item.id}` as MessageKey), done: entry?.done === true };
    const note = entry?.note === undefined ? '' : freeText(entry.note);
    if (note !== '') row.note = note;
    return row;
  });
}
