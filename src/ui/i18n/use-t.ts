import { useCallback } from 'react';
import { t as translate, type MessageKey, type Params } from '../../core/i18n/translate.ts';
import type { Localized } from '../../core/model/localized.ts';
import { useLang } from './lang-context.tsx';

/** The translation function for the current UI language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

/** Pick the current language's text of a catalog name or description. */
export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text: Localized) => text[lang], [lang]);
}
