/**
 * An opened diagram is fitted into view in the same update that puts its nodes on the canvas (the
 * editor's subscribers run before React renders), so they are drawn once, at the zoom they are shown at.
 */
import { useCallback, useEffect } from 'react';
import { useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useEditorStore, useUiStore } from '../editor/editor-context.tsx';
import type { FlowEdge, FlowNode } from './flow-elements.ts';
import { canvasView } from './canvas-view.ts';
import { FIT_VIEW, fitViewport } from './fit.ts';

export function useFitOnOpen() {
  const store = useEditorStore();
  const ui = useUiStore();
  const flowApi = useStoreApi<FlowNode, FlowEdge>();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.loads === previous.loads) return;
        const { width, height } = flowApi.getState();
        const viewport = fitViewport(state.doc, width, height);
        if (viewport) ui.getState().view?.setViewport(viewport);
      }),
    [store, ui, flowApi],
  );

  const onInit = useCallback(
    (instance: ReactFlowInstance<FlowNode, FlowEdge>) => {
      ui.getState().setView(canvasView(instance));
      const { width, height } = flowApi.getState();
      const viewport = fitViewport(store.getState().doc, width, height);
      // Before React Flow knows its own size, it fits what it has measured instead.
      if (viewport) void instance.setViewport(viewport);
      else if (store.getState().doc.nodes.length > 0) void instance.fitView(FIT_VIEW);
    },
    [ui, store, flowApi],
  );
  return { onInit };
}
