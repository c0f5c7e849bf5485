/**
 * What the compare view's canvas marks (issue 14), derived from a diff: every node and edge of the
 * newer design as added, changed (with its changed fields) or the same; and the removed ones as
 * ghosts drawn where they were in the older design (absolute positions, since their parent may be
 * gone too). Ghosts are drawing only: they never enter a document, and ghost edges end on the newer
 * design's node when that end was matched, else on the end's own ghost.
 */
import { absolutePositions, nodeSize } from '../../core/geometry/geometry.ts';
import type { DiagramDiff, FieldChange } from '../../core/diff/diff.ts';
import type { Diagram, DiagramEdge, DiagramNode, Position, Size } from '../../core/model/types.ts';

export type MarkStatus = 'added' | 'changed' | 'same';

export interface Mark {
  status: MarkStatus;
  /** The changed fields (props, label, parent …) of a changed node or edge; empty otherwise. */
  fields: FieldChange[];
}

export interface GhostNode {
  /** `ghost:<old id>`: never an id of the newer design. */
  id: string;
  node: DiagramNode;
  position: Position;
  size: Size;
}

export interface GhostEdge {
  id: string;
  edge: DiagramEdge;
  source: string;
  target: string;
}

export interface CompareMarks {
  nodes: ReadonlyMap<string, Mark>;
  edges: ReadonlyMap<string, Mark>;
  ghosts: GhostNode[];
  ghostEdges: GhostEdge[];
  counts: { added: number; removed: number; changed: number };
}

export const ghostId = (oldId: string): string => `ghost:${oldId}`;

const SAME: Mark = Object.freeze({ status: 'same', fields: [] }) as Mark;

export function compareMarks(before: Diagram, after: Diagram, diff: DiagramDiff): CompareMarks {
  const nodes = new Map<string, Mark>();
  const edges = new Map<string, Mark>();
  for (const n of diff.nodes.added) nodes.set(n.id, { status: 'added', fields: [] });
  for (const ch of diff.nodes.changed) nodes.set(ch.after, { status: 'changed', fields: ch.fields });
  for (const n of after.nodes) if (!nodes.has(n.id)) nodes.set(n.id, SAME);
  for (const e of diff.edges.added) edges.set(e.id, { status: 'added', fields: [] });
  for (const ch of diff.edges.changed) edges.set(ch.after, { status: 'changed', fields: ch.fields });
  for (const e of after.edges) if (!edges.has(e.id)) edges.set(e.id, SAME);

  const oldPositions = absolutePositions(before);
  // Zones first, so a removed zone's ghost lies under the removed products that were in it.
  const removed = [...diff.nodes.removed].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'zone' ? -1 : 1));
  const ghosts = removed.map((node) => ({ id: ghostId(node.id), node, position: oldPositions.get(node.id) ?? node.position, size: nodeSize(node) }));
  const matched = new Map(diff.match.nodes);
  const removedIds = new Set(diff.nodes.removed.map((n) => n.id));
  const end = (oldId: string) => matched.get(oldId) ?? (removedIds.has(oldId) ? ghostId(oldId) : undefined);
  const ghostEdges: GhostEdge[] = [];
  for (const edge of diff.edges.removed) {
    const source = end(edge.source);
    const target = end(edge.target);
    if (source !== undefined && target !== undefined) ghostEdges.push({ id: ghostId(edge.id), edge, source, target });
  }
  return {
    nodes,
    edges,
    ghosts,
    ghostEdges,
    counts: { added: diff.nodes.added.length + diff.edges.added.length, removed: diff.nodes.removed.length + diff.edges.removed.length, changed: diff.nodes.changed.length + diff.edges.changed.length },
  };
}

/** "label a → b; props.multiAZ false → true": a changed element's fields for its tooltip and name. */
export function fieldsLine(fields: readonly FieldChange[], nameOf?: (id: string, side: 'before' | 'after') => string): string {
  // Fields that hold a node id (a parent, an edge's end) read better by the node's name.
  const ids = new Set(['parent', 'source', 'target']);
  const v = (x: FieldChange['before'], f: FieldChange, side: 'before' | 'after') => (x === undefined ? '—' : nameOf && ids.has(f.field) ? nameOf(String(x), side) : String(x));
  return fields.map((f) => `${f.field.replace(/^props\./, '')}: ${v(f.before, f, 'before')} → ${v(f.after, f, 'after')}`).join('; ');
}
