import type { session as zh } from '../zh/session.ts';

/** English messages: the editor session's undo labels and refusals. */
export const session: Record<keyof typeof zh, string> = {
  'history.level': 'Level set to {level}',
  'history.moveInto': 'Move into {name}',
  'refuse.unknownProduct': 'The product catalog has no "{id}".',
  'refuse.rulesLoading': 'The checking rules are still loading; try again in a moment.',
};
