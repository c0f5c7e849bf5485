import { createStore } from 'zustand';
import type { ReadError } from '../../core/format/errors.ts';
import type { DiagramRecord } from './diagram-db.ts';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed' | 'conflict' | 'unavailable';

/** What the UI shows about saving: the status in the title bar and the lasting warnings. */
export interface PersistenceState {
  status: SaveStatus;
  /** Why the last save failed (the browser's own words). */
  failure?: string;
  /** A newer save of the open diagram by another tab, not overwritten. */
  conflict?: DiagramRecord;
  /** A stored diagram that could not be read at start: kept as it was, offered for download. */
  unreadable?: { title: string; error: ReadError; text: string };
  /** Why local storage cannot be used at all. */
  unavailable?: string;
  currentId: string | null;
  /** Why the last version could not be kept (the browser's own words); the design itself is unaffected. */
  versionFailure?: string;
}

export type PersistenceStore = ReturnType<typeof createPersistenceStore>;

export function createPersistenceStore() {
  return createStore<PersistenceState>()(() => ({ status: 'saved', currentId: null }));
}
