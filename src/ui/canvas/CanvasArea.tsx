import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useT } from '../i18n/use-t.ts';

export function CanvasArea() {
  const t = useT();
  return (
    <main className="canvas" aria-label={t('app.canvas')}>
      <ReactFlowProvider>
        <ReactFlow nodes={[]} edges={[]} proOptions={{ hideAttribution: true }} fitView>
          <Background gap={16} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
      <p className="canvas__empty" aria-live="polite">
        {t('app.emptyCanvas')}
      </p>
    </main>
  );
}
