/**
 * The compare view's canvas: the newer design, added things in green, changed ones in amber (their
 * changed fields shown on hover and focus, and read out), removed ones as red ghosts where they were.
 * A React Flow of its own, read only: nothing can be dragged, connected, selected or deleted.
 */
import { memo, useMemo } from 'react';
import { Background, ReactFlow, ReactFlowProvider, ViewportPortal, type NodeProps } from '@xyflow/react';
import type { Diagram } from '../../core/model/types.ts';
import { useCatalog } from '../editor/editor-context.tsx';
import { iconUrl } from '../icons/icon-url.ts';
import { useT } from '../i18n/use-t.ts';
import { usePrefs } from '../state/prefs-store.ts';
import { compareFlow, type CompareFlowNode, type CompareLine } from './compare-flow.ts';
import type { CompareMarks } from './compare-marks.ts';

/** Every connection in one SVG under the nodes: the newer design's, and the removed ones dashed. */
const Lines = memo(function Lines({ lines }: { lines: CompareLine[] }) {
  return (
    <svg className="cmp-lines" aria-hidden="true">
      {lines.map((l) => (
        <line key={l.id} className={`cmp-line is-${l.status}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
      ))}
    </svg>
  );
});

function Changes({ data }: { data: CompareFlowNode['data'] }) {
  return data.status === 'changed' && data.changes ? (
    <div className="cmp-tip" role="tooltip">
      {data.changes}
    </div>
  ) : null;
}

const ProductView = memo(function ProductView({ data }: NodeProps<CompareFlowNode>) {
  const catalog = useCatalog();
  const node = data.node;
  const product = node.kind === 'product' ? catalog.product(node.product) : undefined;
  return (
    <div className={`cmp-node cmp-node--product is-${data.status}`} data-status={data.status} data-product={node.kind === 'product' ? node.product : undefined} title={data.changes || undefined}>
      {product && <img src={iconUrl(product.icon)} width={24} height={24} alt="" draggable={false} />}
      <span className="cmp-node__name">{data.name}</span>
      <Changes data={data} />
    </div>
  );
});

const ZoneView = memo(function ZoneView({ data }: NodeProps<CompareFlowNode>) {
  return (
    <div className={`cmp-node cmp-node--zone is-${data.status}`} data-status={data.status} title={data.changes || undefined}>
      <span className="cmp-node__name">{data.name}</span>
      <Changes data={data} />
    </div>
  );
});

const NODE_TYPES = { cmpProduct: ProductView, cmpZone: ZoneView };

export function CompareCanvas({ after, marks }: { after: Diagram; marks: CompareMarks }) {
  const catalog = useCatalog();
  const lang = usePrefs((s) => s.lang);
  const ct = useT();
  const { nodes, lines } = useMemo(
    () =>
      compareFlow(after, marks, catalog, lang, {
        added: ct('compare.added'),
        removed: ct('compare.removed'),
        addedName: (name) => ct('compare.nodeAdded', { name }),
        removedName: (name) => ct('compare.nodeRemoved', { name }),
        changed: (name, fields) => ct('compare.nodeChanged', { name, fields }),
      }),
    [after, marks, catalog, lang, ct],
  );
  return (
    <ReactFlowProvider>
      <div className="cmp-canvas" data-testid="compare-canvas">
        <ReactFlow
          nodes={nodes}
          nodeTypes={NODE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          onlyRenderVisibleElements
          fitView
          minZoom={0.05}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <ViewportPortal>
            <Lines lines={lines} />
          </ViewportPortal>
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
