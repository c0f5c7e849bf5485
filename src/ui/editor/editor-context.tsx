import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Catalog } from '../../core/catalog/types.ts';
import { LangProvider } from '../i18n/lang-context.tsx';
import { useStoreState } from '../state/use-store-state.ts';
import type { EditorActions, EditorState, EditorStore, Selection } from '../../session/editor-store.ts';
import type { UiState, UiStore } from './ui-store.ts';

interface EditorContextValue {
  store: EditorStore;
  ui: UiStore;
  catalog: Catalog;
}

const EditorContext = createContext<EditorContextValue | null>(null);

export function EditorProvider({ store, ui, catalog, children }: EditorContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ store, ui, catalog }), [store, ui, catalog]);
  return (
    <EditorContext.Provider value={value}>
      <LangProvider>{children}</LangProvider>
    </EditorContext.Provider>
  );
}

function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('EditorProvider missing');
  return value;
}

export function useEditorStore(): EditorStore {
  return useEditorContext().store;
}

export function useCatalog(): Catalog {
  return useEditorContext().catalog;
}

/** Subscribe to part of the editor state; re-renders only when that part changes. */
export function useEditorState<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorContext().store, selector);
}

const selectionOf = (state: EditorState) => state.selection;

/**
 * The selection, for panels that follow it (inspector, findings, menu): as React state, so pressing
 * on a product to drag it does not render them inside the pointer event (see useStoreState).
 */
export function useSelection(): Selection {
  return useStoreState(useEditorContext().store, selectionOf);
}

export function useUiStore(): UiStore {
  return useEditorContext().ui;
}

export function useUiState<T>(selector: (state: UiState) => T): T {
  return useStore(useEditorContext().ui, selector);
}
