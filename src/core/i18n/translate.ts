/**
 * Translation of message keys. Rules, the file reader and the CLI produce keys and parameters, never
 * text; the UI and the CLI translate at the last moment, so a language switch needs no re-check.
 * Parameters are inserted literally (the UI renders them as text nodes, exports escape them).
 */
import type { Lang, Localized } from '../model/localized.ts';
import { zh } from './messages.zh.ts';

export type MessageKey = keyof typeof zh;
/**
 * A message used as a parameter of another, translated when the outer one is: findings keep these
 * instead of text, so a finding made while only Chinese was loaded reads right in English later.
 */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: Params;
}
export type ParamValue = string | number | Localized | MessageRef;
export type Params = Readonly<Record<string, ParamValue>>;

/**
 * Chinese, the default, is always here; English is loaded on demand (`load-language.ts`), so the
 * first visit does not download a language it may never show. The UI switches to English only once
 * its table has arrived; until then, the few places that render both languages at once (search words
 * in the pickers, undo labels) get Chinese for the English half.
 */
const TABLES: Partial<Record<Lang, Record<MessageKey, string>>> = { zh };

export function registerMessages(lang: Lang, table: Record<MessageKey, string>): void {
  TABLES[lang] = table;
}

export function hasMessages(lang: Lang): boolean {
  return TABLES[lang] !== undefined;
}

function render(value: ParamValue, lang: Lang): string {
  if (typeof value !== 'object') return String(value);
  return 'key' in value ? t(lang, value.key, value.params) : value[lang];
}

/**
 * `{name}` inserts a parameter; `{name:one|other}` picks the English singular or plural by the
 * number in `name` ("{count} {count:error|errors}"), which Chinese never needs.
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = (TABLES[lang] ?? zh)[key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other!;
    return render(value, lang);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** A list joined the way each language writes one: 、 in Chinese, ", " in English. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
