import type { Catalog } from '../../core/catalog/types.ts';
import type { EditorStore } from '../../session/editor-store.ts';
import type { UiStore } from '../editor/ui-store.ts';
import type { Persistence } from '../storage/persistence.ts';

/** What an action may use. */
export interface ActionContext {
  editor: EditorStore;
  ui: UiStore;
  catalog: Catalog;
  persistence: Persistence;
}
