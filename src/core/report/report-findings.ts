/**
 * Findings as the report prints them: grouped by layer (安全通信网络 … 设计规范) in the checker's
 * order, each with its severity, the clause written for the level checked, the control point, its
 * targets by display name and id, the message (what is wrong and how to fix it), the quick fix when
 * there is one, and, for accepted findings, the waiver's reason. Readiness and open counts per layer
 * come with each group.
 */
import type { Catalog } from '../catalog/types.ts';
import { targetName } from '../bom/findings-table.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { LAYERS, type Layer } from '../standard/catalogue.ts';
import type { CheckResult, Finding, LayerReadiness, Severity } from '../rules/finding.ts';
import { cleanMessage, freeText } from './report-text.ts';

export interface ReportTarget {
  id: string;
  /** Display name: the user's label, else the catalog name; "A → B" for an edge. */
  name: string;
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  severityName: string;
  /** Clause number(s) for the level checked; the "not a clause" wording for design hygiene. */
  clause: string;
  controlPoint: string;
  /** Empty when the finding is about the whole design. */
  targets: ReportTarget[];
  message: string;
  /** The quick fix's wording, when the designer offers one (open findings only). */
  fix?: string;
  waived: boolean;
  waiverReason?: string;
}

export interface ReportLayer {
  layer: Layer;
  name: string;
  readiness: LayerReadiness;
  /** Readiness in per cent, rounded down (null when no rule of the layer applies at this level). */
  percent: number | null;
  open: Record<Severity, number>;
  waived: number;
  findings: ReportFinding[];
}

function reportFinding(doc: Diagram, catalog: Catalog, f: Finding, lang: Lang): ReportFinding {
  const finding: ReportFinding = {
    rule: f.rule,
    severity: f.severity,
    severityName: t(lang, `severity.${f.severity}`),
    clause: f.clause === '' ? t(lang, 'report.findings.noClause') : f.clause,
    controlPoint: f.controlPoint[lang],
    targets: f.targets.map((id) => ({ id, name: targetName(doc, catalog, id, lang) })),
    message: cleanMessage(lang, f.messageKey, f.params),
    waived: f.waived,
  };
  if (f.waived) finding.waiverReason = freeText(f.waiverReason ?? '');
  else if (f.fix) finding.fix = cleanMessage(lang, f.fix.messageKey, f.fix.params);
  return finding;
}

export function reportLayers(doc: Diagram, catalog: Catalog, check: CheckResult, lang: Lang): ReportLayer[] {
  const groups = new Map<Layer, ReportLayer>(
    LAYERS.map((layer) => {
      const readiness = check.readiness[layer];
      const percent = readiness.applicable === 0 ? null : Math.floor((readiness.passing / readiness.applicable) * 100);
      return [layer, { layer, name: t(lang, `bom.layer.${layer}`), readiness, percent, open: { error: 0, warning: 0, info: 0 }, waived: 0, findings: [] }];
    }),
  );
  for (const f of check.findings) {
    const group = groups.get(f.layer)!;
    group.findings.push(reportFinding(doc, catalog, f, lang));
    if (f.waived) group.waived++;
    else group.open[f.severity]++;
  }
  return [...groups.values()];
}
