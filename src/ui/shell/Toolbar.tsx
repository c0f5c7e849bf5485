import { EDGE_KINDS, type EdgeKind, type Level } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import { actionById } from '../actions/actions.ts';
import { displayShortcut } from '../actions/keys.ts';
import { useActionContext } from '../actions/action-context.tsx';
import { useEditorState, useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { setCompareIntent } from '../compare/compare-request.ts';
import type { HistoryEntry } from '../../core/history/history.ts';
import type { MessageKey, Params } from '../../core/i18n/translate.ts';
import { LevelOptions } from './level-choice.tsx';

/** File, history and drawing commands, the level the design is checked at, the new-connection kind. */
export function Toolbar() {
  const t = useT();
  const ctx = useActionContext();
  const canUndo = useEditorState((s) => s.history.past.length > 0);
  const canRedo = useEditorState((s) => s.history.future.length > 0);
  const lastDone = useEditorState((s) => s.history.past[s.history.past.length - 1]);
  const nextRedo = useEditorState((s) => s.history.future[0]);
  const level = useEditorState((s) => s.doc.meta.level);
  const edgeKind = useEditorState((s) => s.newEdgeKind);
  const snap = useEditorState((s) => s.snapToGrid);
  const connectMode = useUiState((s) => s.connectMode);
  const what = (entry: HistoryEntry | undefined) => (entry ? t(entry.label as MessageKey, entry.labelParams as Params | undefined) : '');
  const run = (id: string) => actionById(id).run(ctx);
  const titled = (label: string, id: string) => {
    const key = actionById(id).keys[0];
    return key ? `${label} (${displayShortcut(key)})` : label;
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__group">
        <button type="button" onClick={() => ctx.ui.getState().openDialog('new')}>
          {t('toolbar.new')}
        </button>
        <button type="button" onClick={() => run('open')} title={titled(t('toolbar.open'), 'open')}>
          {t('toolbar.open')}
        </button>
        <button type="button" onClick={() => run('download')} title={titled(t('toolbar.download'), 'download')}>
          {t('toolbar.download')}
        </button>
        <button type="button" onClick={() => ctx.ui.getState().openDialog('list')}>
          {t('toolbar.myDiagrams')}
        </button>
        <button type="button" onClick={() => ctx.ui.getState().openDialog('export')} title={titled(t('exportDialog.open'), 'export')}>
          {t('exportDialog.open')}
        </button>
        <button type="button" onClick={() => ctx.ui.getState().openDialog('prices')}>
          {t('priceUi.open')}
        </button>
        <button type="button" onClick={() => ctx.ui.getState().openDialog('versions')}>
          {t('toolbar.versions')}
        </button>
        <button
          type="button"
          onClick={() => {
            setCompareIntent(undefined);
            ctx.ui.getState().openDialog('compare');
          }}
        >
          {t('toolbar.compare')}
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" disabled={!canUndo} onClick={() => run('undo')} title={canUndo ? t('toolbar.undoWhat', { what: what(lastDone) }) : t('toolbar.undo')}>
          {t('toolbar.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => run('redo')} title={canRedo ? t('toolbar.redoWhat', { what: what(nextRedo) }) : t('toolbar.redo')}>
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="toolbar__group">
        <label className="toolbar__field">
          <span>{t('toolbar.level')}</span>
          <select
            value={level}
            onChange={(e) => {
              // The design as it was is kept as a version first (issue 14).
              void ctx.persistence.saveAutomaticVersion('level');
              ctx.session.run(commands.setLevel, { level: Number(e.target.value) as Level });
            }}
          >
            <LevelOptions />
          </select>
        </label>
        {level < 4 && (
          <button
            type="button"
            onClick={() => {
              setCompareIntent({ kind: 'levelDelta', level: (level + 1) as 3 | 4 });
              ctx.ui.getState().openDialog('compare');
            }}
          >
            {t('toolbar.levelDelta', { level: t(`level.${(level + 1) as 3 | 4}`) })}
          </button>
        )}
        <label className="toolbar__field">
          <span>{t('toolbar.edgeKind')}</span>
          <select value={edgeKind} onChange={(e) => ctx.editor.getState().setNewEdgeKind(e.target.value as EdgeKind)}>
            {EDGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`edgeKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field toolbar__field--check">
          <input type="checkbox" checked={snap} onChange={(e) => ctx.editor.getState().setSnapToGrid(e.target.checked)} />
          <span>{t('toolbar.snap')}</span>
        </label>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="toolbar__toggle"
          aria-pressed={connectMode}
          onClick={() => run('connectMode')}
          title={t('canvas.connectModeHint')}
          aria-keyshortcuts="C"
        >
          {t('canvas.connectMode')}
        </button>
        <button type="button" onClick={() => run('layoutAll')} title={titled(t('layout.runHint'), 'layoutAll')}>
          {t('tidy.all')}
        </button>
        <button type="button" onClick={() => run('fit')} title={titled(t('toolbar.fit'), 'fit')}>
          {t('toolbar.fit')}
        </button>
        <button type="button" onClick={() => run('help')} title={titled(t('toolbar.shortcuts'), 'help')} aria-keyshortcuts="?">
          {t('toolbar.shortcuts')}
        </button>
      </div>
    </div>
  );
}
