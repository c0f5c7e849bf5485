/**
 * The drawing is the design: every node's box lies inside its parent zone's inner box (zone-frame.ts),
 * so a product drawn in the DMZ is in the DMZ in the file, the check, the BOM and every export.
 *
 * Every edit that moves or sizes something ends here. A node that sticks out over its zone's top or
 * left edge is moved back in (it stops at the edge); one that sticks out at the right or bottom makes
 * the zone grow, and the zone's own parent after it, siblings below or beside a growing zone moving
 * along (as draw.io's "expand" containers and tldraw's frames do), so nothing the app moves ends up
 * under something else.
 */
import type { Catalog } from '../catalog/types.ts';
import { nodeSize } from '../geometry/geometry.ts';
import { fitsInside, sizeToHold, ZONE_INSET } from '../geometry/zone-frame.ts';
import type { Diagram } from '../model/types.ts';
import { Draft } from './draft.ts';
import { growZone } from './draft-placement.ts';

export interface Violation {
  id: string;
  parent: string;
}

/** Every node not inside its parent's inner box (the invariant the editor keeps; empty when it holds). */
export function containmentViolations(doc: Diagram): Violation[] {
  const zones = new Map(doc.nodes.flatMap((n) => (n.kind === 'zone' ? [[n.id, n] as const] : [])));
  const out: Violation[] = [];
  for (const node of doc.nodes) {
    if (node.parent === undefined) continue;
    const parent = zones.get(node.parent);
    if (!parent || !fitsInside({ ...node.position, ...nodeSize(node) }, parent.size)) out.push({ id: node.id, parent: node.parent });
  }
  return out;
}

function depthIn(draft: Draft, id: string): number {
  let depth = 0;
  for (let node = draft.node(id); node?.parent !== undefined && depth < 64; node = draft.node(node.parent)) depth++;
  return depth;
}

/**
 * Bring the given nodes inside their zones: deepest first, so a zone grown for its child is then
 * itself brought inside its own parent.
 */
export function containNodes(draft: Draft, ids: Iterable<string>): void {
  const order = [...new Set(ids)].filter((id) => draft.node(id)).sort((a, b) => depthIn(draft, b) - depthIn(draft, a));
  for (const id of order) {
    const node = draft.node(id)!;
    const parent = draft.zone(node.parent);
    if (!parent) continue;
    const x = Math.max(node.position.x, ZONE_INSET.left);
    const y = Math.max(node.position.y, ZONE_INSET.top);
    if (x !== node.position.x || y !== node.position.y) draft.updateNode(id, (n) => ({ ...n, position: { x, y } }));
    const need = sizeToHold({ x, y, ...nodeSize(node) });
    if (need.width > parent.size.width || need.height > parent.size.height) growZone(draft, parent.id, need);
  }
}

/** `doc` with the given nodes brought inside their zones (the same object when all already are). */
export function contained(doc: Diagram, ids: Iterable<string>, catalog: Catalog): Diagram {
  const draft = new Draft(doc, catalog);
  containNodes(draft, ids);
  return draft.result();
}
