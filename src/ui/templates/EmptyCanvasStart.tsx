import { useMemo, useState } from 'react';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { DiagramThumbnail } from './DiagramThumbnail.tsx';
import { TEMPLATES, templateDiagram } from './bundled-templates.ts';
import { useStartDesign } from './use-start-design.ts';

/**
 * What an empty canvas shows: how to start drawing, and the reference templates to start from instead
 * (each a card with its preview, name and level). A card makes the design exactly as 新建 would with
 * that template chosen; 空白开始 puts the templates away and leaves the canvas to draw on.
 * Products dragged from the palette drop through this panel onto the canvas (the drop bubbles up).
 */
export function EmptyCanvasStart() {
  const t = useT();
  const local = useLocalized();
  const catalog = useCatalog();
  const start = useStartDesign();
  const [blank, setBlank] = useState(false);
  const docs = useMemo(() => new Map(TEMPLATES.map((info) => [info.id, templateDiagram(info, catalog)])), [catalog]);

  if (blank) {
    return (
      <p className="canvas__empty" aria-live="polite">
        {t('canvas.empty')}
      </p>
    );
  }
  return (
    <section className="empty-start" aria-label={t('start.region')}>
      <p className="empty-start__hint" aria-live="polite">
        {t('canvas.empty')}
      </p>
      <h2 className="empty-start__heading">{t('start.heading')}</h2>
      <ul className="empty-start__cards">
        {TEMPLATES.map((info) => (
          <li key={info.id}>
            <button type="button" className="empty-start__card" title={local(info.description)} onClick={() => void start({ template: info })}>
              <DiagramThumbnail doc={docs.get(info.id)!} catalog={catalog} width={160} height={90} />
              <span className="empty-start__name">{local(info.name)}</span>
              <span className="template-card__level">{t(`level.${info.level}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="empty-start__blank" onClick={() => setBlank(true)}>
        {t('start.blank')}
      </button>
    </section>
  );
}
