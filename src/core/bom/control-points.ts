/**
 * What a product is for on a BOM (用途): the 等保 control points of the rules it helps satisfy, with
 * the clause numbers of the level checked (8.1… at level 3, 7.1… at level 2), e.g.
 * "8.1.3.1 a) 边界防护". Design-hygiene rules (GEN) have no clause and add nothing.
 */
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Level } from '../model/types.ts';
import { clauseForLevel, ruleInfo, type RuleInfo } from '../standard/catalogue.ts';
import { compareIds } from '../model/compare-ids.ts';

/** "8.1.2.1 e) 网络架构" for each clause of a rule. */
export function ruleClauses(rule: RuleInfo, level: Level, lang: Lang): string[] {
  return rule.clauses.map((c) => `${c.ref === '' ? '' : `${clauseForLevel(c.ref, level)} `}${c.point[lang]}`);
}

/** The control points served by a set of rules, each once, in clause order. */
export function controlPoints(ruleIds: readonly string[], level: Level, lang: Lang): string[] {
  const points = new Set<string>();
  for (const id of ruleIds) {
    const rule = ruleInfo(id);
    if (rule) for (const text of ruleClauses(rule, level, lang)) points.add(text);
  }
  return [...points].sort(compareIds);
}

/** Separator of items inside one cell. */
export function cellList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '；' : '; ');
}

export function layerName(layer: RuleInfo['layer'], lang: Lang): string {
  return t(lang, `bom.layer.${layer}`);
}
