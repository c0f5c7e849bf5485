import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CheckState, CheckStore } from '../../session/check-store.ts';

export const CheckStoreContext = createContext<CheckStore | null>(null);

export function useCheckState<T>(selector: (state: CheckState) => T): T {
  const store = useContext(CheckStoreContext);
  if (!store) throw new Error('CheckStoreContext missing');
  return useStore(store, selector);
}
