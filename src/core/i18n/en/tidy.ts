import type { tidy as zh } from '../zh/tidy.ts';

/** English messages: "tidy up" (automatic layout) says what it tidies. */
export const tidy: Record<keyof typeof zh, string> = {
  'tidy.all': 'Tidy all',
  'tidy.selection': 'Tidy {count} selected items',
  'tidy.zone': 'Tidy inside "{name}"',
  'tidy.doneAll': 'Tidied the whole diagram ({seconds} s); undo restores it.',
  'tidy.doneSelection': 'Tidied {count} selected items ({seconds} s); undo restores them.',
  'tidy.doneZone': 'Tidied inside "{name}" ({seconds} s); undo restores it.',
};
