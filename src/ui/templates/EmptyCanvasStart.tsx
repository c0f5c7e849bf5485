import { useState } from 'react';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { TemplatePreview } from './DiagramThumbnail.tsx';
import { TEMPLATES } from './bundled-templates.ts';
import { useStartDesign } from './use-start-design.ts';

/**
 * What an empty canvas shows: how to start drawing, and the reference templates to start from instead
 * (each a card with its preview, name and level). A card makes the design exactly as 新建 would with
 * that template chosen; 空白开始 puts the templates away and leaves the canvas to draw on.
 * Products dragged from the palette onto the cards still land on the canvas (the drop bubbles up).
 */
export function EmptyCanvasStart() {
  const t = useT();
  const local = useLocalized();
  const start = useStartDesign();
  const [blank, setBlank] = useState(false);

  // The hint keeps the middle of the canvas (where people click and drop); the templates sit along its
  // top edge, so a click meant for the empty canvas does not start a design by accident.
  return (
    <>
      <p className="canvas__empty" aria-live="polite">
        {t('canvas.empty')}
      </p>
      {!blank && (
        <section className="empty-start" aria-label={t('start.region')}>
          <div className="empty-start__bar">
            <h2 className="empty-start__heading">{t('start.heading')}</h2>
            <button type="button" className="empty-start__blank" onClick={() => setBlank(true)}>
              {t('start.blank')}
            </button>
          </div>
          <ul className="empty-start__cards">
            {TEMPLATES.map((info) => (
              <li key={info.id}>
                <button type="button" className="empty-start__card" title={local(info.description)} onClick={() => void start({ template: info })}>
                  <TemplatePreview id={info.id} width={136} height={68} />
                  <span className="empty-start__name">{local(info.name)}</span>
                  <span className="template-card__level">{t(`level.${info.level}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
