/**
 * 版本 (lazy, Dialog 'versions'): keep the design as it is now as a version with a note, and the
 * design's versions with restore, compare and delete; the archive download of design and versions.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { useUiStore } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { usePersistence } from '../storage/persistence-context.tsx';
import { downloadArchive } from './download-archive.ts';
import { VersionList } from './VersionList.tsx';

export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ct = useT();
  const ui = useUiStore();
  const { persistence, state } = usePersistence();
  const currentId = useStore(state, (s) => s.currentId);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(0);
  return (
    <Modal title={ct('versions.title')} onClose={onClose} className="versions-dialog">
      <form
        className="versions__save"
        onSubmit={(e) => {
          e.preventDefault();
          void persistence.saveVersion(note.trim()).then((record) => {
            if (!record) return;
            setNote('');
            setSaved((n) => n + 1);
            ui.getState().notify('versions.saved');
          });
        }}
      >
        <label>
          {ct('versions.note')}
          <input value={note} maxLength={MAX_TITLE_LENGTH} onChange={(e) => setNote(e.target.value)} autoFocus />
        </label>
        <button type="submit" className="primary" disabled={!currentId}>
          {ct('versions.save')}
        </button>
      </form>
      {currentId && <VersionList diagramId={currentId} refreshKey={saved} onDone={onClose} />}
      <div className="modal__actions">
        {currentId && (
          <button type="button" onClick={() => void downloadArchive(persistence, currentId)}>
            {ct('versions.archive')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
