/**
 * The dialogs a user opens (export, filing, new design, my designs, shortcuts, the K and M pickers, the price list, import), each a chunk of its own
 * that loads when first opened: none of them is part of the first screen. Offline, the service worker
 * has them; if one still cannot be loaded, the dialog closes with a message instead of breaking the app.
 */
import { Component, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { loadDocumentMessages } from '../../core/i18n/load-language.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { loadDiagramReader } from '../files/diagram-reader.ts';

const preloads: (() => Promise<unknown>)[] = [];

/**
 * A component from a chunk of its own, with the documents' messages it may show (import, price lists,
 * comparisons). Not React.lazy: React 19 holds a lazy component back for about 300 ms after its chunk
 * has arrived (the Suspense reveal throttle, react#36569), even when it was preloaded. This renders
 * nothing until the chunk is there, then the component at once; once loaded, at once on every opening.
 */
function lazyPart<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetch = () => {
    pending ??= Promise.all([load(), loadDocumentMessages(usePrefs.getState().lang)]).then(
      ([module]) => (loaded = module[name]),
      (error: unknown) => {
        pending = undefined; // offline before the cache was filled: the next opening tries again
        throw error;
      },
    );
    return pending;
  };
  preloads.push(fetch);
  return function LazyPart(props: P) {
    const [, arrived] = useState(0);
    const [failure, setFailure] = useState<{ error: unknown }>();
    useEffect(() => {
      if (!loaded) fetch().then(() => arrived((n) => n + 1), (error: unknown) => setFailure({ error }));
    }, []);
    if (failure) throw failure.error; // to the LoadFailure boundary around it
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  };
}

const dialog = <K extends string>(load: () => Promise<Record<K, ComponentType<{ onClose: () => void }>>>, name: K) => lazyPart(load, name);

/**
 * Fetches every dialog's chunk (the idle warm-up calls this): the first opening is then immediate.
 * The K and M pickers are not lazy at all: the user types into them right after the key, and a
 * keystroke must never land before the picker does.
 */
export function preloadDialogs(): void {
  for (const load of preloads) void load().catch(() => undefined);
}

export const ExportDialog = dialog(() => import('../export/ExportDialog.tsx'), 'ExportDialog');
export const FilingDialog = dialog(() => import('../filing/FilingDialog.tsx'), 'FilingDialog');
export const NewDiagramDialog = dialog(() => import('../files/NewDiagramDialog.tsx'), 'NewDiagramDialog');
export const DiagramListDialog = dialog(() => import('../files/DiagramListDialog.tsx'), 'DiagramListDialog');
export const ShortcutSheet = dialog(() => import('../shell/ShortcutSheet.tsx'), 'ShortcutSheet');
export const PriceListDialog = dialog(() => import('../prices/PriceListDialog.tsx'), 'PriceListDialog');
export const VersionsDialog = dialog(() => import('../versions/VersionsDialog.tsx'), 'VersionsDialog');
export const CompareDialog = dialog(() => import('../compare/CompareDialog.tsx'), 'CompareDialog');
// The diagram reader (an opened file, a paste, a template), when nothing needed it before.
preloads.push(loadDiagramReader);
// What reads a dropped Terraform or ROS file (with the import core): fetched by the idle warm-up too,
// so a drop does not wait for it.
preloads.push(() => import('../import/read-infra-file.ts'));
// The import dialog and its report panel (issue 13) share a chunk (and the documents' messages).
const importParts = () => import('../import/lazy-parts.ts');
export const ImportDialog = dialog(importParts, 'ImportDialog');
export const ImportReportPanel = lazyPart<'ImportReportPanel', object>(importParts, 'ImportReportPanel');

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
      <Dialog onClose={onClose} />
    </LoadFailure>
  );
}
