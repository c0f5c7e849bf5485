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
import { checkAbs } from './layers/abs.ts';
import { checkCes } from './layers/ces.ts';
import { checkCld } from './layers/cld.ts';
import { checkCns } from './layers/cns.ts';
import { checkGen } from './layers/gen.ts';
import { checkSmc } from './layers/smc.ts';
import { sortFindings } from './order.ts';
import { readinessByLayer } from './readiness.ts';
import { applyWaivers } from './waivers.ts';

export function checkDiagram(doc: Diagram, catalog: Catalog, options: CheckOptions = {}): CheckResult {
  const level = options.level ?? doc.meta.level;
  const ctx = buildContext(doc, catalog, level);
  const out = new FindingCollector(level);
  checkCns(ctx, out);
  checkAbs(ctx, out);
  checkCes(ctx, out);
  checkSmc(ctx, out);
  checkCld(ctx, out);
  checkGen(ctx, out);

  const findings = sortFindings(out.byRule());
  applyWaivers(findings, doc.waivers);
  const summary = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const finding of findings) {
    if (finding.waived) summary.waived++;
    else summary[finding.severity]++;
  }
  return { level, findings, summary, readiness: readinessByLayer(findings, level) };
}
