/** Edits of connections: connect two products (refusing zones and self-loops), change, re-kind. */
import { indexOf } from '../index/diagram-index.ts';
import { idFactory } from '../model/ids.ts';
import type { Diagram, DiagramEdge, EdgeKind } from '../model/types.ts';
import type { EditResult } from './result.ts';

export interface NewEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  protocol?: DiagramEdge['protocol'];
  port?: number;
}

export function connect(doc: Diagram, spec: NewEdge): EditResult<{ id: string }> {
  const index = indexOf(doc);
  const source = index.node(spec.source);
  const target = index.node(spec.target);
  if (!source || !target) return { ok: false, reason: 'edgeEndMissing' };
  if (source.kind === 'zone' || target.kind === 'zone') return { ok: false, reason: 'edgeToZone' };
  if (source.id === target.id) return { ok: false, reason: 'edgeToSelf' };
  const id = idFactory(doc).next('e');
  const edge: DiagramEdge = {
    id,
    source: spec.source,
    target: spec.target,
    kind: spec.kind,
    ...(spec.protocol !== undefined ? { protocol: spec.protocol } : {}),
    ...(spec.port !== undefined ? { port: spec.port } : {}),
  };
  return { ok: true, doc: { ...doc, edges: [...doc.edges, edge] }, id };
}

export type EdgePatch = { [K in keyof Omit<DiagramEdge, 'id' | 'source' | 'target'>]?: DiagramEdge[K] | undefined };

/** Change one or more edges; a field given as `undefined` is removed. `mode` only stays on backup edges. */
export function updateEdges(doc: Diagram, ids: readonly string[], patch: EdgePatch): Diagram {
  const targets = new Set(ids);
  let changed = false;
  const edges = doc.edges.map((edge) => {
    if (!targets.has(edge.id)) return edge;
    changed = true;
    const next: Record<string, unknown> = { ...edge };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    if (next['kind'] !== 'backup') delete next['mode'];
    if (next['label'] === '') delete next['label'];
    return next as unknown as DiagramEdge;
  });
  return changed ? { ...doc, edges } : doc;
}
