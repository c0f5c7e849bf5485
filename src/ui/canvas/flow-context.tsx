import { useStoreState } from '../state/use-store-state.ts';
import { useWorkbench } from '../workbench/workbench-context.tsx';
import type { FlowState, FlowStore } from './flow-store.ts';

export function useFlowStore(): FlowStore {
  return useWorkbench().flow;
}

type FlowElements = Pick<FlowState, 'nodes' | 'edges'>;

const pick = ({ nodes, edges }: FlowState): FlowElements => ({ nodes, edges });
const sameElements = (a: FlowElements, b: FlowElements) => a.nodes === b.nodes && a.edges === b.edges;

/** The nodes and edges React Flow draws, as React state (see useStoreState: a drag's moves render in tasks of their own). */
export function useFlowElements(): FlowElements {
  return useStoreState(useFlowStore(), pick, sameElements);
}
