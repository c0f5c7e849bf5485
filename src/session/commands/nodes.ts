/** Commands on nodes: add, move (drag), nudge, move into a zone, resize, edit, delete. */
import { moveContained, nudgeNodes, resizeContained } from '../../core/edit/contained-edits.ts';
import { deleteElements as deleteFromDoc, updateNodes, type Move, type NodePatch } from '../../core/edit/nodes.ts';
import { addProductAt, addZoneAt, moveIntoZone, type PlaceOptions } from '../../core/edit/place.ts';
import type { EditResult } from '../../core/edit/result.ts';
import type { Position, Size, ZoneKind } from '../../core/model/types.ts';
import { defineCommand, type CommandResult } from '../command.ts';
import { NO_SELECTION } from '../editor-store.ts';

const onlyNodes = (ids: Iterable<string>) => ({ nodes: new Set(ids), edges: new Set<string>() });

/** An edit's refusal as the command's message. */
export function refusedOr<T extends object>(result: EditResult<T>, then: (done: Extract<EditResult<T>, { ok: true }>) => CommandResult): CommandResult {
  return result.ok ? then(result as Extract<EditResult<T>, { ok: true }>) : { refused: `refuse.${result.reason}` };
}

export const addProduct = defineCommand<{ product: string; center: Position } & PlaceOptions>({
  label: 'history.add',
  run({ doc, catalog }, { product, center, ...options }) {
    const info = catalog.product(product);
    if (!info) return { refused: 'refuse.unknownProduct', params: { id: product } };
    const added = addProductAt(doc, catalog, product, center, options);
    return { doc: added.doc, select: onlyNodes([added.id]), labelParams: { name: info.name } };
  },
});

export const addZone = defineCommand<{ zone: ZoneKind; cursor: Position } & PlaceOptions>({
  label: 'history.add',
  run({ doc, catalog }, { zone, cursor, ...options }) {
    const added = addZoneAt(doc, catalog, zone, cursor, options);
    return { doc: added.doc, select: onlyNodes([added.id]), labelParams: { name: catalog.zone(zone).name } };
  },
});

/** The end of a drag: where each node was dropped, in the zone under it (see contained-edits.ts). */
export const move = defineCommand<{ moves: readonly Move[] }>({
  label: 'history.move',
  run: ({ doc, catalog }, { moves }) => (moves.length === 0 ? { doc } : refusedOr(moveContained(doc, moves, catalog), (r) => ({ doc: r.doc }))),
});

/** Arrow keys: successive nudges of the same nodes are one undo step. */
export const nudge = defineCommand<{ ids: readonly string[]; delta: Position }>({
  label: 'history.move',
  mergeKey: ({ ids }) => `nudge:${ids.join(',')}`,
  run: ({ doc }, { ids, delta }) => ({ doc: nudgeNodes(doc, ids, delta) }),
});

/** "Move into zone…": into a zone (or to the top level with null), at a free spot there. */
export const moveInto = defineCommand<{ ids: readonly string[]; zone: string | null }>({
  label: 'history.moveInto',
  run({ doc, catalog }, { ids, zone }) {
    const target = zone === null ? undefined : doc.nodes.find((n) => n.id === zone);
    const name = target?.label ?? (target?.kind === 'zone' ? catalog.zone(target.zone).name : { zh: '顶层', en: 'the top level' });
    return refusedOr(moveIntoZone(doc, catalog, ids, zone), (r) => ({ doc: r.doc, select: onlyNodes(ids), labelParams: { name } }));
  },
});

export const resize = defineCommand<{ id: string; size: Size; position?: Position }>({
  label: 'history.resize',
  run: ({ doc, catalog }, { id, size, position }) => ({ doc: resizeContained(doc, id, size, position, catalog) }),
});

/** Label, quantity or props of nodes; typing in one field of the same nodes is one undo step. */
export const editNodes = defineCommand<{ ids: readonly string[]; patch: NodePatch; field: string }>({
  label: 'history.edit',
  mergeKey: ({ ids, field }) => `${ids.join(',')}:${field}`,
  run: ({ doc }, { ids, patch }) => ({ doc: updateNodes(doc, ids, patch) }),
});

/** Delete nodes (with what they hold) and edges; without ids, the selection. */
export const deleteElements = defineCommand<{ ids?: readonly string[] }>({
  label: 'history.delete',
  run({ doc, selection }, { ids }) {
    const targets = ids ?? [...selection.nodes, ...selection.edges];
    return targets.length === 0 ? { doc } : { doc: deleteFromDoc(doc, targets), select: NO_SELECTION };
  },
});
