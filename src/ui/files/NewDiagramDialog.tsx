import { useState } from 'react';
import { codePointLength } from '../../core/format/text.ts';
import { LEVELS, type Level } from '../../core/model/types.ts';
import { useT } from '../i18n/use-t.ts';
import { usePersistence } from '../storage/persistence-context.tsx';
import { Modal } from '../shell/Modal.tsx';
import { blankDiagram } from './blank-diagram.ts';

/** New diagram: asks the system's name and the level it is graded at. */
export function NewDiagramDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { persistence } = usePersistence();
  const [title, setTitle] = useState(t('file.untitled'));
  const [level, setLevel] = useState<Level>(3);
  const error = title.trim() === '' ? t('inspector.titleRequired') : codePointLength(title) > 200 ? t('inspector.tooLong', { max: 200 }) : undefined;
  return (
    <Modal title={t('file.newTitle')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (error) return;
          onClose();
          void persistence.openDiagram(blankDiagram(title.trim(), level));
        }}
      >
        <label className="field">
          <span className="field__label">{t('inspector.title')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error !== undefined} autoFocus />
          {error && <span className="field__error">{error}</span>}
        </label>
        <fieldset className="field">
          <legend className="field__label">{t('inspector.level')}</legend>
          <div className="segmented">
            {LEVELS.map((l) => (
              <label key={l}>
                <input type="radio" name="level" value={l} checked={level === l} onChange={() => setLevel(l)} />
                {t(`level.${l}`)}
              </label>
            ))}
          </div>
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
