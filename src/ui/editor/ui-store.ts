/**
 * Transient UI state that is not part of any document: dialogs, the context menu, toasts, and the
 * canvas's viewport (for zoom, fit and coordinate conversion from actions outside the canvas).
 */
import { createStore } from 'zustand';
import type { MessageKey, Params } from '../../core/i18n/translate.ts';
import type { ImportPlan } from '../../core/import/types.ts';
import type { CanvasView } from '../canvas/canvas-view.ts';

export type Dialog = 'shortcuts' | 'new' | 'list' | 'export' | 'filing' | 'connectTo' | 'moveInto' | 'prices' | 'versions' | 'compare' | 'import' | null;

/** An infrastructure file read and waiting for the import dialog's confirmation (issue 13). */
export interface PendingImport {
  fileName: string;
  plan: ImportPlan;
}

export interface ContextMenuState {
  x: number;
  y: number;
  /** Flow coordinates of the click, where a paste lands. */
  flowX: number;
  flowY: number;
  /** What was right-clicked: the selection, or the empty canvas. */
  on: 'selection' | 'pane';
}

export interface Toast {
  id: number;
  key: MessageKey;
  params?: Params;
  tone: 'info' | 'warning';
}

export interface LayoutProgressState {
  running: boolean;
  elapsedMs: number;
  /** Shown only once a run has taken a second. */
  visible: boolean;
}

export interface UiState {
  dialog: Dialog;
  pendingImport: PendingImport | null;
  /** Open the import dialog for a file just read. */
  startImport(pending: PendingImport): void;
  layoutProgress: LayoutProgressState | null;
  menu: ContextMenuState | null;
  toasts: Toast[];
  /** The canvas's viewport, once the canvas is up. */
  view: CanvasView | null;
  /** Connect mode: dragging from anywhere on a product draws a connection instead of moving it. */
  connectMode: boolean;
  setConnectMode(on: boolean): void;
  openDialog(dialog: Dialog): void;
  openMenu(menu: ContextMenuState | null): void;
  notify(key: MessageKey, params?: Params, tone?: Toast['tone']): void;
  dismissToast(id: number): void;
  setView(view: CanvasView | null): void;
  setLayoutProgress(progress: LayoutProgressState | null): void;
}

export type UiStore = ReturnType<typeof createUiStore>;

const TOAST_MS = 5000;

export function createUiStore() {
  let nextToast = 1;
  return createStore<UiState>()((set, get) => ({
    dialog: null,
    pendingImport: null,
    startImport(pendingImport) {
      set({ pendingImport, dialog: 'import', menu: null });
    },
    layoutProgress: null,
    menu: null,
    toasts: [],
    view: null,
    connectMode: false,
    setConnectMode(connectMode) {
      set({ connectMode });
    },
    openDialog(dialog) {
      set({ dialog, menu: null, ...(dialog !== 'import' ? { pendingImport: null } : {}) });
    },
    openMenu(menu) {
      set({ menu });
    },
    notify(key, params, tone = 'info') {
      const id = nextToast++;
      set({ toasts: [...get().toasts.filter((t) => t.key !== key), { id, key, ...(params ? { params } : {}), tone }] });
      setTimeout(() => get().dismissToast(id), TOAST_MS);
    },
    dismissToast(id) {
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
    setView(view) {
      set({ view });
    },
    setLayoutProgress(layoutProgress) {
      set({ layoutProgress });
    },
  }));
}
