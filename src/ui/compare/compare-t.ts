/**
 * The words of the versions and compare dialogs (issue 14), in both languages, loaded with those
 * dialogs rather than in the first-load message table (they are only ever shown there). Same
 * placeholders as `t`: `{name}`, and `{count:one|other}` for English plurals.
 */
import { useCallback } from 'react';
import { compareView as en } from '../../core/i18n/en/compare-view.ts';
import { compareView as zh } from '../../core/i18n/zh/compare-view.ts';
import { t, type ParamValue, type Params } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/model/localized.ts';
import { useLang } from '../i18n/lang-context.tsx';

export type CompareKey = keyof typeof zh;

const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

function render(value: ParamValue, lang: Lang): string {
  if (typeof value !== 'object') return String(value);
  return 'key' in value ? t(lang, value.key, value.params) : value[lang];
}

export function compareText(lang: Lang, key: CompareKey, params?: Params): string {
  const template = (lang === 'en' ? en : zh)[key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other!;
    return render(value, lang);
  });
}

export function useCompareT(): (key: CompareKey, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: CompareKey, params?: Params) => compareText(lang, key, params), [lang]);
}
