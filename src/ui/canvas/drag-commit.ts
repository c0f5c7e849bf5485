/**
 * A drag on the canvas read back from the canvas view: where each dragged node now shows, turned into
 * the document moves of core/edit/drop.ts.
 */
import { dropMoves, dropZone } from '../../core/edit/drop.ts';
import type { Move } from '../../core/edit/nodes.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CanvasView } from './canvas-view.ts';

export { dragExcluded } from '../../core/edit/drop.ts';

/** The zone a node being dragged would land in if dropped now (undefined: the top level). */
export function dropTarget(doc: Diagram, view: CanvasView, id: string, excluded: ReadonlySet<string>): { zone: string | undefined } | undefined {
  const at = view.nodeAt(id);
  return at ? { zone: dropZone(doc, id, at, excluded) } : undefined;
}

export function dragMoves(doc: Diagram, view: CanvasView, ids: readonly string[]): Move[] {
  return dropMoves(doc, ids, (id) => view.nodeAt(id));
}
