/**
 * The editor: creates the workbench (session, canvas, UI, persistence) once and lays out the
 * title bar, toolbar, palette, canvas and inspector.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { ReactFlowProvider } from '@xyflow/react';
import type { Catalog } from '../core/catalog/types.ts';
import type { ActionContext } from './actions/context.ts';
import { useGlobalInput } from './actions/use-global-input.ts';
import { DiagramCanvas } from './canvas/DiagramCanvas.tsx';
import { FindingsPanel } from './findings/FindingsPanel.tsx';
import { useUiState } from './editor/editor-context.tsx';
import type { Dialog } from './editor/ui-store.ts';
import { FileOpener } from './files/FileOpener.tsx';
import { DocumentLanguage } from './i18n/DocumentLanguage.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { LayoutProgress } from './layout/LayoutProgress.tsx';
import { Palette } from './palette/Palette.tsx';
import { Banners } from './shell/Banners.tsx';
import { ContextMenu } from './shell/ContextMenu.tsx';
import { SkipLink } from './shell/SkipLink.tsx';
import { TitleBar } from './shell/TitleBar.tsx';
import { Toasts } from './shell/Toasts.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { warmUpLayout } from './layout/run-layout.ts';
import { whenQuiet } from './layout/when-quiet.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { createWorkbench } from './workbench/create-workbench.ts';
import { WorkbenchProvider } from './workbench/workbench-context.tsx';
import { CompareDialog, DiagramListDialog, ExportDialog, FilingDialog, ImportDialog, ImportReportPanel, LazyDialog, LoadFailure, NewDiagramDialog, preloadDialogs, PriceListDialog, ShortcutSheet, VersionsDialog } from './workbench/lazy-dialogs.tsx';
import { ConnectToDialog } from './keyboard/ConnectToDialog.tsx';
import { MoveIntoDialog } from './keyboard/MoveIntoDialog.tsx';

/** Long enough that opening a design and looking at it, or a drag, is over before ELK starts. */
const WARM_UP_AFTER_QUIET_MS = 1500;

export function Workbench({ catalog }: { catalog: Catalog }) {
  const [bench] = useState(() => createWorkbench(catalog));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // The autosave opens at once (an edit made meanwhile must never be overwritten by it arriving
    // late); the rules engine, on its way since the workbench was made, checks whatever is open when
    // it arrives. Ready when both are there; without the engine the app still opens.
    const rules = bench.session.rulesReady.catch(() => bench.ui.getState().notify('app.partFailed', {}, 'warning'));
    void Promise.all([bench.persistence.start(), rules]).then(() => setReady(true));
  }, [bench]);
  useEffect(() => {
    if (!ready) return;
    // Once the user leaves the app alone: starting ELK, so the first "tidy up" does not pay for it,
    // and caching the build for offline use; neither competes with opening or drawing a design.
    const watch = whenQuiet(() => {
      warmUpLayout(catalog);
      preloadDialogs();
      registerServiceWorker();
    }, WARM_UP_AFTER_QUIET_MS);
    const unsubscribe = bench.editor.subscribe((state, previous) => {
      if (state.loads !== previous.loads) watch.poke();
    });
    return () => {
      unsubscribe();
      watch.cancel();
    };
  }, [ready, catalog, bench]);
  return (
    <WorkbenchProvider bench={bench}>
      <ReactFlowProvider>
        <Layout ready={ready} actions={bench} />
      </ReactFlowProvider>
    </WorkbenchProvider>
  );
}

function Layout({ ready, actions }: { ready: boolean; actions: ActionContext }) {
  useGlobalInput(actions);
  const dialog = useUiState((s) => s.dialog);
  const close = () => actions.ui.getState().openDialog(null);
  const failed = () => {
    close();
    actions.ui.getState().notify('app.partFailed', {}, 'warning');
  };
  const dialogs = { shortcuts: ShortcutSheet, new: NewDiagramDialog, list: DiagramListDialog, export: ExportDialog, filing: FilingDialog, connectTo: ConnectToDialog, moveInto: MoveIntoDialog, prices: PriceListDialog, versions: VersionsDialog, compare: CompareDialog, import: ImportDialog } satisfies Record<NonNullable<Dialog>, unknown>;
  const Open = dialog === null ? null : dialogs[dialog];
  return (
    <div className="app" data-ready={ready ? 'true' : 'false'}>
      <SkipLink />
      <DocumentLanguage />
      <TitleBar />
      <Toolbar />
      <Banners />
      <div className="workspace">
        <Palette />
        <div className="workspace__center">
          <div className="workspace__canvas-row">
            <DiagramCanvas />
            <ImportReportSlot actions={actions} />
          </div>
          <FindingsPanel />
        </div>
        <Inspector />
      </div>
      <ContextMenu />
      <LayoutProgress />
      <Toasts />
      <FileOpener />
      {Open && <LazyDialog key={dialog} dialog={Open} onClose={close} onFailure={failed} />}
    </div>
  );
}

/** The import report beside the canvas (a lazy part), once the open design has one. */
function ImportReportSlot({ actions }: { actions: ActionContext }) {
  const hasReport = useStore(actions.session.importReport, (s) => s.report !== null);
  if (!hasReport) return null;
  return (
    <LoadFailure onFailure={() => actions.ui.getState().notify('app.partFailed', {}, 'warning')}>
      <ImportReportPanel />
    </LoadFailure>
  );
}
