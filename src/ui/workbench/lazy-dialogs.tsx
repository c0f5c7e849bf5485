/**
 * The dialogs a user opens (export, filing, new design, my designs, import, shortcuts, the K and M pickers), each a chunk of its own
 * that loads when first opened: none of them is part of the first screen. Offline, the service worker
 * has them; if one still cannot be loaded, the dialog closes with a message instead of breaking the app.
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

export const ExportDialog = lazy(() => import('../export/ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));
export const FilingDialog = lazy(() => import('../filing/FilingDialog.tsx').then((m) => ({ default: m.FilingDialog })));
export const NewDiagramDialog = lazy(() => import('../files/NewDiagramDialog.tsx').then((m) => ({ default: m.NewDiagramDialog })));
export const DiagramListDialog = lazy(() => import('../files/DiagramListDialog.tsx').then((m) => ({ default: m.DiagramListDialog })));
export const ConnectToDialog = lazy(() => import('../keyboard/ConnectToDialog.tsx').then((m) => ({ default: m.ConnectToDialog })));
export const MoveIntoDialog = lazy(() => import('../keyboard/MoveIntoDialog.tsx').then((m) => ({ default: m.MoveIntoDialog })));
// The import dialog and its report panel (issue 13) share a chunk.
const importParts = () => import('../import/lazy-parts.ts');
export const ImportDialog = lazy(() => importParts().then((m) => ({ default: m.ImportDialog })));
export const ImportReportPanel = lazy(() => importParts().then((m) => ({ default: m.ImportReportPanel })));
export const ShortcutSheet = lazy(() => import('../shell/ShortcutSheet.tsx').then((m) => ({ default: m.ShortcutSheet })));

/** Catches a lazy part that cannot load (offline and not cached), so the app goes on without it. */
export class LoadFailure extends Component<{ onFailure: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onFailure();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** One lazily loaded dialog: nothing while its chunk arrives (a few milliseconds), `onFailure` if it cannot. */
export function LazyDialog({ dialog: Dialog, onClose, onFailure }: { dialog: ComponentType<{ onClose: () => void }>; onClose: () => void; onFailure: () => void }) {
  return (
    <LoadFailure onFailure={onFailure}>
      <Suspense fallback={null}>
        <Dialog onClose={onClose} />
      </Suspense>
    </LoadFailure>
  );
}
