/**
 * Copy, paste and duplicate. A copied selection is itself a valid diagram of the current version (so the clipboard
 * holds something any tab, any diagram and the file reader understand); pasting gives every node and
 * edge a fresh id and lands each top-level node in the zone under it.
 */
import { absolutePositions, nodeSize, zoneUnder } from '../geometry/geometry.ts';
import { idFactory } from '../model/ids.ts';
import type { Diagram, DiagramEdge, DiagramNode, Position } from '../model/types.ts';
import { withDescendants } from './nodes.ts';
import type { EditResult } from './result.ts';

/**
 * The selected nodes (zones with everything inside them) and the edges between them, as a diagram.
 * Nodes whose parent is not copied become top-level, at their absolute position.
 */
export function extractFragment(doc: Diagram, ids: Iterable<string>): Diagram {
  const selected = new Set(ids);
  const nodeIds = withDescendants(doc, selected);
  const absolute = absolutePositions(doc);
  const nodes: DiagramNode[] = [];
  for (const node of doc.nodes) {
    if (!nodeIds.has(node.id)) continue;
    if (node.parent !== undefined && nodeIds.has(node.parent)) nodes.push(node);
    else {
      const { parent: _p, ...rest } = node;
      nodes.push({ ...rest, position: absolute.get(node.id)! } as DiagramNode);
    }
  }
  const edges = doc.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  return { format: doc.format, schemaVersion: doc.schemaVersion, meta: doc.meta, nodes, edges };
}

/**
 * Insert a fragment with fresh ids, shifted by `offset`. Each top-level node of the fragment goes
 * into `into` when given (a zone id, null for the top level, or either per fragment node id), else
 * into the innermost zone of the document under its centre. Returns the new ids of all inserted nodes and of all inserted edges.
 */
export function insertFragment(
  doc: Diagram,
  fragment: Diagram,
  offset: Position,
  into?: string | null | ((fragmentNodeId: string) => string | null),
): EditResult<{ nodeIds: string[]; edgeIds: string[] }> {
  if (fragment.nodes.length === 0) return { ok: false, reason: 'nothingToPaste' };
  const ids = idFactory(doc);
  const rename = new Map<string, string>();
  for (const node of fragment.nodes) rename.set(node.id, ids.next(node.kind === 'zone' ? node.zone : node.product));
  for (const edge of fragment.edges) rename.set(edge.id, ids.next('e'));

  const absolute = absolutePositions(doc);
  const nodes: DiagramNode[] = fragment.nodes.map((node) => {
    const id = rename.get(node.id)!;
    if (node.parent !== undefined && rename.has(node.parent)) return { ...node, id, parent: rename.get(node.parent)! };
    const at = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    const target = typeof into === 'function' ? into(node.id) : into;
    const zone = target === undefined ? zoneUnder(doc, at, nodeSize(node)) : target === null ? undefined : { id: target };
    const { parent: _p, ...rest } = node;
    if (!zone) return { ...rest, id, position: at } as DiagramNode;
    const base = absolute.get(zone.id)!;
    return { ...rest, id, parent: zone.id, position: { x: at.x - base.x, y: at.y - base.y } } as DiagramNode;
  });
  const edges: DiagramEdge[] = fragment.edges.map((edge) => ({
    ...edge,
    id: rename.get(edge.id)!,
    source: rename.get(edge.source)!,
    target: rename.get(edge.target)!,
  }));
  return {
    ok: true,
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}
