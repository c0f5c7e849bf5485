/**
 * Translation of message keys. Rules, the file reader and the CLI produce keys and parameters, never
 * text; the UI and the CLI translate at the last moment, so a language switch needs no re-check.
 * Parameters are inserted literally (the UI renders them as text nodes, exports escape them).
 */
import type { Lang, Localized } from '../model/localized.ts';
import type { zh } from './messages.zh.ts';
import { zhInterface } from './interface.zh.ts';

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
 * Messages come in packs (`load-language.ts`): the Chinese interface is always here; English, the
 * findings' texts (with the rules engine) and the documents' messages of either language are loaded on demand, so the first visit downloads neither.
 * The UI switches to English only once its interface pack has arrived, and the code that makes
 * documents loads their pack first; until English arrives, the few places that render both languages
 * at once (search words in the pickers, undo labels) get Chinese for the English half.
 */
const TABLES: Record<Lang, Partial<Record<MessageKey, string>>> = { zh: { ...zhInterface }, en: {} };
const PACKS = new Set<string>(['zh:interface']);

export type MessagePack = 'interface' | 'findings' | 'documents';

export function registerMessages(lang: Lang, pack: MessagePack, table: Partial<Record<MessageKey, string>>): void {
  Object.assign(TABLES[lang], table);
  PACKS.add(`${lang}:${pack}`);
}

export function hasMessages(lang: Lang, pack: MessagePack = 'interface'): boolean {
  return PACKS.has(`${lang}:${pack}`);
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
  // A pack not loaded yet (a bug: the caller should have loaded it) shows the Chinese text, or the key.
  const template = TABLES[lang][key] ?? TABLES.zh[key] ?? key;
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other!;
    return render(value, lang);
  });
}

/** A list joined the way each language writes one: 、 in Chinese, ", " in English. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
