/**
 * A download's file name from a user's title: no path separators, no control, bidi or zero-width
 * characters, no characters Windows refuses, no leading dots, bounded length, never empty.
 */
import { INVISIBLE_CHARACTER_CLASS } from './invisible.ts';

/** C0 controls, invisible and bidi characters, and what Windows refuses in a name. */
const UNSAFE = new RegExp(`[\\u0000-\\u001f${INVISIBLE_CHARACTER_CLASS}<>:"/\\\\|?*]`, 'g');
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 80;

export function safeFileName(title: string, extension: string, fallback = 'diagram'): string {
  let stem = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  stem = Array.from(stem).slice(0, MAX_STEM).join('').trim();
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? fallback : `${stem}_`;
  return `${stem}${extension}`;
}
