/** Re-import (issue 13): a newer Terraform state or ROS template drawn over the design it made before. */
import type { Diagram } from '../../core/model/types.ts';
import { defineCommand } from '../command.ts';

/**
 * `after` was built over `before` (the user's layout and additions kept): applied as one undo step,
 * and only to that same document, so it never lands over edits made while the dialog was open.
 */
export const reimport = defineCommand<{ before: Diagram; after: Diagram }>({
  label: 'history.importUpdate',
  run: ({ doc }, { before, after }) => (doc !== before ? { refused: 'importFile.changedMeanwhile' } : { doc: after }),
});
