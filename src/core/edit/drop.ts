/**
 * The end of a drag, as document moves: every dragged node lands where it was dropped, inside the
 * innermost zone under its centre (or at the top level), unless that would put a zone inside itself.
 * Nodes moved along with a dragged ancestor are left to it. Shared by the canvas and the tests that
 * drive the editor as the canvas does.
 */
import { absolutePositions, nodeSize, zoneUnder } from '../geometry/geometry.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Diagram, Position } from '../model/types.ts';
import { draggedRoots } from './dragged-roots.ts';
import { withDescendants, type Move } from './nodes.ts';

/** The dragged nodes and everything inside them: zones a drop must never land in. */
export function dragExcluded(doc: Diagram, ids: readonly string[]): ReadonlySet<string> {
  return withDescendants(doc, draggedRoots(doc, ids));
}

/** The zone a node dropped with its top-left corner at `at` lands in. */
export function dropZone(doc: Diagram, id: string, at: Position, excluded: ReadonlySet<string>): string | undefined {
  const node = indexOf(doc).node(id);
  return node ? zoneUnder(doc, at, nodeSize(node), excluded)?.id : undefined;
}

/** `droppedAt(id)`: where a dragged node now shows (absolute top-left), undefined if it does not. */
export function dropMoves(doc: Diagram, ids: readonly string[], droppedAt: (id: string) => Position | undefined): Move[] {
  const roots = draggedRoots(doc, ids);
  const excluded = withDescendants(doc, roots);
  const before = absolutePositions(doc);
  const index = indexOf(doc);
  const moves: Move[] = [];
  for (const id of roots) {
    const at = droppedAt(id);
    const node = index.node(id);
    if (!at || !node) continue;
    const parent = dropZone(doc, id, at, excluded) ?? null;
    const was = before.get(id)!;
    if (Math.abs(was.x - at.x) < 0.01 && Math.abs(was.y - at.y) < 0.01 && parent === (node.parent ?? null)) continue;
    moves.push({ id, at: { x: at.x, y: at.y }, parent });
  }
  return moves;
}
