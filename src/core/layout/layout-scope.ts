/**
 * What a layout run covers: the whole diagram, the inside of one zone, or a selection. Each is turned
 * into groups of siblings laid out together (a selection spanning several zones gives one group per
 * zone); everything outside the groups' subtrees stays exactly where it was.
 */
import type { DiagramIndex } from '../index/diagram-index.ts';
import type { DiagramNode } from '../model/types.ts';

export type LayoutScope =
  | { kind: 'diagram' }
  /** The zone's contents; the zone itself keeps its place and grows if the contents need it. */
  | { kind: 'zone'; id: string }
  /** The selected nodes (zones with everything inside them), each among its own siblings. */
  | { kind: 'selection'; ids: readonly string[] };

export interface LayoutGroup {
  /** The zone the members sit in; undefined for the top level. */
  container: string | undefined;
  /** Siblings laid out together, in document order. */
  members: DiagramNode[];
  /**
   * `fill`: the members fill the container from its top-left corner, inside its padding (zone scope).
   * `anchor`: the laid-out block keeps the top-left corner the members had (diagram and selection).
   */
  placement: 'fill' | 'anchor';
}

export function layoutGroups(index: DiagramIndex, scope: LayoutScope): LayoutGroup[] {
  if (scope.kind === 'diagram') return index.roots.length > 0 ? [{ container: undefined, members: [...index.roots], placement: 'anchor' }] : [];
  if (scope.kind === 'zone') {
    const zone = index.node(scope.id);
    if (!zone || zone.kind !== 'zone') return [];
    const members = [...index.children(zone.id)];
    return members.length > 0 ? [{ container: zone.id, members, placement: 'fill' }] : [];
  }
  const selected = new Set(scope.ids.filter((id) => index.node(id) !== undefined));
  // A node inside a selected zone moves with that zone: only the outermost selected nodes count.
  const outermost = new Set([...selected].filter((id) => !index.ancestors(id).some((zone) => selected.has(zone.id))));
  const byContainer = new Map<string | undefined, DiagramNode[]>();
  for (const node of index.doc.nodes) {
    if (!outermost.has(node.id)) continue;
    const list = byContainer.get(node.parent);
    if (list) list.push(node);
    else byContainer.set(node.parent, [node]);
  }
  return [...byContainer].map(([container, members]) => ({ container, members, placement: 'anchor' }));
}
