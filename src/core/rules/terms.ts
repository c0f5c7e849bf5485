/**
 * The terms of `shared/spec/rules.md` ("Terms used below") that do not need the whole document:
 * which protocols are encrypted, which ports and protocols are high-risk, log retention, edition ranks, regions.
 * Everything that needs the document (outside node, backup copy …) is in `context.ts`.
 */
import type { Product } from '../catalog/types.ts';
import type { DiagramEdge, ZoneNode } from '../model/types.ts';

/** The format's own definitions (file-format.md, `encrypted`), shared with the editor. */
export { DATABASE_PROTOCOLS, ENCRYPTED_PROTOCOLS } from '../model/encryption.ts';
/** The standard's numbers and sets (standard/terms.ts). */
export { HIGH_RISK_PORTS, HIGH_RISK_PROTOCOLS, REQUIRED_RETENTION_DAYS } from '../standard/terms.ts';

/** ABS-05: the walk towards a WAF follows only web traffic (protocol HTTP, HTTPS or not given). */
export function isWebEdge(edge: DiagramEdge): boolean {
  return edge.protocol === undefined || edge.protocol === 'HTTP' || edge.protocol === 'HTTPS';
}

/**
 * Two nodes are in different regions when both have a region and those are different `region` nodes
 * whose `regionId`s differ; a region without `regionId` differs from every other region node.
 */
export function differentRegions(a: ZoneNode | undefined, b: ZoneNode | undefined): boolean {
  if (!a || !b || a === b) return false;
  const x = a.props?.regionId;
  const y = b.props?.regionId;
  // Stryker disable next-line LogicalOperator,ConditionalExpression: x !== y already holds when only one is undefined; when both are, either test alone says so
  return x === undefined || y === undefined || x !== y;
}

/** Rank of an edition in the product's ladder (catalog `rank`); an unknown edition ranks lowest. */
export function editionRank(product: Product | undefined, edition: string | undefined): number {
  const editions = product?.editions;
  if (!editions) return -1;
  const id = edition ?? editions.default;
  return editions.list.find((e) => e.id === id)?.rank ?? -1;
}
