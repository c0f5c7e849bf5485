/**
 * What a clean layout means, as checks that list every problem found (an empty list is a pass):
 * every node inside its zone with the header strip free, siblings apart, zones holding their
 * children, whole-pixel positions and sizes.
 */
import { nodeRect, type Rect } from '../../../src/core/geometry/geometry.ts';
import { indexOf } from '../../../src/core/index/diagram-index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';

/** The zone header's height on the canvas and in exports (a second line of facts reaches ~39 px). */
export const HEADER = 40;
const MARGIN = 8;

export function layoutProblems(doc: Diagram): string[] {
  const problems: string[] = [];
  const index = indexOf(doc);
  for (const node of doc.nodes) {
    const { x, y } = node.position;
    if (!Number.isInteger(x) || !Number.isInteger(y)) problems.push(`${node.id} at a fractional position ${x},${y}`);
    if (node.kind === 'zone' && (!Number.isInteger(node.size.width) || !Number.isInteger(node.size.height))) problems.push(`${node.id} has a fractional size`);
    if (node.parent === undefined) continue;
    const r = nodeRect(doc, node.id)!;
    const p = nodeRect(doc, node.parent)!;
    const inside = r.x >= p.x + MARGIN && r.y >= p.y + HEADER && r.x + r.width <= p.x + p.width - MARGIN && r.y + r.height <= p.y + p.height - MARGIN;
    if (!inside) problems.push(`${node.id} not inside ${node.parent} below its header`);
  }
  const groups = [index.roots, ...doc.nodes.filter((n) => n.kind === 'zone').map((z) => index.children(z.id))];
  for (const siblings of groups) {
    const rects = siblings.map((n) => [n.id, nodeRect(doc, n.id)!] as const).sort((a, b) => a[1].x - b[1].x);
    // Sweep along x: only pairs whose x ranges meet can overlap.
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length && rects[j]![1].x < rects[i]![1].x + rects[i]![1].width + MARGIN; j++) {
        if (apart(rects[i]![1], rects[j]![1])) continue;
        problems.push(`${rects[i]![0]} overlaps ${rects[j]![0]}`);
      }
    }
  }
  return problems;
}

function apart(a: Rect, b: Rect): boolean {
  return a.x + a.width + MARGIN <= b.x || b.x + b.width + MARGIN <= a.x || a.y + a.height + MARGIN <= b.y || b.y + b.height + MARGIN <= a.y;
}

/** Everything of a node but where it is and how big: what a layout must never change. */
export function withoutGeometry(doc: Diagram): unknown[] {
  return doc.nodes.map(({ position: _p, ...rest }) => (rest.kind === 'zone' ? { ...rest, size: undefined } : rest));
}
