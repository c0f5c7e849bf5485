import { useEffect, useState, type ChangeEvent } from 'react';
import { describeReadError } from '../../core/format/describe.ts';
import type { ReadError } from '../../core/format/errors.ts';
import type { Diagram } from '../../core/model/types.ts';
import { useCatalog, useUiStore } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { usePersistence } from '../storage/persistence-context.tsx';
import type { SameContent } from '../storage/persistence.ts';
import { Modal } from '../shell/Modal.tsx';
import { readDiagramFile } from './open-file.ts';
import { SameFileDialog } from './SameFileDialog.tsx';

/**
 * Open from the file picker (toolbar, ⌘O / Ctrl+O) or by dropping a `.mlps.json` file anywhere on the
 * window; a Terraform or ROS file goes to the import dialog (recognised by content). A file that cannot be used changes nothing and says what is wrong and where. A file that is
 * already in 我的图 asks first whether to open that entry or add the file as a new one.
 */
export function FileOpener() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog();
  const { persistence } = usePersistence();
  const ui = useUiStore();
  // A diagram reader's refusal (said in the current language), or an import's (already said).
  const [failure, setFailure] = useState<{ name: string; error?: ReadError; notInfra?: boolean; importErrors?: string[] } | undefined>();
  const [dropping, setDropping] = useState(false);
  const [alreadyKept, setAlreadyKept] = useState<{ doc: Diagram; same: SameContent } | undefined>();

  const open = async (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    const outcome = await readDiagramFile(files[0]!, catalog, lang);
    if (outcome.ok === 'import') {
      ui.getState().startImport({ fileName: outcome.name, plan: outcome.plan });
      return;
    }
    if (!outcome.ok) {
      setFailure(outcome);
      return;
    }
    const same = await persistence.findSameContent(outcome.diagram);
    if (same) setAlreadyKept({ doc: outcome.diagram, same });
    else await persistence.openDiagram(outcome.diagram);
  };

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      void open(e.dataTransfer?.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const text = failure?.error ? describeReadError(failure.error, lang) : undefined;
  const details = failure?.importErrors ?? text?.details ?? [];
  return (
    <>
      <input
        id="open-file-input"
        type="file"
        accept=".json,.mlps.json,application/json,.yaml,.yml,.tfstate"
        hidden
        aria-label={t('file.openTitle')}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          void open(e.target.files);
          e.target.value = '';
        }}
      />
      {dropping && <div className="drop-overlay">{t('file.dropHint')}</div>}
      {alreadyKept && (
        <SameFileDialog
          same={alreadyKept.same}
          onClose={() => setAlreadyKept(undefined)}
          onOpenExisting={() => {
            setAlreadyKept(undefined);
            if (!alreadyKept.same.current) void persistence.openStored(alreadyKept.same.id);
          }}
          onOpenAsNew={() => {
            setAlreadyKept(undefined);
            void persistence.openDiagram(alreadyKept.doc);
          }}
        />
      )}
      {failure && (
        <Modal title={t(failure.importErrors ? 'importFile.refused' : 'file.openFailed', { name: failure.name })} onClose={() => setFailure(undefined)} className="open-error">
          {text && <p className="open-error__headline">{text.headline}</p>}
          {details.length > 0 && (
            <ul className="open-error__details">
              {details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {failure.notInfra && <p>{t('importFile.notInfra')}</p>}
          <p className="open-error__kept">{t('file.openFailedKept')}</p>
          <div className="modal__actions">
            <button type="button" onClick={() => setFailure(undefined)} autoFocus>
              {t('shortcuts.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
