/**
 * The control-point matrix (sheet 控制点对照): for every rule of the catalogue, its layer, clauses and
 * control points, the products in the diagram that help satisfy it with the nodes that are those
 * products, and its status from a check result when one is given. Status, in order of precedence: not
 * applicable at the level checked; an open error (not met); an open warning; open information; only
 * accepted (waived) findings; no finding (met).
 */
import type { Catalog } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { RULES } from '../standard/catalogue.ts';
import type { CheckResult } from '../rules/finding.ts';
import { drawable } from '../export/text/clean-text.ts';
import type { Table } from './bom-table.ts';
import { cellList, layerName, ruleClauses } from './control-points.ts';

export type ControlStatus = 'met' | 'notMet' | 'warning' | 'info' | 'waived' | 'notApplicable' | 'notChecked';

export function ruleStatus(ruleId: string, applies: boolean, check: CheckResult | undefined): ControlStatus {
  if (!applies) return 'notApplicable';
  if (!check) return 'notChecked';
  const findings = check.findings.filter((f) => f.rule === ruleId);
  const open = findings.filter((f) => !f.waived);
  if (open.some((f) => f.severity === 'error')) return 'notMet';
  if (open.some((f) => f.severity === 'warning')) return 'warning';
  if (open.length > 0) return 'info';
  return findings.length > 0 ? 'waived' : 'met';
}

export function controlMatrix(doc: Diagram, catalog: Catalog, lang: Lang, check?: CheckResult): Table {
  const level = check?.level ?? doc.meta.level;
  const header = (['layer', 'rule', 'clause', 'products', 'nodes', 'status'] as const).map((c) => t(lang, `bom.controls.${c}`));
  const rows = RULES.map((rule) => {
    const products = catalog.products.filter((p) => p.satisfies.includes(rule.id));
    const productIds = new Set(products.map((p) => p.id));
    const nodes = doc.nodes.filter((n) => n.kind === 'product' && productIds.has(n.product));
    const used = products.filter((p) => nodes.some((n) => n.kind === 'product' && n.product === p.id));
    const status = ruleStatus(rule.id, rule.severity[level] !== null, check);
    return [
      layerName(rule.layer, lang),
      rule.id,
      cellList(ruleClauses(rule, level, lang), lang),
      cellList(used.map((p) => p.name[lang]), lang),
      cellList(nodes.map((n) => drawable(nodeDisplayName(n, catalog)[lang])), lang),
      t(lang, `bom.status.${status}`),
    ];
  });
  return { header, rows };
}
