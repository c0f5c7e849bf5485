/**
 * Commands that replace the whole design with another one (issue 14), each one undo step: restoring
 * a kept version, and adopting the level proposal ("升级到三级需要什么" → 采纳). The replacement has
 * already been read and validated by the caller (a version through the file reader, the proposal by
 * the core's quick fixes); nothing here changes it.
 */
import type { Diagram } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';
import { NO_SELECTION } from '../editor-store.ts';

export const restoreVersion = defineCommand<{ doc: Diagram }>({
  label: 'history.restoreVersion',
  run: (_ctx, { doc }) => ({ doc, select: NO_SELECTION }),
});

export const adoptProposal = defineCommand<{ doc: Diagram; level: 3 | 4 }>({
  label: 'history.adoptProposal',
  run: (_ctx, { doc, level }) => ({ doc, select: NO_SELECTION, labelParams: { level: { key: `level.${level}` } } }),
});
