/**
 * User text on its way into an export. Labels, titles and descriptions are data shown literally, but
 * some characters must not survive: XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/FFFF
 * (an SVG or draw.io file with one of them does not open at all), and bidi controls or zero-width
 * characters make printed text read differently from what is stored (U+202E turns "exe.txt" around).
 */

/** Characters XML 1.0 does not allow, anywhere: C0 controls except TAB/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Bidi embedding/override/isolate marks, zero-width characters, soft hyphen, DEL and C1 controls. */
const INVISIBLE = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Drawings never need more than this many characters of one string (a 1 MB label is cut here first). */
export const MAX_DRAWN_CHARS = 400;

/** Text safe inside an XML document (still to be escaped): illegal characters removed, nothing else changed. */
export function xmlLegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/**
 * Text as it is printed on a drawing or in a table cell: XML-legal, without invisible or direction-
 * changing characters, whitespace runs (newlines, tabs) folded to one space, trimmed.
 */
export function printable(text: string): string {
  return xmlLegal(text).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Printable text for a drawing, cut to at most `MAX_DRAWN_CHARS` code points first so that measuring
 * and fitting a hostile 1 MB label costs no more than a normal one (the drawing then ellipsizes it).
 */
export function drawable(text: string): string {
  const head = text.length > MAX_DRAWN_CHARS * 4 ? text.slice(0, MAX_DRAWN_CHARS * 4) : text;
  const clean = printable(head);
  const points = Array.from(clean);
  // At most MAX_DRAWN_CHARS in all, the ellipsis included, so that cutting twice changes nothing.
  return points.length > MAX_DRAWN_CHARS ? `${points.slice(0, MAX_DRAWN_CHARS - 1).join('')}…` : clean;
}
