/**
 * User preferences that are not part of any diagram (the UI language). Kept in localStorage when
 * available; a browser that refuses storage simply gets the defaults (Chinese first).
 */
import { create } from 'zustand';
import type { Lang } from '../../core/model/localized.ts';
import { loadDocumentMessages, loadLanguage } from '../../core/i18n/load-language.ts';
import { hasMessages } from '../../core/i18n/translate.ts';

const LANG_KEY = 'mlps-designer.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

interface PrefsState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const usePrefs = create<PrefsState>((set) => ({
  lang: storedLang(),
  setLang(lang) {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Storage refused (private mode, quota): the choice lasts for this session only.
    }
    // The language's messages first (English is a chunk of its own), then the switch: nothing is
    // ever drawn in a language whose table has not arrived. Offline, the service worker has it.
    // Once documents' messages are in use (a dialog has loaded them), the new language's come too.
    const documents = hasMessages('zh', 'documents') || hasMessages('en', 'documents');
    if (hasMessages(lang) && (!documents || hasMessages(lang, 'documents'))) set({ lang });
    else void (documents ? loadDocumentMessages(lang) : loadLanguage(lang)).then(() => set({ lang }));
  },
}));
