/**
 * The flows a 系统拓扑结构及说明 describes, read from the edges: the main access paths (traffic walks
 * from the outside in, e.g. 互联网用户 → DDoS → WAF → 云防火墙 → SLB → ECS → RDS), the operations paths
 * (management edges from the operators' side), the log and audit flows (by the store they end in) and
 * the backup and DR copies. The traffic walk is the checker's (rules/reach.ts: follow `traffic` edges
 * forward from the outside); here each walk is kept as a path, every simple path once, bounded so a
 * dense diagram cannot make the document explode.
 */
import type { Catalog } from '../catalog/types.ts';
import { indexOf, type DiagramIndex } from '../index/diagram-index.ts';
import type { Diagram, DiagramEdge, EdgeKind, ZoneNode } from '../model/types.ts';

/** Enough paths to describe a design; more would be noise in the filing. */
export const MAX_PATHS = 24;
const MAX_STEPS = 16;

export interface FlowPath {
  /** Product ids, first to last. */
  nodes: string[];
  /** The edges between them (one fewer). */
  edges: DiagramEdge[];
}

export interface Flows {
  access: FlowPath[];
  operations: FlowPath[];
  /** Log and audit flows by the store they end in: the store and its sources. */
  logs: { target: string; sources: DiagramEdge[] }[];
  backups: DiagramEdge[];
  /** Whether a list was cut at MAX_PATHS. */
  truncated: boolean;
}

/** The zone a node is described in: its security zone, else its outside zone, else its nearest zone. */
export function placeOf(index: DiagramIndex, id: string): ZoneNode | undefined {
  return index.securityZone(id) ?? index.outsideZone(id) ?? index.ancestors(id)[0];
}

function isOutside(index: DiagramIndex, catalog: Catalog, id: string): boolean {
  const node = index.node(id);
  if (node?.kind !== 'product') return false;
  const product = catalog.product(node.product);
  return (product !== undefined && catalog.category(product.category)?.external === true) || index.outsideZone(id) !== undefined;
}

function walkPaths(index: DiagramIndex, kind: EdgeKind, starts: string[], stopAt: (id: string) => boolean): { paths: FlowPath[]; truncated: boolean } {
  const paths: FlowPath[] = [];
  let truncated = false;
  const onPath = new Set<string>();
  const nodes: string[] = [];
  const edges: DiagramEdge[] = [];
  const visit = (id: string): void => {
    if (paths.length >= MAX_PATHS) {
      truncated = true;
      return;
    }
    onPath.add(id);
    nodes.push(id);
    const next = nodes.length === 1 || !stopAt(id) ? index.outgoing(id).filter((e) => e.kind === kind && !onPath.has(e.target)) : [];
    if (next.length === 0 || nodes.length >= MAX_STEPS) {
      if (nodes.length > 1) paths.push({ nodes: [...nodes], edges: [...edges] });
    } else {
      for (const edge of next) {
        edges.push(edge);
        visit(edge.target);
        edges.pop();
      }
    }
    nodes.pop();
    onPath.delete(id);
  };
  for (const start of starts) visit(start);
  return { paths, truncated };
}

export function diagramFlows(doc: Diagram, catalog: Catalog): Flows {
  const index = indexOf(doc);
  const products = doc.nodes.filter((n) => n.kind === 'product');
  const has = (id: string, kind: EdgeKind, direction: 'in' | 'out') => (direction === 'in' ? index.incoming(id) : index.outgoing(id)).some((e) => e.kind === kind);

  // Access paths start outside (as the checker's reach walks do); a design with no outside actor
  // starts where traffic begins. A path ends at the first other outside node (the way out).
  const outside = (id: string) => isOutside(index, catalog, id);
  let accessStarts = products.filter((n) => outside(n.id) && has(n.id, 'traffic', 'out')).map((n) => n.id);
  if (accessStarts.length === 0) accessStarts = products.filter((n) => has(n.id, 'traffic', 'out') && !has(n.id, 'traffic', 'in')).map((n) => n.id);
  const access = walkPaths(index, 'traffic', accessStarts, outside);

  const opsStarts = products.filter((n) => has(n.id, 'management', 'out') && !has(n.id, 'management', 'in')).map((n) => n.id);
  const operations = walkPaths(index, 'management', opsStarts, () => false);

  const logs = new Map<string, DiagramEdge[]>();
  for (const edge of doc.edges) {
    if (edge.kind !== 'log') continue;
    const list = logs.get(edge.target) ?? [];
    list.push(edge);
    logs.set(edge.target, list);
  }
  return {
    access: access.paths,
    operations: operations.paths,
    logs: [...logs].map(([target, sources]) => ({ target, sources })),
    backups: doc.edges.filter((e) => e.kind === 'backup'),
    truncated: access.truncated || operations.truncated,
  };
}
