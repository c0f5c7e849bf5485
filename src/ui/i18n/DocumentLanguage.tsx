import { useEffect } from 'react';
import { usePrefs } from '../state/prefs-store.ts';
import { useT } from './use-t.ts';

/** Keeps <html lang> and the window title in the UI language (screen readers and fonts rely on lang). */
export function DocumentLanguage(): null {
  const lang = usePrefs((s) => s.lang);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.name');
  }, [lang, t]);
  return null;
}
