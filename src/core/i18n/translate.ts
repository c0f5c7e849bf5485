/**
 * Translation of message keys. Rules, the file reader and the CLI produce keys and parameters, never
 * text; the UI and the CLI translate at the last moment, so a language switch needs no re-check.
 * Parameters are inserted literally (the UI renders them as text nodes, exports escape them).
 */
import type { Lang, Localized } from '../model/localized.ts';
import { zh } from './messages.zh.ts';
import { en } from './messages.en.ts';

export type MessageKey = keyof typeof zh;
export type ParamValue = string | number | Localized;
export type Params = Readonly<Record<string, ParamValue>>;

const TABLES: Record<Lang, Record<MessageKey, string>> = { zh, en };

function render(value: ParamValue, lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/**
 * `{name}` inserts a parameter; `{name:one|other}` picks the English singular or plural by the
 * number in `name` ("{count} {count:error|errors}"), which Chinese never needs.
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = TABLES[lang][key];
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
