/**
 * Characters that do not show, or that change the direction of the text around them, so that text
 * holding them reads differently from what is stored (U+202E turns "exe.txt" around). One set for the
 * whole app: file names, read-error messages and exports all treat the same characters as invisible.
 */

/**
 * DEL and the C1 controls (U+007F–009F), soft hyphen (U+00AD), Arabic letter mark (U+061C), zero-width
 * characters and direction marks (U+200B–200F), bidi embeddings and overrides (U+202A–202E), word joiner,
 * invisible operators and bidi isolates (U+2060–2069), byte-order mark / zero-width no-break space (U+FEFF).
 * A regular-expression character class without the brackets, to combine with other characters.
 */
export const INVISIBLE_CHARACTER_CLASS = '\\u007F-\\u009F\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';

/** Matches every invisible character (global: for `replace`, not `test`). */
export const INVISIBLE_CHARACTERS = new RegExp(`[${INVISIBLE_CHARACTER_CLASS}]`, 'g');

/** `\u202e` for each invisible character, so a message shows what a file really holds. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
