/**
 * User text on its way into the report. Everything printed is `printable` (no control, bidi or
 * zero-width characters, whitespace folded), and bounded: names and labels are cut like on the
 * drawing, long free text (waiver reasons, manual notes: at most 1,000 characters in a valid file)
 * at a few thousand characters, so a hostile document cannot blow up the report. Escaping for HTML
 * happens later, in the HTML writer; the PDF writer needs none.
 */
import { t, type MessageKey, type ParamValue, type Params } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import { cutPrintable, drawable, printable } from '../export/text/clean-text.ts';

/** Longest free text printed (a valid file allows 1,000 characters; hostile ones may have more). */
export const MAX_FREE_TEXT = 2000;

export function freeText(text: string): string {
  return cutPrintable(text, MAX_FREE_TEXT);
}

function cleanParam(value: ParamValue): ParamValue {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return drawable(value);
  if ('key' in value) return value.params ? { key: value.key, params: cleanParams(value.params) } : value;
  return { zh: drawable(value.zh), en: drawable(value.en) };
}

function cleanParams(params: Params): Params {
  const clean: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) clean[name] = cleanParam(value);
  return clean;
}

/**
 * A message whose parameters (node names, labels, edge names) are made drawable before they are
 * inserted: each is bounded, so the message is too, and nothing invisible gets into the text.
 */
export function cleanMessage(lang: Lang, key: MessageKey, params: Params): string {
  return printable(t(lang, key, cleanParams(params)));
}
