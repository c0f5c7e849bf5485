/**
 * React Flow's nodes and edges, derived from the document. A flow element is rebuilt only when its
 * document object or its selection changed; otherwise the previous object is reused as is, because
 * React Flow re-adopts (and re-renders) exactly the elements whose object identity changed. Parents
 * come before children, as React Flow requires.
 */
import type { Edge, Node } from '@xyflow/react';
import { indexOf } from '../../core/index/diagram-index.ts';
import { PRODUCT_SIZE } from '../../core/geometry/geometry.ts';
import type { Diagram, DiagramEdge, DiagramNode, ProductNode, ZoneNode } from '../../core/model/types.ts';
import type { Selection } from '../editor/editor-store.ts';

export type ProductFlowNode = Node<{ node: ProductNode }, 'product'>;
export type ZoneFlowNode = Node<{ node: ZoneNode }, 'zone'>;
export type FlowNode = ProductFlowNode | ZoneFlowNode;
export type FlowEdge = Edge<{ edge: DiagramEdge }, 'link'>;

/**
 * The handle every edge is attached to in React Flow's eyes: each product's right-hand handle. React
 * Flow then hands every edge the position of that handle on both its products, from which the edge
 * works out the facing sides itself (floating-edge.ts) without subscribing to the nodes.
 */
export const ANCHOR_HANDLE = 'right';

function toFlowNode(node: DiagramNode, selected: boolean, previous: FlowNode | undefined): FlowNode {
  const base = {
    id: node.id,
    position: node.position,
    selected,
    ...(node.parent !== undefined ? { parentId: node.parent } : {}),
    // Keep what React Flow measured, so a changed node is not hidden and re-measured.
    ...(previous?.measured ? { measured: previous.measured } : {}),
  };
  if (node.kind === 'zone') {
    return { ...base, type: 'zone', data: { node }, width: node.size.width, height: node.size.height, dragHandle: '.zone__drag' };
  }
  return { ...base, type: 'product', data: { node }, width: PRODUCT_SIZE.width, height: PRODUCT_SIZE.height };
}

export function syncFlowNodes(previous: readonly FlowNode[], doc: Diagram, selection: Selection): FlowNode[] {
  const byId = new Map<string, FlowNode>();
  for (const node of previous) byId.set(node.id, node);
  const out: FlowNode[] = [];
  for (const node of indexOf(doc).parentsFirst) {
    const old = byId.get(node.id);
    const selected = selection.nodes.has(node.id);
    if (old && old.data.node === node && (old.selected ?? false) === selected) out.push(old);
    else out.push(toFlowNode(node, selected, old));
  }
  return out;
}

export function syncFlowEdges(previous: readonly FlowEdge[], doc: Diagram, selection: Selection): FlowEdge[] {
  const byId = new Map<string, FlowEdge>();
  for (const edge of previous) byId.set(edge.id, edge);
  return doc.edges.map((edge) => {
    const old = byId.get(edge.id);
    const selected = selection.edges.has(edge.id);
    if (old && old.data?.edge === edge && (old.selected ?? false) === selected) return old;
    return { id: edge.id, source: edge.source, target: edge.target, sourceHandle: ANCHOR_HANDLE, targetHandle: ANCHOR_HANDLE, type: 'link', data: { edge }, selected };
  });
}
