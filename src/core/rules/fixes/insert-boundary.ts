/**
 * Put a boundary product (DDoS原生防护, Web应用防火墙, 云防火墙) into the path of traffic from the
 * Internet (or, for ABS-01 from an office or IDC, from every outside node) and rewire the edges.
 *
 * The usual chain is Internet → DDoS → WAF → 云防火墙 → DMZ. The "front" is the Internet nodes plus
 * the products earlier in that chain that Internet traffic reaches through the front; every traffic
 * edge leaving the front is redirected through the new product, which then carries it on to where it
 * went. Every walk from the Internet leaves the front over one of those edges, so afterwards every
 * walk meets the new product: the findings asking for it are gone. A WAF only takes web traffic
 * (HTTP, HTTPS or no protocol), as the ABS-05 walk does.
 */
import type { DiagramEdge, ProductNode } from '../../model/types.ts';
import { isWebEdge } from '../terms.ts';
import { addProduct, addProductAt } from './add-product.ts';
import { ensureEdgeZone, spotInChain } from './boundary-zone.ts';
import type { Draft } from '../../edit/draft.ts';
import type { InsertableProduct } from './fix.ts';
import { wireOf } from './wire.ts';
import { nearestZone, outsideZoneOf } from './zones.ts';

const EARLIER_IN_CHAIN: Record<InsertableProduct, readonly string[]> = {
  ddos_origin: [],
  waf: ['ddos_origin', 'ddos_pro'],
  cloud_firewall: ['ddos_origin', 'ddos_pro', 'waf'],
};

/** Traffic already going into one of these is protected as the rule asks; it is left alone. */
const ALREADY_PROTECTED: Record<InsertableProduct, readonly string[]> = {
  ddos_origin: ['ddos_origin', 'ddos_pro'],
  waf: ['waf'],
  cloud_firewall: ['cloud_firewall'],
};

export function insertBoundary(draft: Draft, product: InsertableProduct, fromOutside: boolean): void {
  const front = frontOf(draft, product, fromOutside);
  const boundary = draft.catalog.withRole('boundaryControl');
  const protectedBy = (id: string): boolean => {
    const node = draft.node(id);
    // Stryker disable next-line ConditionalExpression,OptionalChaining,BooleanLiteral: edges of a valid document end at products (references.ts); this only narrows the type
    if (node?.kind !== 'product') return false;
    // ABS-01 (from any outside node) is met by any boundary control.
    return ALREADY_PROTECTED[product].includes(node.product) || (fromOutside && boundary.has(node.product));
  };
  const entering = draft
    .allEdges()
    .filter((e) => e.kind === 'traffic' && front.has(e.source) && !front.has(e.target) && (product !== 'waf' || isWebEdge(e)) && !protectedBy(e.target));
  if (entering.length === 0) return;
  const zone = ensureEdgeZone(draft, entering);
  // Next to its neighbour on the path when that one is in the same zone (DDoS left of the WAF …).
  const spot = spotInChain(draft, zone.id, entering);
  const guard = spot ? addProductAt(draft, product, zone.id, spot) : addProduct(draft, product, zone.id);

  const inbound = new Map<string, string>(); // source + protocol + port → the edge now ending at the guard
  const outbound = new Set<string>(); // target + protocol + port of the guard's own edges
  for (const edge of entering) {
    const onward = pathKey(edge.target, edge);
    if (!outbound.has(onward)) {
      outbound.add(onward);
      draft.addEdge({ source: guard.id, target: edge.target, kind: 'traffic', ...wireOf(edge) });
    }
    const arriving = pathKey(edge.source, edge);
    if (inbound.has(arriving)) draft.removeEdge(edge.id);
    else {
      inbound.set(arriving, edge.id);
      draft.updateEdge(edge.id, (e) => ({ ...e, target: guard.id }));
    }
  }
}

/** One end of an edge and what it carries, as a key: edges alike in these take one path through the guard. */
function pathKey(end: string, edge: DiagramEdge): string {
  // Stryker disable next-line StringLiteral: any mark for an absent protocol or port works that no protocol name (an enum) or port number equals
  const [protocol, port] = [edge.protocol ?? '', edge.port ?? ''];
  return `${end} ${protocol} ${port}`;
}

/** Internet (or outside) nodes, then the earlier chain products traffic reaches through them. */
function frontOf(draft: Draft, product: InsertableProduct, fromOutside: boolean): Set<string> {
  // Stryker disable next-line OptionalChaining: every catalog product's category exists (catalog/build.ts refuses an unknown one)
  const external = new Set(draft.catalog.products.filter((p) => draft.catalog.category(p.category)?.external).map((p) => p.id));
  const isStart = (node: ProductNode): boolean => {
    if (fromOutside) {
      return external.has(node.product) || outsideZoneOf(draft, node.id) !== undefined;
    }
    return node.product === 'internet_user' || nearestZone(draft, node.id, 'internet') !== undefined;
  };
  const earlier = EARLIER_IN_CHAIN[product];
  const front = new Set<string>();
  for (const node of draft.allNodes()) {
    // Stryker disable next-line ConditionalExpression: a zone in the front would change nothing, as no edge starts or ends at a zone (references.ts)
    if (node.kind !== 'product') continue;
    if (isStart(node)) front.add(node.id);
  }
  const outgoing = new Map<string, DiagramEdge[]>();
  for (const edge of draft.allEdges()) {
    if (edge.kind !== 'traffic') continue;
    const list = outgoing.get(edge.source);
    if (list) list.push(edge);
    else outgoing.set(edge.source, [edge]);
  }
  // The walk: a Set's loop also visits what is added to it while it runs, each once.
  for (const id of front) {
    // Stryker disable next-line ArrayDeclaration: a stand-in item for a node with no edge out has no `target`, draft.node(undefined) is undefined, so it is skipped
    for (const edge of outgoing.get(id) ?? []) {
      const to = draft.node(edge.target);
      // Stryker disable next-line ConditionalExpression,OptionalChaining: edges of a valid document end at products (references.ts); this only narrows the type
      if (to?.kind !== 'product') continue;
      if (earlier.includes(to.product)) front.add(to.id);
    }
  }
  return front;
}
