/**
 * "升级到三级需要什么": the design as the quick fixes would make it at another level, as a proposal
 * beside the user's design (never applied to it). The target level is set, the design is checked at
 * it, and every open finding's quick fix is applied — errors first, each change once — until no
 * offered fix is left; what no fix can close stays open. Compare today's design with the proposal at
 * the target level (`compareDiagrams(doc, proposal, catalog, { level, today })`) for the view.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Diagram, Level } from '../model/types.ts';
import { checkDiagram } from '../rules/check.ts';
import type { Finding } from '../rules/finding.ts';
import { fixKey, type FixOffer } from '../rules/fixes/fix.ts';
import { applyFix } from '../rules/fixes/apply.ts';

export interface LevelProposal {
  /** The design with meta.level set to the target and the fixes applied. */
  proposal: Diagram;
  /** The fixes applied, in order (message keys for the list "what the proposal adds"). */
  applied: FixOffer[];
  /** Open findings of the proposal at the target level (those no quick fix closes). */
  remaining: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function levelProposal(doc: Diagram, catalog: Catalog, level: Level): LevelProposal {
  let proposal: Diagram = { ...doc, meta: { ...doc.meta, level } };
  const applied: FixOffer[] = [];
  const tried = new Set<string>();
  for (;;) {
    const open = checkDiagram(proposal, catalog).findings
      .filter((f) => !f.waived && f.fix !== undefined && !tried.has(fixKey(f.fix.change)))
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const next = open[0];
    if (!next) break;
    const fix = next.fix!;
    tried.add(fixKey(fix.change));
    const fixed = applyFix(proposal, fix.change, catalog);
    if (fixed !== proposal) {
      proposal = fixed;
      applied.push(fix);
    }
  }
  return { proposal, applied, remaining: checkDiagram(proposal, catalog).findings.filter((f) => !f.waived) };
}
