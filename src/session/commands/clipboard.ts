/** Paste and duplicate: the copy lands at the nearest free spot inside one zone (see place.ts). */
import { extractFragment } from '../../core/edit/fragment.ts';
import { insertFragmentAt, type FragmentPlacement } from '../../core/edit/place.ts';
import { diagramBounds } from '../../core/geometry/geometry.ts';
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Diagram } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';
import { nodesWithEdgeEnds } from '../selection.ts';
import { refusedOr } from './nodes.ts';

const selectInserted = (r: { nodeIds: string[]; edgeIds: string[] }) => ({ nodes: new Set(r.nodeIds), edges: new Set(r.edgeIds) });

export const paste = defineCommand<{ fragment: Diagram } & FragmentPlacement>({
  label: 'history.paste',
  run: ({ doc, catalog }, { fragment, ...placement }) =>
    refusedOr(insertFragmentAt(doc, catalog, fragment, placement), (r) => ({ doc: r.doc, select: selectInserted(r) })),
});

/** Where a duplicate is aimed: a step right of and below the originals. */
export const DUPLICATE_STEP = 24;

/** Duplicate the selection (selected edges bring both ends) in the zone its originals are in. */
export const duplicate = defineCommand<Record<never, never>>({
  label: 'history.duplicate',
  run({ doc, catalog, selection }) {
    const ids = nodesWithEdgeEnds(doc, selection);
    if (ids.size === 0) return { refused: 'refuse.nothingToPaste' };
    const fragment = extractFragment(doc, ids);
    const bounds = diagramBounds(fragment)!;
    const index = indexOf(doc);
    const parents = new Set([...ids].filter((id) => !index.ancestors(id).some((a) => ids.has(a.id))).map((id) => index.node(id)?.parent ?? null));
    const into = parents.size === 1 ? [...parents][0]! : undefined;
    return refusedOr(
      insertFragmentAt(doc, catalog, fragment, { at: { x: bounds.x + DUPLICATE_STEP, y: bounds.y + DUPLICATE_STEP }, ...(into !== undefined ? { into } : {}) }),
      (r) => ({ doc: r.doc, select: selectInserted(r) }),
    );
  },
});
