import type { Diagram } from '../model/types.ts';

/** Why an edit was refused (shown to the user, never silent). */
export type EditRefusal =
  | 'edgeToZone'
  | 'edgeToSelf'
  | 'edgeEndMissing'
  | 'parentIsDescendant'
  | 'parentNotZone'
  | 'nothingToPaste';

export type EditResult<T = Record<never, never>> = ({ ok: true; doc: Diagram } & T) | { ok: false; reason: EditRefusal };
