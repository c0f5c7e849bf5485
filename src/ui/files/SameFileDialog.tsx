import { useLang } from '../i18n/lang-context.tsx';
import { useT } from '../i18n/use-t.ts';
import type { SameContent } from '../storage/persistence.ts';
import { Modal } from '../shell/Modal.tsx';
import { savedTime } from './saved-time.ts';

/**
 * The file being opened is already in 我的图 (the very same document): open that entry instead of
 * adding a second identical one, or keep the file as a new diagram anyway. Cancel changes nothing.
 */
export function SameFileDialog({ same, onOpenExisting, onOpenAsNew, onClose }: { same: SameContent; onOpenExisting: () => void; onOpenAsNew: () => void; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <Modal title={t('file.sameTitle')} onClose={onClose} className="same-file">
      <p>{same.current || same.updatedAt === undefined ? t('file.sameCurrent', { title: same.title }) : t('file.sameStored', { title: same.title, time: savedTime(same.updatedAt, lang) })}</p>
      <p>{t('file.sameQuestion')}</p>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('file.cancel')}
        </button>
        <button type="button" onClick={onOpenAsNew}>
          {t('file.openAsNew')}
        </button>
        <button type="button" className="primary" onClick={onOpenExisting} autoFocus>
          {t('file.openExisting')}
        </button>
      </div>
    </Modal>
  );
}
