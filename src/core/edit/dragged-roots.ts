/**
 * Of a set of nodes being moved together (dragged or nudged), the ones to move: a node whose
 * ancestor is also in the set travels with that ancestor and is left to it.
 */
import { indexOf } from '../index/diagram-index.ts';
import type { Diagram } from '../model/types.ts';

export function draggedRoots(doc: Diagram, ids: readonly string[]): string[] {
  const index = indexOf(doc);
  const set = new Set(ids);
  return ids.filter((id) => !index.ancestors(id).some((a) => set.has(a.id)));
}
