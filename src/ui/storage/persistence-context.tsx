import { useWorkbench } from '../workbench/workbench-context.tsx';
import type { Persistence } from './persistence.ts';
import type { PersistenceStore } from './persistence-store.ts';

export interface PersistenceContextValue {
  persistence: Persistence;
  state: PersistenceStore;
}

export function usePersistence(): PersistenceContextValue {
  const bench = useWorkbench();
  return { persistence: bench.persistence, state: bench.persistenceState };
}
