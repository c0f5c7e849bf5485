/**
 * User text on its way into an export. Labels, titles and descriptions are data shown literally, but
 * some characters must not survive: XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/FFFF
 * (an SVG or draw.io file with one of them does not open at all), and bidi controls or zero-width
 * characters make printed text read differently from what is stored (U+202E turns "exe.txt" around).
 */
import { INVISIBLE_CHARACTERS } from '../../model/invisible.ts';

/** Characters XML 1.0 does not allow, anywhere: C0 controls except TAB/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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
  return xmlLegal(text).replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Printable text of at most `max` code points, the ellipsis included (so that cutting twice changes
 * nothing). The input is cut to 4 × `max` UTF-16 units before it is cleaned, so that cleaning and then
 * measuring a hostile 1 MB string costs no more than a normal one.
 */
export function cutPrintable(text: string, max: number): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = printable(head);
  const points = Array.from(clean);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : clean;
}

/** Printable text for a drawing, at most `MAX_DRAWN_CHARS` code points (the drawing then ellipsizes it to fit). */
export function drawable(text: string): string {
  return cutPrintable(text, MAX_DRAWN_CHARS);
}
