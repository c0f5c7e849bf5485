/** Hooks onto the editor's stores, read from the one workbench context. */
import { useStore } from 'zustand';
import type { Catalog } from '../../core/catalog/types.ts';
import type { EditorActions, EditorState, EditorStore, Selection } from '../../session/editor-store.ts';
import type { Session } from '../../session/session.ts';
import { useStoreState } from '../state/use-store-state.ts';
import { useWorkbench } from '../workbench/workbench-context.tsx';
import type { UiState, UiStore } from './ui-store.ts';

export function useSession(): Session {
  return useWorkbench().session;
}

export function useEditorStore(): EditorStore {
  return useWorkbench().editor;
}

export function useCatalog(): Catalog {
  return useWorkbench().catalog;
}

/** Subscribe to part of the editor state; re-renders only when that part changes. */
export function useEditorState<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useWorkbench().editor, selector);
}

const selectionOf = (state: EditorState) => state.selection;

/**
 * The selection, for panels that follow it (inspector, findings, menu): as React state, so pressing
 * on a product to drag it does not render them inside the pointer event (see useStoreState).
 */
export function useSelection(): Selection {
  return useStoreState(useWorkbench().editor, selectionOf);
}

export function useUiStore(): UiStore {
  return useWorkbench().ui;
}

export function useUiState<T>(selector: (state: UiState) => T): T {
  return useStore(useWorkbench().ui, selector);
}
