/**
 * Derived structure of one document version, for the queries everything else asks: what a zone holds,
 * a node's ancestors, its security zone, region and VPC, the edges in and out of a node. Built in one
 * linear pass over flat arrays (each node's derived facts come from its parent's, parents settled
 * first) and cached per document object, so every reader of the same version shares one index. Lists
 * (children, edges of a node) are cut from compact arrays when first asked for.
 */
import { isOutsideZoneKind, isSecurityZoneKind, type Diagram, type DiagramEdge, type DiagramNode, type ZoneNode } from '../model/types.ts';
import { memoByObject } from '../model/memo.ts';
import { rows, type Rows } from './rows.ts';

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
  /** A node's position in `doc.nodes` (-1: no such node); numbered views of the document build on it. */
  position(id: string): number;
  /**
   * Positions (in `doc.nodes`) of each edge's source and target, by the edge's index in `doc.edges`;
   * -1 for an end that names no node. Shared with every reader: never written to.
   */
  readonly edgeEnds: { readonly source: Int32Array; readonly target: Int32Array };
}

const NONE: readonly never[] = Object.freeze([]);
/** The index of this document version (built on first use, then shared). */
export const indexOf: (doc: Diagram) => DiagramIndex = memoByObject((doc: Diagram) => buildIndex(doc));

/**
 * Expects a document that passed validation (unique ids, parents that exist and are zones, no
 * cycles). On anything else it still terminates: nodes it cannot place are treated as roots.
 */
export function buildIndex(doc: Diagram): DiagramIndex {
  const nodes = doc.nodes;
  const n = nodes.length;
  // Backwards, so that of two nodes with one id (only in an invalid document) the first one stays.
  const at = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) at.set(nodes[i]!.id, i);

  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = nodes[i]!.parent;
    if (p === undefined) continue;
    const j = at.get(p);
    if (j !== undefined && j !== i && nodes[j]!.kind === 'zone') parent[i] = j;
  }
  const kids = rows(n, parent);

  // Breadth-first from the roots: parents are settled before their children, each node exactly once.
  // For every node, the nearest zone of each kind the rules ask about (-1: none).
  const depth = new Int32Array(n);
  const security = new Int32Array(n).fill(-1);
  const region = new Int32Array(n).fill(-1);
  const vpc = new Int32Array(n).fill(-1);
  const outside = new Int32Array(n).fill(-1);
  const internet = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const placed = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (parent[i] === -1) {
      order[count++] = i;
      placed[i] = 1;
    }
  }
  const rootCount = count;
  for (let head = 0; head < count; head++) {
    const z = order[head]!;
    const zone = nodes[z]!;
    if (zone.kind !== 'zone') continue;
    const kind = zone.zone;
    const sec = isSecurityZoneKind(kind) ? z : security[z]!;
    const reg = kind === 'region' ? z : region[z]!;
    const vp = kind === 'vpc' ? z : vpc[z]!;
    const out = isOutsideZoneKind(kind) ? z : outside[z]!;
    const net = kind === 'internet' ? z : internet[z]!;
    for (let k = kids.start[z]!; k < kids.start[z + 1]!; k++) {
      const c = kids.items[k]!;
      if (placed[c]) continue;
      placed[c] = 1;
      depth[c] = depth[z]! + 1;
      security[c] = sec;
      region[c] = reg;
      vpc[c] = vp;
      outside[c] = out;
      internet[c] = net;
      order[count++] = c;
    }
  }
  // Only reachable in an invalid document (a parent cycle): such nodes count as top-level.
  for (let i = 0; i < n && count < n; i++) if (!placed[i]) order[count++] = i;

  // Cut when first asked for: the checker never needs them, the canvas and exports do.
  let parentsFirst: DiagramNode[] | undefined;
  let roots: DiagramNode[] | undefined;

  const edges = doc.edges;
  const sourceOf = new Int32Array(edges.length);
  const targetOf = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    sourceOf[e] = at.get(edges[e]!.source) ?? -1;
    targetOf[e] = at.get(edges[e]!.target) ?? -1;
  }
  let outRows: Rows | undefined;
  let inRows: Rows | undefined;
  let edgeById: Map<string, DiagramEdge> | undefined;
  const listCache = new Map<string, readonly (DiagramNode | DiagramEdge)[]>();

  const zoneAt = (i: number): ZoneNode | undefined => (i < 0 ? undefined : (nodes[i] as ZoneNode));
  const edgesOf = (id: string, which: 'out' | 'in'): readonly DiagramEdge[] => {
    const i = at.get(id);
    if (i === undefined) return NONE;
    const key = `${which}:${id}`;
    const known = listCache.get(key) as readonly DiagramEdge[] | undefined;
    if (known) return known;
    const r = which === 'out' ? (outRows ??= rows(n, sourceOf)) : (inRows ??= rows(n, targetOf));
    const list = r.start[i] === r.start[i + 1] ? NONE : Array.from(r.items.subarray(r.start[i]!, r.start[i + 1]!), (e) => edges[e]!);
    listCache.set(key, list);
    return list;
  };
  const parentOf = (i: number) => parent[i]!;

  return {
    doc,
    node: (id) => {
      const i = at.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    edge: (id) => {
      if (!edgeById) {
        edgeById = new Map();
        for (const edge of edges) edgeById.set(edge.id, edge);
      }
      return edgeById.get(id);
    },
    get parentsFirst() {
      return (parentsFirst ??= Array.from(order, (i) => nodes[i]!));
    },
    get roots() {
      return (roots ??= Array.from(order.subarray(0, rootCount), (i) => nodes[i]!));
    },
    children(id) {
      const i = at.get(id);
      if (i === undefined || kids.start[i] === kids.start[i + 1]) return NONE;
      const key = `kids:${id}`;
      const known = listCache.get(key) as readonly DiagramNode[] | undefined;
      if (known) return known;
      const list = Array.from(kids.items.subarray(kids.start[i]!, kids.start[i + 1]!), (c) => nodes[c]!);
      listCache.set(key, list);
      return list;
    },
    ancestors(id) {
      const out: ZoneNode[] = [];
      const i = at.get(id);
      if (i === undefined) return out;
      for (let p = parentOf(i), steps = depth[i]!; p >= 0 && steps > 0; p = parentOf(p), steps--) out.push(nodes[p] as ZoneNode);
      return out;
    },
    isAncestor(ancestorId, id) {
      const i = at.get(id);
      const a = at.get(ancestorId);
      if (i === undefined || a === undefined) return false;
      for (let p = parentOf(i), steps = depth[i]!; p >= 0 && steps > 0; p = parentOf(p), steps--) if (p === a) return true;
      return false;
    },
    depth: (id) => {
      const i = at.get(id);
      return i === undefined ? 0 : depth[i]!;
    },
    securityZone: (id) => zoneAt(security[at.get(id) ?? -1] ?? -1),
    region: (id) => zoneAt(region[at.get(id) ?? -1] ?? -1),
    vpc: (id) => zoneAt(vpc[at.get(id) ?? -1] ?? -1),
    outsideZone: (id) => zoneAt(outside[at.get(id) ?? -1] ?? -1),
    internetZone: (id) => zoneAt(internet[at.get(id) ?? -1] ?? -1),
    outgoing: (id) => edgesOf(id, 'out'),
    incoming: (id) => edgesOf(id, 'in'),
    position: (id) => at.get(id) ?? -1,
    edgeEnds: { source: sourceOf, target: targetOf },
  };
}
