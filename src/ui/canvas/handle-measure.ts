/**
 * Zoomed far out, a product keeps only the handle edges are attached to (ANCHOR_HANDLE); the other
 * three come back when the user zooms in. React Flow measures a node's handles only when the node's
 * size changes, so a product first drawn far out would stay connectable on one side only: such
 * products are measured again, all in one update on the next frame.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { StoreApi } from 'zustand';

type FlowApi = { getState: StoreApi<ReactFlowState>['getState'] };
type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0];

const pending = new WeakMap<FlowApi, Updates>();

/** Measure the handles of node `id` (its React Flow wrapper element) again on the next frame. */
export function measureHandlesSoon(flow: FlowApi, id: string, nodeElement: HTMLDivElement): void {
  let batch = pending.get(flow);
  if (!batch) {
    const updates: Updates = new Map();
    batch = updates;
    pending.set(flow, updates);
    requestAnimationFrame(() => {
      pending.delete(flow);
      flow.getState().updateNodeInternals(updates, { triggerFitView: false });
    });
  }
  batch.set(id, { id, nodeElement, force: true });
}

/** Whether React Flow has measured fewer handles on the node than it now shows (undefined: not measured yet). */
export function missingHandles(flow: FlowApi, id: string, shown: number): boolean {
  const bounds = flow.getState().nodeLookup.get(id)?.internals.handleBounds;
  if (!bounds) return false;
  return (bounds.source?.length ?? 0) + (bounds.target?.length ?? 0) < shown;
}
