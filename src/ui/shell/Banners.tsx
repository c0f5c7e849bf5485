import { useStore } from 'zustand';
import { describeReadError } from '../../core/format/describe.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import { useEditorStore } from '../editor/editor-context.tsx';
import { downloadDiagram, downloadText } from '../files/download.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { useT } from '../i18n/use-t.ts';
import { usePersistence } from '../storage/persistence-context.tsx';

/**
 * Lasting warnings the user cannot miss: a save that failed (with a download), a newer version saved
 * by another tab, a stored diagram that could not be read, storage that is not available at all.
 */
export function Banners() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const editor = useEditorStore();
  const { persistence, state } = usePersistence();
  const s = useStore(state);
  return (
    <div className="banners">
      {s.status === 'failed' && (
        <div className="banner banner--error" role="alert">
          <p>{t('save.failed', { reason: s.failure ?? '?' })}</p>
          <button type="button" onClick={() => downloadDiagram(editor.getState().doc)}>
            {t('save.download')}
          </button>
          <button type="button" onClick={() => void persistence.retry()}>
            {t('save.retry')}
          </button>
        </div>
      )}
      {s.versionFailure && (
        <div className="banner banner--error" role="alert">
          <p>{t('versions.failed', { reason: s.versionFailure })}</p>
          <button type="button" onClick={() => downloadDiagram(editor.getState().doc)}>
            {t('save.download')}
          </button>
          <button type="button" onClick={() => persistence.dismissVersionFailure()}>
            {t('save.dismiss')}
          </button>
        </div>
      )}
      {s.status === 'conflict' && (
        <div className="banner banner--warning" role="alert">
          <p>{t('save.conflict')}</p>
          <button type="button" onClick={() => void persistence.resolveConflict('load')}>
            {t('save.conflictLoad')}
          </button>
          <button type="button" onClick={() => void persistence.resolveConflict('copy')}>
            {t('save.conflictKeep')}
          </button>
        </div>
      )}
      {s.unreadable && (
        <div className="banner banner--warning" role="alert">
          <p>{t('save.unreadable', { title: s.unreadable.title, reason: describeReadError(s.unreadable.error, lang).headline })}</p>
          <button type="button" onClick={() => downloadText(s.unreadable!.text, safeFileName(s.unreadable!.title, '.mlps.json'))}>
            {t('save.unreadableDownload')}
          </button>
          <button type="button" onClick={() => persistence.dismissUnreadable()}>
            {t('save.dismiss')}
          </button>
        </div>
      )}
      {s.status === 'unavailable' && (
        <div className="banner banner--error" role="alert">
          <p>{t('save.storageUnavailable', { reason: s.unavailable ?? '?' })}</p>
          <button type="button" onClick={() => downloadDiagram(editor.getState().doc)}>
            {t('save.download')}
          </button>
        </div>
      )}
    </div>
  );
}
