/**
 * React Flow elements of the compare canvas: the newer design's nodes and edges with their marks,
 * then the ghosts of what was removed (not selectable, not focusable, drawn where they were). Read
 * only: nothing here is ever written back to a document.
 */
import type { Node } from '@xyflow/react';
import type { Catalog } from '../../core/catalog/types.ts';
import { nodeDisplayName } from '../../core/catalog/names.ts';
import { absolutePositions, nodeSize } from '../../core/geometry/geometry.ts';
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

/** A connection drawn centre to centre, in flow coordinates. */
export interface CompareLine {
  id: string;
  status: CompareNodeStatus;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Nodes for React Flow, and the connections as plain lines between node centres: drawn in one SVG
 * rather than as React Flow edges, which would need every node's handles measured in the page
 * first (a second pass over a thousand nodes) for lines the view does not let anyone touch.
 */
export function compareFlow(after: Diagram, marks: CompareMarks, catalog: Catalog, lang: Lang, names: CompareNames): { nodes: CompareFlowNode[]; lines: CompareLine[] } {
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
  const centres = new Map<string, { x: number; y: number }>();
  const positions = absolutePositions(after);
  for (const node of after.nodes) {
    const at = positions.get(node.id) ?? node.position;
    const size = nodeSize(node);
    centres.set(node.id, { x: at.x + size.width / 2, y: at.y + size.height / 2 });
  }
  for (const ghost of marks.ghosts) centres.set(ghost.id, { x: ghost.position.x + ghost.size.width / 2, y: ghost.position.y + ghost.size.height / 2 });
  const lines: CompareLine[] = [];
  const line = (id: string, source: string, target: string, status: CompareNodeStatus) => {
    const a = centres.get(source);
    const b = centres.get(target);
    if (a && b) lines.push({ id, status, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  };
  for (const edge of after.edges) line(edge.id, edge.source, edge.target, marks.edges.get(edge.id)?.status ?? 'same');
  for (const ghost of marks.ghostEdges) line(ghost.id, ghost.source, ghost.target, 'removed');
  return { nodes, lines };
}
