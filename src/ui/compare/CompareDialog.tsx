/**
 * The compare dialog (lazy, Dialog 'compare'): takes the intent it was opened with (a version to
 * compare with the design, or the level delta) or lets the user pick two sides: two versions (or a
 * version and the design as it is now), the design and a file (read by the normal reader; a refused
 * file is named with its reason and location), or the design at two levels. Then the compare view.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { describeReadError } from '../../core/format/describe.ts';
import type { Level } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useEditorStore, useSession, useUiStore } from '../editor/editor-context.tsx';
import { readDiagramOnly } from '../files/open-file.ts';
import { savedTime } from '../files/saved-time.ts';
import { useT } from '../i18n/use-t.ts';
import { Modal } from '../shell/Modal.tsx';
import { usePrefs } from '../state/prefs-store.ts';
import type { VersionRecord } from '../storage/diagram-db.ts';
import { usePersistence } from '../storage/persistence-context.tsx';
import { CompareView } from './CompareView.tsx';
import { peekCompareIntent, setCompareIntent, type CompareRequest, type CompareSide } from './compare-request.ts';
import { proposeLevel } from './run-compare.ts';
import { LevelOptions } from '../shell/level-choice.tsx';

const CURRENT = 'current';

export function CompareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ct = useT();
  const catalog = useCatalog();
  const editor = useEditorStore();
  const session = useSession();
  const ui = useUiStore();
  const lang = usePrefs((s) => s.lang);
  const { persistence, state } = usePersistence();
  const currentId = useStore(state, (s) => s.currentId);
  const [intent] = useState(peekCompareIntent);
  const [request, setRequest] = useState<CompareRequest | undefined>();
  const [versions, setVersions] = useState<VersionRecord[]>([]);
  const [kind, setKind] = useState<'versions' | 'file' | 'levels'>('versions');
  const [picked, setPicked] = useState<{ before: string; after: string }>({ before: '', after: CURRENT });
  const [levels, setLevels] = useState<{ before: Level; after: Level }>({ before: 2, after: 3 });
  const [checkLevel, setCheckLevel] = useState<Level | undefined>();
  const [fileError, setFileError] = useState<{ headline: string; details: string[] } | undefined>();

  const current = (): CompareSide => ({ doc: editor.getState().doc, name: editor.getState().doc.meta.title });
  const versionName = (v: VersionRecord) => `${savedTime(v.createdAt, lang)}${v.note ? ` · ${v.note}` : ''}`;
  const side = async (id: string): Promise<CompareSide | undefined> => {
    if (id === CURRENT) return current();
    const doc = await (await persistence.versions())?.read(id, catalog);
    const v = versions.find((x) => x.id === id);
    return doc && { doc, name: v ? versionName(v) : doc.meta.title };
  };

  useEffect(() => {
    let live = true;
    setCompareIntent(undefined);
    void (async () => {
      const store = await persistence.versions();
      const list = (currentId && (await store?.list(currentId))) || [];
      if (!live) return;
      setVersions(list);
      if (list[0]) setPicked({ before: list[0].id, after: CURRENT });
      if (intent?.kind === 'levelDelta') {
        const doc = editor.getState().doc;
        const p = await proposeLevel(doc, catalog, intent.level);
        const level = (l: Level) => t(`level.${l}`);
        if (live)
          setRequest({
            before: { doc, name: ct('compare.levelSide', { title: doc.meta.title, level: level(doc.meta.level) }) },
            after: { doc: p.proposal, name: ct('compare.proposal', { level: level(intent.level) }) },
            level: intent.level,
            proposal: { level: intent.level, applied: p.applied, remaining: p.remaining },
          });
      } else if (intent?.kind === 'version') {
        const doc = await store?.read(intent.versionId, catalog);
        const v = list.find((x) => x.id === intent.versionId);
        if (live && doc) setRequest({ before: { doc, name: v ? versionName(v) : doc.meta.title }, after: current() });
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (request) {
    const proposal = request.proposal;
    const adopt = proposal
      ? () => {
          session.run(commands.adoptProposal, { doc: request.after.doc, level: proposal.level });
          ui.getState().notify('compare.adopted');
          onClose();
        }
      : undefined;
    return <CompareView request={request} onClose={onClose} {...(adopt ? { onAdopt: adopt } : {})} />;
  }
  if (intent) return null;

  const start = async () => {
    if (kind === 'versions') {
      const [before, after] = await Promise.all([side(picked.before), side(picked.after)]);
      if (before && after) setRequest({ before, after, ...(checkLevel ? { level: checkLevel } : {}) });
      return;
    }
    if (kind === 'levels') {
      const doc = editor.getState().doc;
      const at = (level: Level): CompareSide => ({ doc: { ...doc, meta: { ...doc.meta, level } }, name: ct('compare.levelSide', { title: doc.meta.title, level: t(`level.${level}`) }) });
      setRequest({ before: at(levels.before), after: at(levels.after) });
    }
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await readDiagramOnly(file, catalog);
    if (!outcome.ok) {
      const text = describeReadError(outcome.error, lang);
      setFileError({ headline: ct('compare.fileFailed', { name: outcome.name, reason: text.headline }), details: text.details });
      return;
    }
    setFileError(undefined);
    setRequest({ before: current(), after: { doc: outcome.diagram, name: file.name }, ...(checkLevel ? { level: checkLevel } : {}) });
  };
  const options = (
    <>
      <option value={CURRENT}>{ct('versions.current')}</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {versionName(v)}
        </option>
      ))}
    </>
  );
  return (
    <Modal title={ct('compare.title')} onClose={onClose} className="compare-pick">
      <fieldset>
        <legend>{ct('compare.pick')}</legend>
        {(['versions', 'file', 'levels'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="compare-kind" checked={kind === k} onChange={() => setKind(k)} />
            {ct(k === 'versions' ? 'compare.kindVersions' : k === 'file' ? 'compare.kindFile' : 'compare.kindLevels')}
          </label>
        ))}
      </fieldset>
      {kind !== 'levels' && (
        <label className="compare-pick__level">
          {ct('compare.checkLevel')}
          <select value={checkLevel ?? ''} onChange={(e) => setCheckLevel(e.target.value === '' ? undefined : (Number(e.target.value) as Level))}>
            <option value="">{ct('compare.ownLevel')}</option>
            <LevelOptions />
          </select>
        </label>
      )}
      {kind === 'versions' && (
        <div className="compare-pick__sides">
          <label>
            {ct('compare.before')}
            <select value={picked.before} onChange={(e) => setPicked({ ...picked, before: e.target.value })}>
              {options}
            </select>
          </label>
          <label>
            {ct('compare.after')}
            <select value={picked.after} onChange={(e) => setPicked({ ...picked, after: e.target.value })}>
              {options}
            </select>
          </label>
        </div>
      )}
      {kind === 'file' && (
        <div className="compare-pick__sides">
          <label>
            {ct('compare.file')}
            <input type="file" accept=".json,.mlps.json,application/json" onChange={(e) => void openFile(e.target.files?.[0])} />
          </label>
          {fileError && (
            <div role="alert" className="compare-pick__error">
              <p>{fileError.headline}</p>
              <ul>
                {fileError.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {kind === 'levels' && (
        <div className="compare-pick__sides">
          {(['before', 'after'] as const).map((s) => (
            <label key={s}>
              {ct(s === 'before' ? 'compare.before' : 'compare.after')}
              <select value={levels[s]} onChange={(e) => setLevels({ ...levels, [s]: Number(e.target.value) as Level })}>
                <LevelOptions />
              </select>
            </label>
          ))}
        </div>
      )}
      <div className="modal__actions">
        {kind !== 'file' && (
          <button type="button" className="primary" onClick={() => void start()}>
            {ct('compare.run')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
