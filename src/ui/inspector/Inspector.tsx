import { useId } from 'react';
import { useT } from '../i18n/use-t.ts';

export function Inspector() {
  const t = useT();
  const headingId = useId();
  return (
    <aside className="inspector" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {t('app.inspector')}
      </h2>
      <p className="inspector__empty">{t('app.nothingSelected')}</p>
    </aside>
  );
}
