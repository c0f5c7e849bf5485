/**
 * ELK result → the next document version. Every node keeps its parent; positions are relative to the
 * parent and rounded to whole pixels (tidy files); zones take the size ELK gave them (their contents
 * plus padding, never below their minimum). Nodes outside the laid-out groups keep their place, and
 * the zones around a group grow when the group needs more room (they never shrink).
 */
import { indexOf, type DiagramIndex } from '../index/diagram-index.ts';
import type { Diagram, DiagramNode, Position, Size } from '../model/types.ts';
import { nodeSize } from '../geometry/geometry.ts';
import type { ElkNodeJson } from './elk-json.ts';
import { ZONE_PADDING } from './layout-options.ts';
import type { LayoutGroup } from './layout-scope.ts';
import { isTransparent } from './to-elk.ts';

interface Placed {
  position: Position;
  size?: Size;
}

export function applyElkResult(doc: Diagram, groups: readonly LayoutGroup[], groupNodes: readonly string[], result: ElkNodeJson): Diagram {
  const index = indexOf(doc);
  const byId = new Map<string, ElkNodeJson>();
  const collect = (node: ElkNodeJson) => {
    byId.set(node.id, node);
    for (const child of node.children ?? []) collect(child);
  };
  collect(result);

  const placed = new Map<string, Placed>();
  groups.forEach((group, g) => {
    const groupNode = byId.get(groupNodes[g]!);
    if (!groupNode) throw new Error(`layout result lacks ${groupNodes[g]}`);
    const members = dissolved(groupNode.children ?? []);
    // Anchored groups keep the top-left corner their members had; a zone's contents fill it.
    let shift = { x: 0, y: 0 };
    if (group.placement === 'anchor') {
      const before = topLeft(group.members.map((m) => m.position));
      const after = topLeft(members.map((m) => ({ x: m.x ?? 0, y: m.y ?? 0 })));
      shift = { x: before.x - after.x, y: before.y - after.y };
    }
    for (const member of members) place(member, shift, placed);
    if (group.placement === 'fill') {
      const zone = index.node(group.container!);
      if (zone?.kind === 'zone') {
        const size = { width: Math.max(zone.size.width, Math.ceil(groupNode.width ?? 0)), height: Math.max(zone.size.height, Math.ceil(groupNode.height ?? 0)) };
        placed.set(zone.id, { position: zone.position, size });
      }
    }
  });

  const nodes = doc.nodes.map((node): DiagramNode => {
    const at = placed.get(node.id);
    if (!at) return node;
    if (node.kind === 'zone') return { ...node, position: at.position, size: at.size ?? node.size };
    return { ...node, position: at.position };
  });
  const next = { ...doc, nodes };
  return growContainers(next, groups.flatMap((g) => (g.container === undefined ? [] : [g.container])));
}

function place(node: ElkNodeJson, shift: Position, out: Map<string, Placed>): void {
  const position = { x: Math.round((node.x ?? 0) + shift.x), y: Math.round((node.y ?? 0) + shift.y) };
  const size = node.children !== undefined ? { width: Math.ceil(node.width ?? 0), height: Math.ceil(node.height ?? 0) } : undefined;
  out.set(node.id, size ? { position, size } : { position });
  for (const child of dissolved(node.children ?? [])) place(child, { x: 0, y: 0 }, out);
}

/** Children with band and grid nodes dissolved: their members, positioned relative to the parent. */
function dissolved(children: readonly ElkNodeJson[]): ElkNodeJson[] {
  return children.flatMap((child) => {
    if (!isTransparent(child.id)) return [child];
    return dissolved(child.children ?? []).map((kid) => ({ ...kid, x: (kid.x ?? 0) + (child.x ?? 0), y: (kid.y ?? 0) + (child.y ?? 0) }));
  });
}

function topLeft(points: readonly Position[]): Position {
  return points.reduce((a, p) => ({ x: Math.min(a.x, p.x), y: Math.min(a.y, p.y) }), { x: Infinity, y: Infinity });
}

/** Grow each listed zone and its ancestors until they hold their children with the usual margin. */
function growContainers(doc: Diagram, containers: readonly string[]): Diagram {
  if (containers.length === 0) return doc;
  const index: DiagramIndex = indexOf(doc);
  const sizes = new Map<string, Size>();
  const chains = containers.flatMap((id) => [id, ...index.ancestors(id).map((z) => z.id)]);
  // Deepest first, so a grown zone is measured with its new size by its parent.
  const order = [...new Set(chains)].sort((a, b) => index.depth(b) - index.depth(a));
  for (const id of order) {
    const zone = index.node(id);
    if (zone?.kind !== 'zone') continue;
    let { width, height } = sizes.get(id) ?? zone.size;
    for (const child of index.children(id)) {
      const size = sizes.get(child.id) ?? nodeSize(child);
      width = Math.max(width, Math.ceil(child.position.x + size.width + ZONE_PADDING.right));
      height = Math.max(height, Math.ceil(child.position.y + size.height + ZONE_PADDING.bottom));
    }
    if (width !== zone.size.width || height !== zone.size.height) sizes.set(id, { width, height });
  }
  if (sizes.size === 0) return doc;
  return { ...doc, nodes: doc.nodes.map((n) => (n.kind === 'zone' && sizes.has(n.id) ? { ...n, size: sizes.get(n.id)! } : n)) };
}
