/**
 * The checker: `checkDiagram(doc, catalog, { level })` runs every rule of `shared/spec/rules.md` on a
 * valid document and returns findings (keys and parameters, never text), in a stable order, with
 * waivers applied, open counts and readiness per layer. Pure and linear in the size of the diagram:
 * the editor runs it on every change, the CLI and the reports use the same result.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Diagram } from '../model/types.ts';
import { FindingCollector } from './collect.ts';
import { buildContext } from './context.ts';
import type { CheckOptions, CheckResult } from './finding.ts';
import { sortFindings } from './order.ts';
import { readinessByLayer } from './readiness.ts';
import { RULE_UNITS } from './registry.ts';
import { ruleInfo } from '../standard/catalogue.ts';
import { applyWaivers } from './waivers.ts';

export function checkDiagram(doc: Diagram, catalog: Catalog, options: CheckOptions = {}): CheckResult {
  const level = options.level ?? doc.meta.level;
  const ctx = buildContext(doc, catalog, level);
  const out = new FindingCollector(level);
  for (const rule of RULE_UNITS) {
    // Stryker disable next-line ConditionalExpression: the collector drops findings of a rule whose severity is "–" (and no rule with a stated variant has one), so running it only costs time
    if (ruleInfo(rule.id).severity[level] !== null) rule.check(ctx, out.forRule(rule.id));
  }

  const findings = sortFindings(out.byRule());
  applyWaivers(findings, doc.waivers);
  const summary = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const finding of findings) {
    if (finding.waived) summary.waived++;
    else summary[finding.severity]++;
  }
  return { level, findings, summary, readiness: readinessByLayer(findings, level) };
}
