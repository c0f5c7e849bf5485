/**
 * "经 运维安全中心（堡垒机）运维": a bastion host (MFA on) in the management zone of the servers' VPC,
 * and every management edge into a server or database that bypassed it routed through it: the
 * operator's edge now ends at the bastion host, which holds the edge on to the managed node.
 */
import type { DiagramEdge, ProductNode } from '../../model/types.ts';
import { compareIds } from '../../model/compare-ids.ts';
import { addProduct, productsOf } from './add-product.ts';
import type { Draft } from '../../edit/draft.ts';
import { wireOf } from './wire.ts';
import { ensureMgmtZone, nearestZone, securityZoneOf, zonesOfKind } from './zones.ts';

/** What an edge key says for a missing protocol or port. */
// Stryker disable next-line StringLiteral: any placeholder that no protocol or port spells does the same
const NONE = '';

export function routeThroughBastion(draft: Draft): void {
  const compute = draft.catalog.withRole('compute');
  const database = draft.catalog.withRole('database');
  const managed = (id: string) => {
    const node = draft.node(id);
    // Stryker disable next-line OptionalChaining: an edge's ends exist in any document the reader accepts (file-format.md)
    return node?.kind === 'product' && (compute.has(node.product) || database.has(node.product));
  };
  // Stryker disable OptionalChaining: an edge's ends exist in any document the reader accepts (file-format.md)
  const bypassing = draft
    .allEdges()
    .filter((e) => e.kind === 'management' && managed(e.target) && (draft.node(e.source) as ProductNode | undefined)?.product !== 'bastionhost');
  // Stryker restore OptionalChaining
  const bastion = findOrAddBastion(draft, bypassing);

  // Management edges by ends, protocol and port, counted and kept in step with the edges the changes
  // below add: asking the draft's edges each time would be quadratic in the number of bypassing edges.
  // Only keys from the bastion host to a managed node, or from an operator to the bastion host, are
  // asked about; the edges below lose neither kind (they go from an operator to a managed node).
  const drawn = new Map<string, number>();
  const keyOf = (source: string, target: string, edge: DiagramEdge) => `${source}|${target}|${edge.protocol ?? NONE}|${edge.port ?? NONE}`;
  const count = (key: string, by: number) => drawn.set(key, (drawn.get(key) ?? 0) + by);
  for (const e of draft.allEdges()) if (e.kind === 'management') count(keyOf(e.source, e.target, e), 1);
  const has = (source: string, target: string, edge: DiagramEdge) => (drawn.get(keyOf(source, target, edge)) ?? 0) > 0;
  for (const edge of bypassing) {
    // The managed node keeps its connection, now from the bastion host.
    if (!has(bastion.id, edge.target, edge)) {
      draft.addEdge({ source: bastion.id, target: edge.target, kind: 'management', ...wireOf(edge) });
      count(keyOf(bastion.id, edge.target, edge), 1);
    }
    // The operator's side ends at the bastion host (one edge per operator, protocol and port). Its
    // source is never a bastion host: those edges do not bypass it.
    if (has(edge.source, bastion.id, edge)) {
      draft.removeEdge(edge.id);
    } else {
      draft.updateEdge(edge.id, (e) => ({ ...e, target: bastion.id }));
      count(keyOf(edge.source, bastion.id, edge), 1);
    }
  }
}

/**
 * The bastion host to use: one already in a management zone, else any drawn; else a new one (MFA on,
 * as level 3 requires) in the management zone of the VPC of the first managed server.
 */
function findOrAddBastion(draft: Draft, bypassing: DiagramEdge[]): ProductNode {
  const drawn = productsOf(draft, 'bastionhost');
  const existing = drawn.find((b) => securityZoneOf(draft, b.id)?.zone === 'mgmt') ?? drawn[0];
  if (existing) return existing;
  const compute = draft.catalog.withRole('compute');
  const servers = draft
    .allNodes()
    .filter((n) => n.kind === 'product' && compute.has(n.product))
    .sort((a, b) => compareIds(a.id, b.id));
  const candidates = [...bypassing.map((e) => e.target), ...servers.map((n) => n.id)];
  const vpc = candidates.map((id) => nearestZone(draft, id, 'vpc')).find((z) => z !== undefined) ?? zonesOfKind(draft, 'vpc')[0];
  const home = vpc ? ensureMgmtZone(draft, vpc.id).id : undefined;
  return addProduct(draft, 'bastionhost', home, { mfa: true });
}
