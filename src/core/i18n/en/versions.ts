import type { versions as zh } from '../zh/versions.ts';

/** English messages: what the first screen says about versions and comparing (issue 14). */
export const versions: Record<keyof typeof zh, string> = {
  'versions.saved': 'Version saved.',
  'versions.restored': 'Version restored; undo brings the change back.',
  'versions.unreadable': 'This version cannot be read.',
  'compare.adopted': 'Proposal adopted; undo brings the design back.',
};
