/**
 * Rough placement of an imported diagram: every zone's children in rows inside it (zones first, then
 * products), zones sized bottom-up to hold them. Nothing overlaps and everything lies inside its
 * parent, so the diagram is sound before ELK lays it out properly (`layoutImported`).
 */
import { PRODUCT_SIZE } from '../geometry/geometry.ts';
import { ZONE_PADDING } from '../layout/layout-options.ts';
import type { DiagramNode, Size, ZoneNode } from '../model/types.ts';

const GAP = 24;
const ROW_WIDTH = 1400;

export function placeRoughly(nodes: DiagramNode[]): void {
  const children = new Map<string | undefined, DiagramNode[]>();
  for (const n of nodes) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  const sizeOf = (n: DiagramNode): Size => (n.kind === 'zone' ? n.size : PRODUCT_SIZE);
  const arrange = (parent: string | undefined, depth: number): Size => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'zone' ? -1 : 1));
    for (const child of list) if (child.kind === 'zone' && depth < 20) (child as ZoneNode).size = arrange(child.id, depth + 1);
    const left = parent === undefined ? 0 : ZONE_PADDING.left;
    const top = parent === undefined ? 0 : ZONE_PADDING.top;
    let x = left;
    let y = top;
    let rowHeight = 0;
    let width = 0;
    for (const child of list) {
      const size = sizeOf(child);
      if (x > left && x + size.width > ROW_WIDTH) {
        x = left;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      child.position = { x, y };
      x += size.width + GAP;
      rowHeight = Math.max(rowHeight, size.height);
      width = Math.max(width, x - GAP);
    }
    const height = y + rowHeight;
    return { width: Math.max(200, width + ZONE_PADDING.right), height: Math.max(120, height + ZONE_PADDING.bottom) };
  };
  arrange(undefined, 0);
}

/**
 * A free spot for `size` in a zone that already holds `siblings` (a re-import's additions): below
 * everything there; returns the spot and the zone size needed to hold it.
 */
export function spotBelow(siblings: readonly DiagramNode[], size: Size, zoneSize: Size | undefined): { position: { x: number; y: number }; needs: Size } {
  let bottom = zoneSize ? ZONE_PADDING.top : 0;
  for (const s of siblings) bottom = Math.max(bottom, s.position.y + (s.kind === 'zone' ? s.size.height : PRODUCT_SIZE.height) + GAP);
  const x = zoneSize ? ZONE_PADDING.left : 0;
  const position = { x, y: bottom };
  return { position, needs: { width: x + size.width + ZONE_PADDING.right, height: bottom + size.height + ZONE_PADDING.bottom } };
}
