/**
 * Everything the compare view and `diff` show, in one call: the diff, the findings delta, the BOM
 * line by line and, with a price list, both priced BOMs and the cost delta per period and currency.
 */
import { buildBom } from '../bom/bom.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Diagram, Level } from '../model/types.ts';
import { checkDiagram } from '../rules/check.ts';
import type { CheckResult } from '../rules/finding.ts';
import { costDelta, priceBom, type CostDelta, type PricedBom } from '../prices/priced-bom.ts';
import type { PriceList } from '../prices/types.ts';
import { bomDelta, findingsDelta, type BomLineDelta, type FindingsDelta } from './delta.ts';
import { diffDiagrams, type DiagramDiff } from './diff.ts';
import { matchDiagrams } from './match.ts';

export interface CompareOptions {
  /** Check both designs at this level (else each at its own `meta.level`). */
  level?: Level;
  prices?: PriceList;
  /** Date prices are taken at for each side: its `meta.date`, else this (today, YYYY-MM-DD). */
  today: string;
}

export interface Comparison {
  diff: DiagramDiff;
  findings: FindingsDelta;
  /** Every BOM line of either side (quantities before → after); filter on before !== after for the change. */
  bom: BomLineDelta[];
  /** Only with a price list. */
  cost?: { before: PricedBom; after: PricedBom; delta: CostDelta[] };
  checks: { before: CheckResult; after: CheckResult };
}

export function compareDiagrams(a: Diagram, b: Diagram, catalog: Catalog, options: CompareOptions): Comparison {
  const match = matchDiagrams(a, b);
  const levelOption = options.level !== undefined ? { level: options.level } : {};
  const checks = { before: checkDiagram(a, catalog, levelOption), after: checkDiagram(b, catalog, levelOption) };
  const bomBefore = buildBom(a, catalog);
  const bomAfter = buildBom(b, catalog);
  const out: Comparison = {
    diff: diffDiagrams(a, b, match),
    findings: findingsDelta(a, b, catalog, { ...levelOption, match, checks }),
    bom: bomDelta(bomBefore, bomAfter, catalog),
    checks,
  };
  if (options.prices) {
    const before = priceBom(bomBefore, options.prices, { date: a.meta.date ?? options.today });
    const after = priceBom(bomAfter, options.prices, { date: b.meta.date ?? options.today });
    out.cost = { before, after, delta: costDelta(before, after) };
  }
  return out;
}
