/**
 * Everything the editor wires together once: the framework-free session (document, history,
 * selection, live check, commands), the canvas's derived elements, transient UI state and
 * persistence. Refusals of commands become warnings the user sees.
 */
import { loadRulesEngine } from './load-rules-engine.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { t } from '../../core/i18n/translate.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CheckStore } from '../../session/check-store.ts';
import type { EditorStore } from '../../session/editor-store.ts';
import { createSession, type Session } from '../../session/session.ts';
import { createFlowStore, type FlowStore } from '../canvas/flow-store.ts';
import { createUiStore, type UiStore } from '../editor/ui-store.ts';
import { blankDiagram } from '../files/blank-diagram.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { Persistence } from '../storage/persistence.ts';
import { createPersistenceStore, type PersistenceStore } from '../storage/persistence-store.ts';

export interface Workbench {
  session: Session;
  /** The session's document store (document, history, selection). */
  editor: EditorStore;
  check: CheckStore;
  ui: UiStore;
  flow: FlowStore;
  catalog: Catalog;
  persistence: Persistence;
  persistenceState: PersistenceStore;
}

export function createWorkbench(catalog: Catalog, initial?: Diagram): Workbench {
  const untitled = () => blankDiagram(t(usePrefs.getState().lang, 'file.untitled'));
  // The rules engine is a chunk of its own, fetched while the first screen is drawn.
  const session = createSession(initial ?? untitled(), catalog, { rules: loadRulesEngine() });
  const ui = createUiStore();
  session.onRefusal(({ key, params }) => ui.getState().notify(key, params, 'warning'));
  const persistenceState = createPersistenceStore();
  const persistence = new Persistence(session, persistenceState, catalog, untitled);
  const flow = createFlowStore(session.editor, session.check, catalog, usePrefs, session.importReport);
  return { session, editor: session.editor, check: session.check, ui, flow, catalog, persistence, persistenceState };
}
