import { CatalogError } from '../../core/catalog/catalog-error.ts';
import { t } from '../../core/i18n/translate.ts';
import { usePrefs } from '../state/prefs-store.ts';

/** Shown instead of the editor when the app cannot start (a broken build), with the reason. */
export function StartupFailure({ error }: { error: unknown }) {
  const lang = usePrefs((s) => s.lang);
  const problems = error instanceof CatalogError ? error.problems : [error instanceof Error ? error.message : String(error)];
  return (
    <div className="startup-failure" role="alert">
      <h1>{t(lang, 'app.name')}</h1>
      <p>{t(lang, 'app.catalogError')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
