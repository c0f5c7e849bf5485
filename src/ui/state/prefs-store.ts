/**
 * User preferences that are not part of any diagram (the UI language). Kept in localStorage when
 * available; a browser that refuses storage simply gets the defaults (Chinese first).
 */
import { create } from 'zustand';
import type { Lang } from '../../core/model/localized.ts';

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
    set({ lang });
  },
}));
