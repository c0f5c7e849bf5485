/**
 * React Flow elements of the compare canvas: the newer design's nodes and edges with their marks,
 * then the ghosts of what was removed (not selectable, not focusable, drawn where they were). Read
 * only: nothing here is ever written back to a document.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Catalog } from '../../core/catalog/types.ts';
import { nodeDisplayName } from '../../core/catalog/names.ts';
import { nodeSize } from '../../core/geometry/geometry.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram, DiagramNode } from '../../core/model/types.ts';
import { fieldsLine, type CompareMarks, type MarkStatus } from './compare-marks.ts';

export type CompareNodeStatus = MarkStatus | 'removed';

export interface CompareNodeData extends Record<string, unknown> {
  node: DiagramNode;
  name: string;
  status: CompareNodeStatus;
  /** The changed fields, one line, for the tooltip. */
  changes: string;
}

export type CompareFlowNode = Node<CompareNodeData, 'cmpProduct' | 'cmpZone'>;

export interface CompareNames {
  added: string;
  removed: string;
  changed: (name: string, fields: string) => string;
  addedName: (name: string) => string;
  removedName: (name: string) => string;
}

export function compareFlow(after: Diagram, marks: CompareMarks, catalog: Catalog, lang: Lang, names: CompareNames): { nodes: CompareFlowNode[]; edges: Edge[] } {
  const nodes: CompareFlowNode[] = [];
  const name = (node: DiagramNode) => nodeDisplayName(node, catalog)[lang];
  // Removed zones lie under everything; removed products above the zones they were in.
  for (const ghost of marks.ghosts) {
    const zone = ghost.node.kind === 'zone';
    nodes.push({
      id: ghost.id,
      type: zone ? 'cmpZone' : 'cmpProduct',
      position: ghost.position,
      width: ghost.size.width,
      height: ghost.size.height,
      measured: { ...ghost.size },
      selectable: false,
      focusable: false,
      draggable: false,
      zIndex: zone ? -1 : 1000,
      ariaLabel: names.removedName(name(ghost.node)),
      className: 'cmp-ghost',
      data: { node: ghost.node, name: name(ghost.node), status: 'removed', changes: '' },
    });
  }
  for (const node of indexOf(after).parentsFirst) {
    const mark = marks.nodes.get(node.id);
    const status = mark?.status ?? 'same';
    const changes = mark ? fieldsLine(mark.fields) : '';
    const size = nodeSize(node);
    const n = name(node);
    nodes.push({
      id: node.id,
      type: node.kind === 'zone' ? 'cmpZone' : 'cmpProduct',
      position: node.position,
      ...(node.parent !== undefined ? { parentId: node.parent } : {}),
      width: size.width,
      height: size.height,
      measured: { ...size },
      selectable: false,
      draggable: false,
      // Only what changed takes focus: its changes are read out and shown on focus.
      focusable: status !== 'same',
      ariaLabel: status === 'added' ? names.addedName(n) : status === 'changed' ? names.changed(n, changes) : n,
      className: `cmp-${status}`,
      data: { node, name: n, status, changes },
    });
  }
  const edges: Edge[] = after.edges.map((edge) => {
    const status = marks.edges.get(edge.id)?.status ?? 'same';
    return { id: edge.id, source: edge.source, target: edge.target, type: 'straight', selectable: false, focusable: false, className: `cmp-edge cmp-${status}` };
  });
  for (const ghost of marks.ghostEdges) {
    edges.push({ id: ghost.id, source: ghost.source, target: ghost.target, type: 'straight', selectable: false, focusable: false, className: 'cmp-edge cmp-removed' });
  }
  return { nodes, edges };
}
