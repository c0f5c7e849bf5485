import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FlowState, FlowStore } from './flow-store.ts';

export const FlowStoreContext = createContext<FlowStore | null>(null);

export function useFlowStore(): FlowStore {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('FlowStoreContext missing');
  return store;
}

export function useFlowState<T>(selector: (state: FlowState) => T): T {
  return useStore(useFlowStore(), selector);
}
