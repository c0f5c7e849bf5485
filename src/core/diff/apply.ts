/**
 * Applying a diff to its old design gives the new design, with one rule for ids (`resultIds`): a
 * matched node or edge keeps its id in the old design (so the old design's history, selection and
 * waivers still name it); an added one keeps its id in the new design unless a matched one took
 * that id, then it gets the first free `<id>-2`, `<id>-3` … Everything else — fields, positions,
 * sizes, document order of nodes and edges, meta and the lists — is the new design's.
 * `alignIds(b, diff)` is the new design with exactly those ids: applyDiff(a, diffDiagrams(a, b))
 * equals alignIds(b, diffDiagrams(a, b)), and equals b itself when every match was by id.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../model/types.ts';
import type { DiagramDiff, FieldChange } from './diff.ts';

const MAX_ID = 64;

/** New design's id → id in the result of applyDiff, for every node and edge of the new design. */
export function resultIds(diff: DiagramDiff): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const [before, after] of [...diff.match.nodes, ...diff.match.edges]) {
    ids.set(after, before);
    used.add(before);
  }
  const newIds = new Set([...diff.order.nodes, ...diff.order.edges]);
  for (const id of [...diff.order.nodes, ...diff.order.edges]) {
    if (ids.has(id)) continue;
    let next = id;
    for (let n = 2; used.has(next) || (next !== id && newIds.has(next)); n++) {
      const suffix = `-${n}`;
      next = `${id.slice(0, MAX_ID - suffix.length)}${suffix}`;
    }
    ids.set(id, next);
    used.add(next);
  }
  return ids;
}

function rename(ids: ReadonlyMap<string, string>, id: string): string {
  return ids.get(id) ?? id;
}

function withNodeIds<T extends DiagramNode>(node: T, ids: ReadonlyMap<string, string>): T {
  const out = { ...node, id: rename(ids, node.id) };
  if (node.parent !== undefined) out.parent = rename(ids, node.parent);
  return out;
}

function withEdgeIds(edge: DiagramEdge, ids: ReadonlyMap<string, string>): DiagramEdge {
  return { ...edge, id: rename(ids, edge.id), source: rename(ids, edge.source), target: rename(ids, edge.target) };
}

function withWaiverIds(waivers: Diagram['waivers'], ids: ReadonlyMap<string, string>): Diagram['waivers'] {
  return waivers?.map((w) => (w.target === undefined ? { ...w } : { ...w, target: rename(ids, w.target) }));
}

/** The new design with the ids applyDiff gives it (see above). */
export function alignIds(b: Diagram, diff: DiagramDiff): Diagram {
  const ids = resultIds(diff);
  const out: Diagram = { ...b, nodes: b.nodes.map((n) => withNodeIds(n, ids)), edges: b.edges.map((e) => withEdgeIds(e, ids)) };
  if (b.waivers !== undefined) out.waivers = withWaiverIds(b.waivers, ids);
  return out;
}

/** Sets or clears `key` on a record copy. */
function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

const ID_FIELDS = new Set(['parent', 'source', 'target']);

function applyFields<T extends DiagramNode | DiagramEdge>(item: T, fields: readonly FieldChange[], ids: ReadonlyMap<string, string>): T {
  const out = { ...item } as Record<string, unknown>;
  let props = (item as { props?: Record<string, unknown> }).props;
  for (const change of fields) {
    const value = change.after !== undefined && ID_FIELDS.has(change.field) ? rename(ids, String(change.after)) : change.after;
    if (change.field.startsWith('props.')) {
      props = { ...props };
      assign(props, change.field.slice('props.'.length), value);
    } else assign(out, change.field, value);
  }
  if (props !== undefined) assign(out, 'props', Object.keys(props).length > 0 ? props : undefined);
  return out as T;
}

/** The new design rebuilt from the old one and the diff (ids: see above). Throws if `a` is not the diff's old design. */
export function applyDiff(a: Diagram, diff: DiagramDiff): Diagram {
  const ids = resultIds(diff);
  const oldNodes = new Map(a.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(a.edges.map((e) => [e.id, e]));
  const changes = new Map(diff.nodes.changed.map((c) => [c.before, c.fields]));
  const moves = new Map(diff.nodes.moved.map((m) => [m.before, m]));
  const edgeChanges = new Map(diff.edges.changed.map((c) => [c.before, c.fields]));
  const addedNodes = new Map(diff.nodes.added.map((n) => [n.id, n]));
  const addedEdges = new Map(diff.edges.added.map((e) => [e.id, e]));
  const oldOf = new Map([...diff.match.nodes, ...diff.match.edges].map(([before, after]) => [after, before]));
  const missing = (id: string): never => {
    throw new Error(`applyDiff: ${id} is not in the design the diff was made from`);
  };

  const nodes = diff.order.nodes.map((id): DiagramNode => {
    const before = oldOf.get(id);
    if (before === undefined) return withNodeIds(addedNodes.get(id) ?? missing(id), ids);
    let node = oldNodes.get(before) ?? missing(before);
    node = applyFields(node, changes.get(before) ?? [], ids);
    const move = moves.get(before);
    if (move?.position) node = { ...node, position: move.position.after };
    if (move?.size && node.kind === 'zone') node = { ...node, size: move.size.after };
    return node;
  });
  const edges = diff.order.edges.map((id): DiagramEdge => {
    const before = oldOf.get(id);
    if (before === undefined) return withEdgeIds(addedEdges.get(id) ?? missing(id), ids);
    return applyFields(oldEdges.get(before) ?? missing(before), edgeChanges.get(before) ?? [], ids);
  });

  const meta = { ...a.meta } as Record<string, unknown>;
  for (const change of diff.meta) assign(meta, change.field, change.after);
  const out = { ...a, meta: meta as unknown as Diagram['meta'], nodes, edges } as Diagram & Record<string, unknown>;
  if (diff.lists.waivers) assign(out, 'waivers', withWaiverIds(diff.lists.waivers.after, ids));
  if (diff.lists.manual) assign(out, 'manual', diff.lists.manual.after);
  if (diff.lists.certificates) assign(out, 'certificates', diff.lists.certificates.after);
  return out;
}
