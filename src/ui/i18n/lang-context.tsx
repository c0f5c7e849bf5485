/**
 * The UI language, provided once at the top of the app. Read from the preferences store by one
 * subscription here instead of one per component: a 2,000-node canvas has thousands of components
 * that translate (badges, labels), and each subscription is work on mount and on every store change.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '../../core/model/localized.ts';
import { usePrefs } from '../state/prefs-store.ts';

const LangContext = createContext<Lang | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const lang = usePrefs((s) => s.lang);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The current UI language; components re-render when it changes. */
export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (lang === null) throw new Error('LangProvider missing');
  return lang;
}
