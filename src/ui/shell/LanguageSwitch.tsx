import type { Lang } from '../../core/model/localized.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { useT } from '../i18n/use-t.ts';

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'zh', label: '中文' },
  { lang: 'en', label: 'English' },
];

/** 中文 / English, each label written in its own language so anyone can find their way back. */
export function LanguageSwitch() {
  const lang = usePrefs((s) => s.lang);
  const setLang = usePrefs((s) => s.setLang);
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {OPTIONS.map((option) => (
        <button
          key={option.lang}
          type="button"
          lang={option.lang === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === option.lang}
          onClick={() => setLang(option.lang)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
