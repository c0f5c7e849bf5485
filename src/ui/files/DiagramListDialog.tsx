import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { codePointLength } from '../../core/standard/text.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import type { StoredEntry } from '../storage/persistence.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { DiagramThumbnail } from '../templates/DiagramThumbnail.tsx';
import { usePersistence } from '../storage/persistence-context.tsx';
import { usePrefs } from '../state/prefs-store.ts';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { downloadText } from './download.ts';
import { savedTime } from './saved-time.ts';

type Row = StoredEntry;

/** Beyond this many nodes a preview draws the zones only (see DiagramThumbnail). */
const PREVIEW_MAX_SHAPES = 300;

/**
 * The diagrams kept in this browser, each with a small picture, its level and when it last changed:
 * open, rename, duplicate, delete, download.
 */
export function DiagramListDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  const { persistence, state } = usePersistence();
  const currentId = useStore(state, (s) => s.currentId);
  const [rows, setRows] = useState<Row[] | undefined>();
  const [renaming, setRenaming] = useState<{ id: string; title: string } | undefined>();
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const refresh = useCallback(() => void persistence.listStored().then(setRows), [persistence]);
  useEffect(refresh, [refresh]);
  const time = (ms: number) => savedTime(ms, lang);

  return (
    <Modal title={t('file.listTitle')} onClose={onClose} className="diagram-list">
      {rows?.length === 0 && <p>{t('file.listEmpty')}</p>}
      <ul className="diagram-list__items">
        {rows?.map((row) => (
          <li key={row.id} className="diagram-list__item" aria-current={row.id === currentId ? 'true' : undefined}>
            {row.doc ? (
              <DiagramThumbnail doc={row.doc} catalog={catalog} width={96} height={58} maxShapes={PREVIEW_MAX_SHAPES} className="thumbnail diagram-list__preview" />
            ) : (
              <span className="diagram-list__preview diagram-list__preview--none" aria-hidden="true" />
            )}
            {renaming?.id === row.id ? (
              <form
                className="diagram-list__rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  const title = renaming.title.trim();
                  if (title === '' || codePointLength(title) > MAX_TITLE_LENGTH) return;
                  setRenaming(undefined);
                  void persistence.renameStored(row.id, title).then(refresh);
                }}
              >
                <input aria-label={t('file.renamePrompt')} value={renaming.title} onChange={(e) => setRenaming({ id: row.id, title: e.target.value })} autoFocus />
                <button type="submit">{t('file.listRename')}</button>
              </form>
            ) : (
              <div className="diagram-list__info">
                <span className="diagram-list__title">{row.title}</span>
                <span className="diagram-list__meta">
                  {t(`level.${row.level as 2 | 3 | 4}`)} · {t('file.listUpdated', { time: time(row.updatedAt) })}
                  {row.id === currentId && ` · ${t('file.listCurrent')}`}
                  {!row.readable && ` · ${t('file.listUnreadable')}`}
                </span>
              </div>
            )}
            <div className="diagram-list__actions">
              <button
                type="button"
                disabled={!row.readable || row.id === currentId}
                onClick={() => {
                  onClose();
                  void persistence.openStored(row.id);
                }}
              >
                {t('file.listOpen')}
              </button>
              <button type="button" disabled={!row.readable} onClick={() => setRenaming({ id: row.id, title: row.title })}>
                {t('file.listRename')}
              </button>
              <button type="button" disabled={!row.readable} onClick={() => void persistence.duplicateStored(row.id, t('file.copySuffix')).then(refresh)}>
                {t('file.listDuplicate')}
              </button>
              <button
                type="button"
                onClick={() => void persistence.storedText(row.id).then((r) => r && downloadText(r.text, safeFileName(r.title, '.mlps.json')))}
              >
                {t('file.listDownload')}
              </button>
              {confirmDelete === row.id ? (
                <button type="button" className="danger" onClick={() => void persistence.deleteStored(row.id).then(refresh)}>
                  {t('file.deleteConfirm', { title: row.title })}
                </button>
              ) : (
                <button type="button" disabled={row.id === currentId} onClick={() => setConfirmDelete(row.id)}>
                  {t('file.listDelete')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
