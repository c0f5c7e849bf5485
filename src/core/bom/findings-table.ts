/**
 * The findings of a check as a table (sheet 检查结果): rule, severity, clause and control point, the
 * names of the targets, the message in the chosen language, and whether it is open or accepted (with the reason).
 */
import type { Catalog } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import { indexOf } from '../index/diagram-index.ts';
import { joinList, t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import type { CheckResult } from '../rules/finding.ts';
import { drawable } from '../export/text/clean-text.ts';
import type { Table } from './bom-table.ts';

export function targetName(doc: Diagram, catalog: Catalog, id: string, lang: Lang): string {
  const index = indexOf(doc);
  const node = index.node(id);
  if (node) return drawable(nodeDisplayName(node, catalog)[lang]);
  const edge = index.edge(id);
  if (!edge) return id;
  const end = (nodeId: string) => {
    const n = index.node(nodeId);
    return n ? drawable(nodeDisplayName(n, catalog)[lang]) : nodeId;
  };
  return `${end(edge.source)} → ${end(edge.target)}`;
}

export function findingsTable(doc: Diagram, catalog: Catalog, lang: Lang, check: CheckResult): Table {
  const header = (['rule', 'severity', 'clause', 'point', 'targets', 'message', 'state'] as const).map((c) => t(lang, `bom.findings.${c}`));
  const rows = check.findings.map((f) => [
    f.rule,
    t(lang, `bom.severity.${f.severity}`),
    f.clause,
    f.controlPoint[lang],
    joinList(f.targets.map((id) => targetName(doc, catalog, id, lang)), lang),
    drawable(t(lang, f.messageKey, f.params)),
    f.waived ? t(lang, 'bom.findings.waived', { reason: drawable(f.waiverReason ?? '') }) : t(lang, 'bom.findings.open'),
  ]);
  return { header, rows };
}
