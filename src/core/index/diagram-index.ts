/**
 * Derived structure of one document version, for the queries everything else asks: what a zone holds,
 * a node's ancestors, its security zone, region and VPC, the edges in and out of a node. Built in one
 * linear pass (each node's derived facts come from its parent's, parents settled first) and cached per
 * document object, so every reader of the same version shares one index.
 */
import { isSecurityZoneKind, type Diagram, type DiagramEdge, type DiagramNode, type ZoneNode } from '../model/types.ts';

export interface DiagramIndex {
  readonly doc: Diagram;
  node(id: string): DiagramNode | undefined;
  edge(id: string): DiagramEdge | undefined;
  /** Nodes ordered so that every parent comes before its children (document order otherwise). */
  readonly parentsFirst: readonly DiagramNode[];
  /** Top-level nodes, in document order. */
  readonly roots: readonly DiagramNode[];
  /** Direct children of a zone, in document order. */
  children(id: string): readonly DiagramNode[];
  /** Parent first, then its parent, up to the top. */
  ancestors(id: string): ZoneNode[];
  /** Whether `ancestorId` is a proper ancestor of `id`. */
  isAncestor(ancestorId: string, id: string): boolean;
  /** Number of ancestors. */
  depth(id: string): number;
  /** Nearest ancestor of a security-zone kind (edge dmz app data mgmt ops backup devtest). */
  securityZone(id: string): ZoneNode | undefined;
  /** Nearest `region` ancestor. */
  region(id: string): ZoneNode | undefined;
  /** Nearest `vpc` ancestor. */
  vpc(id: string): ZoneNode | undefined;
  /** Nearest `internet`, `office` or `idc` ancestor. */
  outsideZone(id: string): ZoneNode | undefined;
  /** Nearest `internet` ancestor. */
  internetZone(id: string): ZoneNode | undefined;
  outgoing(id: string): readonly DiagramEdge[];
  incoming(id: string): readonly DiagramEdge[];
}

interface Derived {
  depth: number;
  securityZone?: ZoneNode;
  region?: ZoneNode;
  vpc?: ZoneNode;
  outsideZone?: ZoneNode;
  internetZone?: ZoneNode;
}

const NONE: readonly never[] = Object.freeze([]);
const cache = new WeakMap<Diagram, DiagramIndex>();

/** The index of this document version (built on first use, then shared). */
export function indexOf(doc: Diagram): DiagramIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

/**
 * Expects a document that passed validation (unique ids, parents that exist and are zones, no
 * cycles). On anything else it still terminates: nodes it cannot place are treated as roots.
 */
export function buildIndex(doc: Diagram): DiagramIndex {
  const nodeById = new Map<string, DiagramNode>();
  for (const node of doc.nodes) nodeById.set(node.id, node);
  const edgeById = new Map<string, DiagramEdge>();
  for (const edge of doc.edges) edgeById.set(edge.id, edge);

  const childrenOf = new Map<string, DiagramNode[]>();
  const roots: DiagramNode[] = [];
  for (const node of doc.nodes) {
    const parent = node.parent === undefined ? undefined : nodeById.get(node.parent);
    if (parent && parent.kind === 'zone' && parent !== node) {
      const list = childrenOf.get(parent.id);
      if (list) list.push(node);
      else childrenOf.set(parent.id, [node]);
    } else roots.push(node);
  }

  // Breadth-first from the roots: parents are settled before their children, each node exactly once.
  const derived = new Map<string, Derived>();
  const parentsFirst: DiagramNode[] = [];
  for (const root of roots) {
    derived.set(root.id, { depth: 0 });
    parentsFirst.push(root);
  }
  for (let head = 0; head < parentsFirst.length; head++) {
    const zone = parentsFirst[head]!;
    const kids = childrenOf.get(zone.id);
    if (!kids || zone.kind !== 'zone') continue;
    const above = derived.get(zone.id)!;
    const here: Derived = {
      depth: above.depth + 1,
      securityZone: isSecurityZoneKind(zone.zone) ? zone : above.securityZone,
      region: zone.zone === 'region' ? zone : above.region,
      vpc: zone.zone === 'vpc' ? zone : above.vpc,
      outsideZone: zone.zone === 'internet' || zone.zone === 'office' || zone.zone === 'idc' ? zone : above.outsideZone,
      internetZone: zone.zone === 'internet' ? zone : above.internetZone,
    };
    for (const kid of kids) {
      if (derived.has(kid.id)) continue;
      derived.set(kid.id, here);
      parentsFirst.push(kid);
    }
  }

  // Only reachable in an invalid document (a parent cycle): such nodes count as top-level.
  for (const node of doc.nodes) {
    if (!derived.has(node.id)) {
      derived.set(node.id, { depth: 0 });
      parentsFirst.push(node);
    }
  }

  const outgoing = new Map<string, DiagramEdge[]>();
  const incoming = new Map<string, DiagramEdge[]>();
  for (const edge of doc.edges) {
    const out = outgoing.get(edge.source);
    if (out) out.push(edge);
    else outgoing.set(edge.source, [edge]);
    const inc = incoming.get(edge.target);
    if (inc) inc.push(edge);
    else incoming.set(edge.target, [edge]);
  }

  const facts = (id: string): Derived | undefined => derived.get(id);
  const parentZone = (node: DiagramNode | undefined): ZoneNode | undefined => {
    const parent = node?.parent === undefined ? undefined : nodeById.get(node.parent);
    return parent?.kind === 'zone' ? parent : undefined;
  };

  return {
    doc,
    node: (id) => nodeById.get(id),
    edge: (id) => edgeById.get(id),
    parentsFirst,
    roots,
    children: (id) => childrenOf.get(id) ?? NONE,
    ancestors(id) {
      const out: ZoneNode[] = [];
      const depth = facts(id)?.depth ?? 0;
      for (let zone = parentZone(nodeById.get(id)); zone && out.length < depth; zone = parentZone(zone)) out.push(zone);
      return out;
    },
    isAncestor(ancestorId, id) {
      const depth = facts(id)?.depth ?? 0;
      let steps = 0;
      for (let zone = parentZone(nodeById.get(id)); zone && steps < depth; zone = parentZone(zone), steps++) {
        if (zone.id === ancestorId) return true;
      }
      return false;
    },
    depth: (id) => facts(id)?.depth ?? 0,
    securityZone: (id) => facts(id)?.securityZone,
    region: (id) => facts(id)?.region,
    vpc: (id) => facts(id)?.vpc,
    outsideZone: (id) => facts(id)?.outsideZone,
    internetZone: (id) => facts(id)?.internetZone,
    outgoing: (id) => outgoing.get(id) ?? NONE,
    incoming: (id) => incoming.get(id) ?? NONE,
  };
}
