import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CheckState, CheckStore } from './check-store.ts';

export const CheckStoreContext = createContext<CheckStore | null>(null);

export function useCheckState<T>(selector: (state: CheckState) => T): T {
  const store = useContext(CheckStoreContext);
  if (!store) throw new Error('CheckStoreContext missing');
  return useStore(store, selector);
}

/** "errors:warnings" open on one node or edge, or "" (a string, so unchanged counts re-render nothing). */
export function useBadge(id: string): string {
  return useCheckState((s) => {
    const c = s.counts.get(id);
    return c ? `${c.error}:${c.warning}` : '';
  });
}
