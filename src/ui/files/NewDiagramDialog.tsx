import { useState } from 'react';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { codePointLength } from '../../core/standard/text.ts';
import type { Level } from '../../core/model/types.ts';
import type { TemplateInfo } from '../../core/templates/template-index.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { useLocalized, useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { Modal } from '../shell/Modal.tsx';
import { TemplatePreview } from '../templates/DiagramThumbnail.tsx';
import { TEMPLATES } from '../templates/bundled-templates.ts';
import { templateTitle } from '../templates/new-design.ts';
import { useStartDesign } from '../templates/use-start-design.ts';
import { LevelRadios } from '../shell/level-choice.tsx';

const EMPTY = 'empty';

/**
 * New diagram: the system's name, the level it is graded at, and what to start from: an empty canvas
 * or one of the reference templates (each shown with a preview, its level and what it includes).
 * Choosing a template fills in its name as the system's name until the user types their own.
 */
export function NewDiagramDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const local = useLocalized();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  const start = useStartDesign();
  const [title, setTitle] = useState(t('file.untitled'));
  const [titleTyped, setTitleTyped] = useState(false);
  const [level, setLevel] = useState<Level>(3);
  const [choice, setChoice] = useState<string>(EMPTY);
  const error = title.trim() === '' ? t('inspector.titleRequired') : codePointLength(title) > MAX_TITLE_LENGTH ? t('inspector.tooLong', { max: MAX_TITLE_LENGTH }) : undefined;

  const choose = (info: TemplateInfo | undefined) => {
    setChoice(info ? info.id : EMPTY);
    if (info) setLevel(info.level);
    if (!titleTyped) setTitle(info ? templateTitle(info, lang) : t('file.untitled'));
  };
  const create = () => {
    if (error) return;
    onClose();
    void start({ template: TEMPLATES.find((tpl) => tpl.id === choice), title: title.trim(), level });
  };

  return (
    <Modal title={t('file.newTitle')} onClose={onClose} className="new-diagram">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <div className="new-diagram__fields">
          <label className="field">
            <span className="field__label">{t('inspector.title')}</span>
            <input value={title} onChange={(e) => {
                setTitle(e.target.value);
                setTitleTyped(true);
              }} aria-invalid={error !== undefined} autoFocus />
            {error && <span className="field__error">{error}</span>}
          </label>
          <LevelRadios name="level" level={level} onChange={setLevel} />
        </div>
        <fieldset className="templates" aria-label={t('templates.title')}>
          <legend className="field__label">{t('templates.title')}</legend>
          <label className={`template-card${choice === EMPTY ? ' is-chosen' : ''}`}>
            <input type="radio" name="template" aria-label={t('templates.empty')} checked={choice === EMPTY} onChange={() => choose(undefined)} />
            <span className="template-card__preview template-card__preview--empty" aria-hidden="true" />
            <span className="template-card__name">{t('templates.empty')}</span>
            <span className="template-card__description">{t('templates.emptyDescription')}</span>
          </label>
          {TEMPLATES.map((info) => (
            <label key={info.id} className={`template-card${choice === info.id ? ' is-chosen' : ''}`}>
              <input type="radio" name="template" aria-label={local(info.name)} checked={choice === info.id} onChange={() => choose(info)} />
              <TemplatePreview id={info.id} />
              <span className="template-card__name">
                {local(info.name)} <span className="template-card__level">{t(`level.${info.level}`)}</span>
              </span>
              <span className="template-card__description">{local(info.description)}</span>
              {info.includes.length > 0 && (
                <span className="template-card__includes">
                  {t('templates.includes', {
                    products: info.includes
                      .map((id) => catalog.product(id))
                      .filter((p) => p !== undefined)
                      .map((p) => local(p.name))
                      .join(lang === 'zh' ? '、' : ', '),
                  })}
                </span>
              )}
            </label>
          ))}
        </fieldset>
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('file.cancel')}
          </button>
          <button type="submit" className="primary" disabled={error !== undefined}>
            {t('file.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
