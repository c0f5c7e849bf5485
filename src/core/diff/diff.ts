/**
 * The change from one design to another (see index.ts for the contract): nodes and edges added,
 * removed and changed (field by field), nodes only moved or resized apart (geometry is not a design
 * change), meta changes, and the lists (waivers, manual checks, certificates) replaced whole when
 * they differ. Values of the new design keep its ids (a changed parent or edge end names the new
 * design's node); `match` says which old id is which new one.
 */
import type { Diagram, DiagramEdge, DiagramMeta, DiagramNode, Position, Size } from '../model/types.ts';
import { compareIds } from '../model/compare-ids.ts';
import { matchDiagrams, type DiagramMatch } from './match.ts';

export type FieldValue = string | number | boolean;

/** One field that differs; `before`/`after` absent means the field is not set on that side. */
export interface FieldChange {
  /** `product`, `zone`, `label`, `parent`, `quantity`, `props.<name>` for nodes; `source`, `target`, `kind`, `protocol`, `port`, `encrypted`, `mode`, `label` for edges; the meta key for meta. */
  field: string;
  before?: FieldValue;
  after?: FieldValue;
}

export interface NodeChange {
  /** Id in the old design. */
  before: string;
  /** Id in the new design. */
  after: string;
  /** In a fixed order: kind fields, label, parent, quantity, then props in the format's order. */
  fields: FieldChange[];
}

/** A matched node whose position (relative to its parent) or size changed: layout, not design. */
export interface NodeMove {
  before: string;
  after: string;
  position?: { before: Position; after: Position };
  size?: { before: Size; after: Size };
}

export interface EdgeChange {
  before: string;
  after: string;
  fields: FieldChange[];
}

export interface ListChange<T> {
  before: T[] | undefined;
  /** As in the new design (waiver targets are its ids). */
  after: T[] | undefined;
}

export interface DiagramDiff {
  meta: FieldChange[];
  nodes: {
    /** Nodes only in the new design, in its document order, as they are there. */
    added: DiagramNode[];
    /** Nodes only in the old design, in its document order. */
    removed: DiagramNode[];
    changed: NodeChange[];
    moved: NodeMove[];
  };
  edges: { added: DiagramEdge[]; removed: DiagramEdge[]; changed: EdgeChange[] };
  lists: {
    waivers?: ListChange<NonNullable<Diagram['waivers']>[number]>;
    manual?: ListChange<NonNullable<Diagram['manual']>[number]>;
    certificates?: ListChange<NonNullable<Diagram['certificates']>[number]>;
  };
  /** Every matched pair [old id, new id], by old id; changed or not. */
  match: { nodes: [string, string][]; edges: [string, string][] };
  /** The new design's ids in its document order (applyDiff restores that order). */
  order: { nodes: string[]; edges: string[] };
}

export const META_FIELDS = ['title', 'level', 'platform', 'organization', 'author', 'version', 'date', 'description'] as const satisfies readonly (keyof DiagramMeta)[];
const PRODUCT_PROPS = ['edition', 'spec', 'multiAZ', 'publicIp', 'encryption', 'ssl', 'localBackup', 'sqlAudit', 'mfa', 'retentionDays', 'important', 'personalData'];
const ZONE_PROPS = ['cidr', 'regionId', 'purpose', 'importance'];
export const EDGE_FIELDS = ['source', 'target', 'kind', 'protocol', 'port', 'encrypted', 'mode', 'label'] as const satisfies readonly (keyof DiagramEdge)[];

function field(out: FieldChange[], name: string, before: FieldValue | undefined, after: FieldValue | undefined): void {
  if (before === after) return;
  out.push({ field: name, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
}

/** Props keys in the format's order, then any others (by name) so nothing is missed. */
function propKeys(known: readonly string[], a: object | undefined, b: object | undefined): string[] {
  const present = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort(compareIds)];
}

function nodeFields(a: DiagramNode, b: DiagramNode, nodes: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  if (a.kind === 'product' && b.kind === 'product') field(out, 'product', a.product, b.product);
  if (a.kind === 'zone' && b.kind === 'zone') field(out, 'zone', a.zone, b.zone);
  field(out, 'label', a.label, b.label);
  // The parent is the same when the old parent is matched to the new one.
  const parentBefore = a.parent === undefined ? undefined : (nodes.get(a.parent) ?? `\u0000${a.parent}`);
  if (parentBefore !== b.parent) out.push({ field: 'parent', ...(a.parent !== undefined ? { before: a.parent } : {}), ...(b.parent !== undefined ? { after: b.parent } : {}) });
  if (a.kind === 'product' && b.kind === 'product') field(out, 'quantity', a.quantity, b.quantity);
  const aProps = a.props as Record<string, FieldValue> | undefined;
  const bProps = b.props as Record<string, FieldValue> | undefined;
  for (const key of propKeys(a.kind === 'zone' ? ZONE_PROPS : PRODUCT_PROPS, aProps, bProps)) field(out, `props.${key}`, aProps?.[key], bProps?.[key]);
  return out;
}

function moveOf(a: DiagramNode, b: DiagramNode): NodeMove | undefined {
  const move: NodeMove = { before: a.id, after: b.id };
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) move.position = { before: a.position, after: b.position };
  if (a.kind === 'zone' && b.kind === 'zone' && (a.size.width !== b.size.width || a.size.height !== b.size.height)) move.size = { before: a.size, after: b.size };
  return move.position || move.size ? move : undefined;
}

function edgeFields(a: DiagramEdge, b: DiagramEdge, nodes: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const name of EDGE_FIELDS) {
    if (name === 'source' || name === 'target') {
      if (nodes.get(a[name]) !== b[name]) out.push({ field: name, before: a[name], after: b[name] });
    } else field(out, name, a[name], b[name]);
  }
  return out;
}

/** A waiver as the new design would write it: its target mapped through the match. */
function mapTarget(target: string | undefined, match: DiagramMatch): string | undefined {
  if (target === undefined) return undefined;
  return match.nodes.get(target) ?? match.edges.get(target) ?? `\u0000${target}`;
}

export function diffDiagrams(a: Diagram, b: Diagram, match: DiagramMatch = matchDiagrams(a, b)): DiagramDiff {
  const bNodes = new Map(b.nodes.map((n) => [n.id, n]));
  const bEdges = new Map(b.edges.map((e) => [e.id, e]));
  const matchedNew = new Set(match.nodes.values());
  const matchedNewEdges = new Set(match.edges.values());

  const meta: FieldChange[] = [];
  for (const key of META_FIELDS) field(meta, key, a.meta[key], b.meta[key]);

  const changed: NodeChange[] = [];
  const moved: NodeMove[] = [];
  const removed: DiagramNode[] = [];
  for (const node of a.nodes) {
    const id = match.nodes.get(node.id);
    if (id === undefined) {
      removed.push(node);
      continue;
    }
    const other = bNodes.get(id)!;
    const fields = nodeFields(node, other, match.nodes);
    if (fields.length > 0) changed.push({ before: node.id, after: id, fields });
    const move = moveOf(node, other);
    if (move) moved.push(move);
  }

  const edgeChanges: EdgeChange[] = [];
  const removedEdges: DiagramEdge[] = [];
  for (const edge of a.edges) {
    const id = match.edges.get(edge.id);
    if (id === undefined) {
      removedEdges.push(edge);
      continue;
    }
    const fields = edgeFields(edge, bEdges.get(id)!, match.nodes);
    if (fields.length > 0) edgeChanges.push({ before: edge.id, after: id, fields });
  }

  const lists: DiagramDiff['lists'] = {};
  const mappedWaivers = a.waivers?.map((w) => ({ ...w, ...(w.target !== undefined ? { target: mapTarget(w.target, match) } : {}) }));
  if (JSON.stringify(mappedWaivers) !== JSON.stringify(b.waivers)) lists.waivers = { before: a.waivers, after: b.waivers };
  if (JSON.stringify(a.manual) !== JSON.stringify(b.manual)) lists.manual = { before: a.manual, after: b.manual };
  if (JSON.stringify(a.certificates) !== JSON.stringify(b.certificates)) lists.certificates = { before: a.certificates, after: b.certificates };

  const pairs = (m: ReadonlyMap<string, string>) => [...m.entries()].sort((x, y) => compareIds(x[0], y[0]));
  return {
    meta,
    nodes: { added: b.nodes.filter((n) => !matchedNew.has(n.id)), removed, changed, moved },
    edges: { added: b.edges.filter((e) => !matchedNewEdges.has(e.id)), removed: removedEdges, changed: edgeChanges },
    lists,
    match: { nodes: pairs(match.nodes), edges: pairs(match.edges) },
    order: { nodes: b.nodes.map((n) => n.id), edges: b.edges.map((e) => e.id) },
  };
}

/** No design change and no move: the two designs are the same up to the ids of matched nodes and document order. */
export function isEmptyDiff(diff: DiagramDiff): boolean {
  return (
    diff.meta.length === 0 &&
    diff.nodes.added.length === 0 && diff.nodes.removed.length === 0 && diff.nodes.changed.length === 0 && diff.nodes.moved.length === 0 &&
    diff.edges.added.length === 0 && diff.edges.removed.length === 0 && diff.edges.changed.length === 0 &&
    Object.keys(diff.lists).length === 0
  );
}
