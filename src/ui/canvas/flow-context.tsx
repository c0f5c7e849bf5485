import { createContext, useContext, useEffect, useState } from 'react';
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

type FlowElements = Pick<FlowState, 'nodes' | 'edges'>;

/**
 * The nodes and edges React Flow draws, held as React state (as a React Flow app holding its nodes
 * in useState does), not read through a store subscription: React renders a store subscription's
 * change synchronously, inside the pointer event that caused it, so the first move of a drag
 * (select, start, move, then React Flow adopting 2,000 nodes) was one task of 70-110 ms. As state,
 * the change renders at the event's priority in a task of its own.
 */
export function useFlowElements(): FlowElements {
  const store = useFlowStore();
  const [elements, setElements] = useState<FlowElements>(() => pick(store.getState()));
  useEffect(() => {
    const update = (state: FlowState) => setElements((shown) => (shown.nodes === state.nodes && shown.edges === state.edges ? shown : pick(state)));
    // A change between the first render and this subscription is not missed.
    update(store.getState());
    return store.subscribe(update);
  }, [store]);
  return elements;
}

const pick = ({ nodes, edges }: FlowState): FlowElements => ({ nodes, edges });
