import { createContext, useContext } from 'react';
import type { Persistence } from './persistence.ts';
import type { PersistenceStore } from './persistence-store.ts';

export interface PersistenceContextValue {
  persistence: Persistence;
  state: PersistenceStore;
}

export const PersistenceContext = createContext<PersistenceContextValue | null>(null);

export function usePersistence(): PersistenceContextValue {
  const value = useContext(PersistenceContext);
  if (!value) throw new Error('PersistenceContext missing');
  return value;
}
