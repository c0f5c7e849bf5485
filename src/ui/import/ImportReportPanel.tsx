import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { importSection } from '../../core/report/report-import.ts';
import { useCatalog, useEditorState, useSession, useUiStore } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import './import.css';

/**
 * The import report (issue 13), beside the canvas: resources read, mapped, merged and not mapped,
 * the connections derived and from what, the ones to add by hand, secrets dropped; after a re-import
 * what was added (highlighted on the canvas until this panel is closed) and removed. Closed, it is a
 * button that brings it back.
 */
export function ImportReportPanel() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  const store = useSession().importReport;
  const report = useStore(store, (s) => s.report);
  const fileName = useStore(store, (s) => s.fileName);
  const shown = useStore(store, (s) => s.showChanges);
  const doc = useEditorState((s) => s.doc);
  const ui = useUiStore();
  // The canvas just got narrower: the imported design (or what changed in it) is fitted into what is left.
  useEffect(() => {
    if (!report || !shown) return;
    const frame = requestAnimationFrame(() => ui.getState().view?.fit());
    return () => cancelAnimationFrame(frame);
  }, [report, shown, ui]);
  const section = useMemo(() => (report ? importSection(report, fileName, doc, catalog, lang) : undefined), [report, fileName, doc, catalog, lang]);
  if (!section) return null;
  // Closed: a button brings it back (the report stays for the compliance report until another design opens).
  if (!shown)
    return (
      <button type="button" className="import-report-reopen" onClick={() => store.reopen()}>
        {t('importUi.report')}
      </button>
    );
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <header className="import-report__header">
        <h2 id="import-report-title">{t('importUi.reportOf', { name: section.fileName })}</h2>
        <button type="button" className="import-report__close" aria-label={t('importUi.close')} onClick={() => store.dismiss()}>
          ×
        </button>
      </header>
      <dl className="import-report__figures">
        {section.figures.map((f) => (
          <div key={f.id} className={`import-report__figure import-report__figure--${f.id}`}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {section.lists.map((list) => (
        <section key={list.id} className={`import-report__list import-report__list--${list.id}`} aria-label={list.title}>
          <h3>
            {list.title} <span className="import-report__count">{list.items.length}</span>
          </h3>
          <ul>
            {list.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
