/**
 * A design's kept versions (issue 14), newest first, each with its date, level, open errors, why it
 * was kept and its note: restore (one undo step; a design not open is opened first), compare with
 * the design as it is now, delete. Used by the 版本 dialog and per design in 我的图.
 */
import { useCallback, useEffect, useState } from 'react';
import './versions.css';
import { useStore } from 'zustand';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useSession, useUiStore } from '../editor/editor-context.tsx';
import { savedTime } from '../files/saved-time.ts';
import { useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import type { VersionRecord } from '../storage/diagram-db.ts';
import { usePersistence } from '../storage/persistence-context.tsx';
import { setCompareIntent } from '../compare/compare-request.ts';

export function VersionList({ diagramId, refreshKey = 0, onDone }: { diagramId: string; refreshKey?: number; onDone: () => void }) {
  const t = useT();
  const ct = useT();
  const lang = usePrefs((s) => s.lang);
  const session = useSession();
  const ui = useUiStore();
  const { persistence, state } = usePersistence();
  const currentId = useStore(state, (s) => s.currentId);
  const [versions, setVersions] = useState<VersionRecord[] | undefined>();
  const catalog = useCatalog();
  const refresh = useCallback(() => void persistence.versions().then(async (store) => setVersions((await store?.list(diagramId)) ?? [])), [persistence, diagramId]);
  useEffect(refresh, [refresh, refreshKey]);
  const restore = async (v: VersionRecord) => {
    if (diagramId !== currentId && !(await persistence.openStored(diagramId))) return;
    const doc = await (await persistence.versions())?.read(v.id, catalog);
    if (!doc) {
      ui.getState().notify('versions.unreadable', {}, 'warning');
      return;
    }
    session.run(commands.restoreVersion, { doc });
    ui.getState().notify('versions.restored');
    onDone();
  };
  if (!versions) return null;
  if (versions.length === 0) return <p className="versions__none">{ct('versions.none')}</p>;
  return (
    <ul className="versions" aria-label={ct('versions.title')}>
      {versions.map((v) => (
        <li key={v.id} className="versions__item" data-reason={v.reason}>
          <span className="versions__info">
            <span className="versions__date">{savedTime(v.createdAt, lang)}</span>
            {' · '}
            {t(`level.${v.level as 2 | 3 | 4}`)} · {ct('versions.errors', { count: v.errors })} · {ct(`versions.reason.${v.reason}Kept`)}
            {v.note && <span className="versions__note"> · {v.note}</span>}
          </span>
          <span className="versions__actions">
            <button type="button" onClick={() => void restore(v)}>
              {ct('versions.restore')}
            </button>
            {diagramId === currentId && (
              <button
                type="button"
                onClick={() => {
                  setCompareIntent({ kind: 'version', versionId: v.id });
                  ui.getState().openDialog('compare');
                }}
              >
                {ct('versions.compareWith')}
              </button>
            )}
            <button type="button" onClick={() => void persistence.versions().then((store) => store?.delete(v.id)).then(refresh)}>
              {ct('versions.delete')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
