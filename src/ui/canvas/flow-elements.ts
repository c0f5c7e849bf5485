/**
 * React Flow's nodes and edges, derived from the document and the live check. A flow element is
 * rebuilt only when its document object, its selection, its open findings or (for an edge) whether
 * it is encrypted changed; otherwise the previous object is reused as is, because React Flow
 * re-adopts (and re-renders) exactly the elements whose object identity changed. So the canvas
 * components read everything from their props: no subscription per node or edge (thousands of them
 * on a big design, each work on mount and on every store change). Parents come before children, as
 * React Flow requires.
 */
import type { Lang } from '../../core/model/localized.ts';
import type { Edge, Node } from '@xyflow/react';
import { indexOf } from '../../core/index/diagram-index.ts';
import { PRODUCT_SIZE } from '../../core/geometry/geometry.ts';
import { DATABASE_PROTOCOLS, isEncrypted } from '../../core/model/encryption.ts';
import type { Diagram, DiagramEdge, DiagramNode, ProductNode, ZoneNode } from '../../core/model/types.ts';
import type { Marks } from '../../core/rules/index.ts';
import type { Selection } from '../../session/editor-store.ts';
import { roleDescriptions, type AccessibleNamer } from './accessible-names.ts';

/** `marks`: the open errors and warnings on the element (its badge), absent when there are none. */
export type ProductFlowNode = Node<{ node: ProductNode; marks: Marks | undefined }, 'product'>;
export type ZoneFlowNode = Node<{ node: ZoneNode; marks: Marks | undefined }, 'zone'>;
export type FlowNode = ProductFlowNode | ZoneFlowNode;
export type FlowEdge = Edge<{ edge: DiagramEdge; marks: Marks | undefined; encrypted: boolean }, 'link'>;

const sameMarks = (a: Marks | undefined, b: Marks | undefined) => a === b || (a !== undefined && b !== undefined && a.error === b.error && a.warning === b.warning);

/**
 * The handle every edge is attached to in React Flow's eyes: each product's right-hand handle. React
 * Flow then hands every edge the position of that handle on both its products, from which the edge
 * works out the facing sides itself (floating-edge.ts) without subscribing to the nodes.
 */
export const ANCHOR_HANDLE = 'right';

// Built per language when first drawn in it (English is loaded on demand), then shared by every node.
const roles: Partial<Record<Lang, ReturnType<typeof roleDescriptions>>> = {};
const rolesFor = (lang: Lang) => (roles[lang] ??= roleDescriptions(lang));

/** Class of a node a re-import just added (highlighted until the import report is dismissed). */
export const IMPORT_ADDED_CLASS = 'is-import-added';

function toFlowNode(node: DiagramNode, selected: boolean, marks: Marks | undefined, ariaLabel: string, namer: AccessibleNamer, added: boolean): FlowNode {
  const size = node.kind === 'zone' ? node.size : PRODUCT_SIZE;
  const base = {
    id: node.id,
    ...(added ? { className: IMPORT_ADDED_CLASS } : {}),
    // Its own name for screen readers, and "产品"/"区域" instead of React Flow's "node".
    ariaLabel,
    domAttributes: rolesFor(namer.lang)[node.kind === 'zone' ? 'zone' : 'product'],
    position: node.position,
    selected,
    ...(node.parent !== undefined ? { parentId: node.parent } : {}),
    width: size.width,
    height: size.height,
    // What React Flow will measure, declared: the document fixes every size. Without it, React Flow
    // hands each node's first measurement back through onNodesChange, and applying those hands it
    // a new object for every node, which re-adopts and re-renders every node and edge once more
    // (a third of a 2,000-node design's first render); and a changed node would lose its measured
    // handles until measured again.
    measured: { width: size.width, height: size.height },
  };
  if (node.kind === 'zone') return { ...base, type: 'zone', data: { node, marks }, dragHandle: '.zone__drag' };
  return { ...base, type: 'product', data: { node, marks } };
}

const NO_IDS: ReadonlySet<string> = new Set();

export function syncFlowNodes(
  previous: readonly FlowNode[],
  doc: Diagram,
  selection: Selection,
  marks: ReadonlyMap<string, Marks>,
  namer: AccessibleNamer,
  added: ReadonlySet<string> = NO_IDS,
): FlowNode[] {
  const byId = new Map<string, FlowNode>();
  for (const node of previous) byId.set(node.id, node);
  const out: FlowNode[] = [];
  const index = indexOf(doc);
  for (const node of index.parentsFirst) {
    const old = byId.get(node.id);
    const selected = selection.nodes.has(node.id);
    const mark = marks.get(node.id);
    const ariaLabel = namer.node(node, index, mark);
    const isAdded = added.has(node.id);
    if (old && old.data.node === node && (old.className === IMPORT_ADDED_CLASS) === isAdded) {
      const same = (old.selected ?? false) === selected && sameMarks(old.data.marks, mark) && old.ariaLabel === ariaLabel;
      const domAttributes = rolesFor(namer.lang)[node.kind === 'zone' ? 'zone' : 'product'];
      // Same document node: keep what React Flow holds (a position mid-drag), change only the rest.
      out.push(same && old.domAttributes === domAttributes ? old : ({ ...old, selected, ariaLabel, domAttributes, data: { ...old.data, marks: mark } } as FlowNode));
    } else out.push(toFlowNode(node, selected, mark, ariaLabel, namer, isAdded));
  }
  return out;
}

export function syncFlowEdges(
  previous: readonly FlowEdge[],
  doc: Diagram,
  selection: Selection,
  marks: ReadonlyMap<string, Marks>,
  namer: AccessibleNamer,
): FlowEdge[] {
  const byId = new Map<string, FlowEdge>();
  for (const edge of previous) byId.set(edge.id, edge);
  const index = indexOf(doc);
  return doc.edges.map((edge) => {
    const old = byId.get(edge.id);
    const selected = selection.edges.has(edge.id);
    const mark = marks.get(edge.id);
    // Only a database protocol's encryption depends on the target (its `ssl` prop).
    const target = edge.protocol !== undefined && edge.encrypted === undefined && DATABASE_PROTOCOLS.has(edge.protocol) ? index.node(edge.target) : undefined;
    const encrypted = isEncrypted(edge, target);
    const data = old?.data;
    const ariaLabel = namer.edge(edge, index, mark, encrypted);
    const domAttributes = rolesFor(namer.lang).edge;
    if (
      old && data && data.edge === edge && (old.selected ?? false) === selected && sameMarks(data.marks, mark) && data.encrypted === encrypted &&
      old.ariaLabel === ariaLabel && old.domAttributes === domAttributes
    ) return old;
    return {
      id: edge.id,
      ariaLabel,
      domAttributes,
      source: edge.source,
      target: edge.target,
      sourceHandle: ANCHOR_HANDLE,
      targetHandle: ANCHOR_HANDLE,
      type: 'link',
      data: { edge, marks: mark, encrypted },
      selected,
    };
  });
}
