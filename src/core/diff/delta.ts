/**
 * What a change does to the 等保 check and the bill of materials: findings that appear and go (the
 * same finding is the same rule on the same things — targets mapped through the node/edge match —
 * and, for findings about the whole design, the same message), findings that stay but changed
 * severity, clause or waiver (a level change turns warnings into errors), readiness per layer before
 * → after, and the BOM line by line.
 */
import { buildBom, type BomLine } from '../bom/bom.ts';
import type { Catalog } from '../catalog/types.ts';
import { compareIds } from '../model/compare-ids.ts';
import type { Diagram, Level } from '../model/types.ts';
import { LAYERS, type Layer } from '../standard/catalogue.ts';
import { checkDiagram } from '../rules/check.ts';
import type { CheckResult, Finding, LayerReadiness } from '../rules/finding.ts';
import { matchDiagrams, type DiagramMatch } from './match.ts';

export interface FindingChange {
  before: Finding;
  after: Finding;
}

export interface FindingsDelta {
  /** Levels the two sides were checked at. */
  level: { before: Level; after: Level };
  /** Findings of the new design that the old one did not have (targets: new ids), in check order. */
  appear: Finding[];
  /** Findings of the old design that the new one no longer has (targets: old ids), in check order. */
  go: Finding[];
  /** Findings on both sides whose severity, clause or waiver differ. */
  changed: FindingChange[];
  /** Open (unwaived) findings by severity, before and after. */
  summary: { before: CheckResult['summary']; after: CheckResult['summary'] };
  readiness: Record<Layer, { before: LayerReadiness; after: LayerReadiness }>;
}

export interface DeltaOptions {
  /** Check both designs at this level instead of each one's own `meta.level`. */
  level?: Level;
  /** The match to use; computed when not given. */
  match?: DiagramMatch;
  /** Check results already at hand (same level as above), to save a run. */
  checks?: { before: CheckResult; after: CheckResult };
}

/** A finding's identity in the new design's ids; old ids without a match never equal a new id. */
function identity(finding: Finding, map: (id: string) => string): string {
  const targets = finding.targets.map(map);
  return JSON.stringify([finding.rule, targets, targets.length === 0 ? finding.messageKey : '']);
}

export function findingsDelta(a: Diagram, b: Diagram, catalog: Catalog, options: DeltaOptions = {}): FindingsDelta {
  const match = options.match ?? matchDiagrams(a, b);
  const levelOption = options.level !== undefined ? { level: options.level } : {};
  const before = options.checks?.before ?? checkDiagram(a, catalog, levelOption);
  const after = options.checks?.after ?? checkDiagram(b, catalog, levelOption);
  const mapOld = (id: string) => match.nodes.get(id) ?? match.edges.get(id) ?? `\u0000${id}`;

  // Multisets: the same rule may report the same targets more than once (different messages).
  const waiting = new Map<string, Finding[]>();
  for (const finding of before.findings) {
    const key = identity(finding, mapOld);
    const list = waiting.get(key);
    if (list) list.push(finding);
    else waiting.set(key, [finding]);
  }
  const appear: Finding[] = [];
  const changed: FindingChange[] = [];
  const stayed = new Set<Finding>();
  for (const finding of after.findings) {
    const old = waiting.get(identity(finding, (id) => id))?.shift();
    if (old === undefined) {
      appear.push(finding);
      continue;
    }
    stayed.add(old);
    if (old.severity !== finding.severity || old.clause !== finding.clause || old.waived !== finding.waived) changed.push({ before: old, after: finding });
  }
  const readiness = Object.fromEntries(LAYERS.map((layer) => [layer, { before: before.readiness[layer], after: after.readiness[layer] }])) as FindingsDelta['readiness'];
  return {
    level: { before: before.level, after: after.level },
    appear,
    go: before.findings.filter((f) => !stayed.has(f)),
    changed,
    summary: { before: before.summary, after: after.summary },
    readiness,
  };
}

/** One BOM line (product, edition, spec) on either side; quantity 0 where the side has none. */
export interface BomLineDelta {
  product: string;
  edition?: string;
  spec?: string;
  before: number;
  after: number;
  /** The lines themselves, for names, units and prices. */
  old?: BomLine;
  new?: BomLine;
}

export const bomKey = (line: Pick<BomLine, 'product' | 'edition' | 'spec'>): string => JSON.stringify([line.product, line.edition ?? null, line.spec ?? null]);

/**
 * Every line of either BOM, in the catalog's order (as buildBom orders lines), with its quantity
 * before and after; `changedOnly` keeps the lines whose quantity differs.
 */
export function bomDelta(before: readonly BomLine[], after: readonly BomLine[], catalog: Catalog, changedOnly = false): BomLineDelta[] {
  const lines = new Map<string, BomLineDelta>();
  const entry = (line: BomLine) => {
    const key = bomKey(line);
    let out = lines.get(key);
    if (!out) {
      out = { product: line.product, ...(line.edition !== undefined ? { edition: line.edition } : {}), ...(line.spec !== undefined ? { spec: line.spec } : {}), before: 0, after: 0 };
      lines.set(key, out);
    }
    return out;
  };
  for (const line of before) Object.assign(entry(line), { before: line.quantity, old: line });
  for (const line of after) Object.assign(entry(line), { after: line.quantity, new: line });
  const productOrder = new Map(catalog.products.map((p, i) => [p.id, i]));
  const editionOrder = (line: BomLineDelta) => catalog.product(line.product)?.editions?.list.findIndex((e) => e.id === line.edition) ?? -1;
  return [...lines.values()]
    .filter((line) => !changedOnly || line.before !== line.after)
    .sort((x, y) => (productOrder.get(x.product) ?? -1) - (productOrder.get(y.product) ?? -1) || editionOrder(x) - editionOrder(y) || compareIds(x.spec ?? '', y.spec ?? ''));
}

/** The BOM of both designs, line by line. */
export function diagramBomDelta(a: Diagram, b: Diagram, catalog: Catalog, changedOnly = false): BomLineDelta[] {
  return bomDelta(buildBom(a, catalog), buildBom(b, catalog), catalog, changedOnly);
}
