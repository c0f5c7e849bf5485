export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Text that exists in both languages; Chinese first. */
export interface Localized {
  zh: string;
  en: string;
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
