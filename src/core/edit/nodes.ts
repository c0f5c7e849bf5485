/**
 * Edits of nodes: add, move (with re-parenting), resize, change, delete. Pure functions from one
 * document version to the next; untouched nodes keep their identity, so the canvas re-renders only
 * what changed and the index of the previous version is never reused by mistake.
 */
import type { Catalog } from '../catalog/types.ts';
import { absolutePositions } from '../geometry/geometry.ts';
import { indexOf } from '../index/diagram-index.ts';
import { idFactory } from '../model/ids.ts';
import type { Diagram, DiagramNode, Position, ProductNode, ProductProps, Size, ZoneKind, ZoneNode, ZoneProps } from '../model/types.ts';
import type { EditResult } from './result.ts';

const round = (value: number) => Math.round(value * 100) / 100;
const roundPosition = (p: Position): Position => ({ x: round(p.x), y: round(p.y) });

export interface NewProduct {
  product: string;
  /** Absolute position of the node's top-left corner. */
  at: Position;
  parent?: string;
  label?: string;
  props?: ProductProps;
}

export interface NewZone {
  zone: ZoneKind;
  at: Position;
  parent?: string;
  size?: Size;
  label?: string;
  props?: ZoneProps;
}

/** The position relative to `parent` of a node whose absolute top-left corner is `at`. */
export function relativeTo(doc: Diagram, parent: string | undefined, at: Position): Position {
  const base = parent === undefined ? undefined : absolutePositions(doc).get(parent);
  return roundPosition(base ? { x: at.x - base.x, y: at.y - base.y } : at);
}

export function addProduct(doc: Diagram, spec: NewProduct): { doc: Diagram; id: string } {
  const id = idFactory(doc).next(spec.product);
  const node: ProductNode = {
    id,
    kind: 'product',
    product: spec.product,
    ...(spec.label !== undefined ? { label: spec.label } : {}),
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
    position: relativeTo(doc, spec.parent, spec.at),
    ...(spec.props !== undefined ? { props: spec.props } : {}),
  };
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

export function addZone(doc: Diagram, spec: NewZone, catalog: Catalog): { doc: Diagram; id: string } {
  const id = idFactory(doc).next(spec.zone);
  const size = spec.size ?? catalog.zone(spec.zone).defaultSize;
  const node: ZoneNode = {
    id,
    kind: 'zone',
    zone: spec.zone,
    ...(spec.label !== undefined ? { label: spec.label } : {}),
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
    position: relativeTo(doc, spec.parent, spec.at),
    size: { width: size.width, height: size.height },
    ...(spec.props !== undefined ? { props: spec.props } : {}),
  };
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

export interface Move {
  id: string;
  /** New absolute top-left corner. */
  at: Position;
  /** New parent zone; `null` for top level; absent keeps the current parent. */
  parent?: string | null;
}

/**
 * Move nodes, re-parenting where asked; positions stay where the user put them (absolute positions
 * are converted to the new parent's frame). Refused if a zone would become its own descendant.
 */
export function moveNodes(doc: Diagram, moves: readonly Move[]): EditResult {
  const index = indexOf(doc);
  const byId = new Map(moves.map((m) => [m.id, m]));
  for (const move of moves) {
    if (move.parent === undefined || move.parent === null) continue;
    const parent = index.node(move.parent);
    if (!parent || parent.kind !== 'zone') return { ok: false, reason: 'parentNotZone' };
    if (move.parent === move.id || index.isAncestor(move.id, move.parent)) return { ok: false, reason: 'parentIsDescendant' };
  }
  // Absolute positions of the new parents as they will be after the move (a parent may move too).
  const absolute = absolutePositions(doc);
  const parentAt = (id: string): Position => byId.get(id)?.at ?? absolute.get(id)!;
  const nodes = doc.nodes.map((node): DiagramNode => {
    const move = byId.get(node.id);
    if (!move) return node;
    const parent = move.parent === undefined ? node.parent : move.parent === null ? undefined : move.parent;
    const base = parent === undefined ? { x: 0, y: 0 } : parentAt(parent);
    const position = roundPosition({ x: move.at.x - base.x, y: move.at.y - base.y });
    const { parent: _old, ...rest } = node;
    return { ...rest, ...(parent !== undefined ? { parent } : {}), position } as DiagramNode;
  });
  // Children of a moved zone keep their relative positions, so they move with it.
  return { ok: true, doc: { ...doc, nodes } };
}

/**
 * Resize a zone; `position` (relative to its parent, as the canvas reports it) moves its top-left
 * corner when it is resized from the top or left edge. What the zone holds stays where it is on the
 * drawing (its positions relative to the zone shift by the opposite amount).
 */
export function resizeZone(doc: Diagram, id: string, size: Size, position?: Position): Diagram {
  const node = indexOf(doc).node(id);
  if (!node || node.kind !== 'zone') return doc;
  const moved = position === undefined ? node.position : roundPosition(position);
  const dx = moved.x - node.position.x;
  const dy = moved.y - node.position.y;
  const updated: ZoneNode = { ...node, position: moved, size: { width: round(Math.max(1, size.width)), height: round(Math.max(1, size.height)) } };
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      if (n.id === id) return updated;
      if (n.parent === id && (dx !== 0 || dy !== 0)) return { ...n, position: roundPosition({ x: n.position.x - dx, y: n.position.y - dy }) };
      return n;
    }),
  };
}

export interface NodePatch {
  /** `undefined` removes the label. */
  label?: string | undefined;
  quantity?: number | undefined;
  /** Props to set; a prop given as `undefined` is removed (back to its default). */
  props?: Partial<Record<keyof ProductProps | keyof ZoneProps, unknown>>;
}

function withProps<T extends { props?: object }>(node: T, patch: Record<string, unknown>): T {
  const props: Record<string, unknown> = { ...(node.props ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete props[key];
    else props[key] = value;
  }
  const { props: _old, ...rest } = node;
  return (Object.keys(props).length > 0 ? { ...rest, props } : rest) as T;
}

/** Change label, quantity or props of one or more nodes (the same change for each). */
export function updateNodes(doc: Diagram, ids: readonly string[], patch: NodePatch): Diagram {
  const targets = new Set(ids);
  let changed = false;
  const nodes = doc.nodes.map((node): DiagramNode => {
    if (!targets.has(node.id)) return node;
    changed = true;
    let next: DiagramNode = node;
    if ('label' in patch) {
      const { label: _l, ...rest } = next;
      next = (patch.label === undefined || patch.label === '' ? rest : { ...rest, label: patch.label }) as DiagramNode;
    }
    if ('quantity' in patch && next.kind === 'product') {
      const { quantity: _q, ...rest } = next;
      next = patch.quantity === undefined ? (rest as ProductNode) : { ...rest, quantity: patch.quantity };
    }
    if (patch.props) next = withProps(next, patch.props);
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

/** All descendants of the given nodes, the nodes included. */
export function withDescendants(doc: Diagram, ids: Iterable<string>): Set<string> {
  const index = indexOf(doc);
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id) || !index.node(id)) continue;
    out.add(id);
    for (const child of index.children(id)) stack.push(child.id);
  }
  return out;
}

/**
 * Delete nodes and edges. Deleting a zone deletes what it holds; edges lose nothing silently:
 * edges touching a deleted node are deleted with it, and waivers naming deleted ids are kept
 * (the format keeps stale waivers; they match nothing).
 */
export function deleteElements(doc: Diagram, ids: Iterable<string>): Diagram {
  const requested = new Set(ids);
  const nodeIds = withDescendants(doc, [...requested].filter((id) => indexOf(doc).node(id)));
  const nodes = doc.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = doc.edges.filter((e) => !requested.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return { ...doc, nodes, edges };
}
