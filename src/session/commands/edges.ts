/** Commands on connections. */
import { connect as connectInDoc, updateEdges, type EdgePatch } from '../../core/edit/edges.ts';
import type { EdgeKind } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';
import { refusedOr } from './nodes.ts';

export const connect = defineCommand<{ source: string; target: string; kind: EdgeKind }>({
  label: 'history.connect',
  run: ({ doc }, spec) => refusedOr(connectInDoc(doc, spec), (r) => ({ doc: r.doc, select: { nodes: new Set(), edges: new Set([r.id]) } })),
});

export const editEdges = defineCommand<{ ids: readonly string[]; patch: EdgePatch; field: string }>({
  label: 'history.edit',
  mergeKey: ({ ids, field }) => `${ids.join(',')}:${field}`,
  run: ({ doc }, { ids, patch }) => ({ doc: updateEdges(doc, ids, patch) }),
});
