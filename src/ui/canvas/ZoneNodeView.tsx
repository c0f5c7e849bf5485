import { memo, useCallback, type PointerEvent } from 'react';
import { NodeResizer, type NodeProps, type OnResizeEnd } from '@xyflow/react';
import { resizeZone } from '../../core/edit/nodes.ts';
import { useCatalog, useEditorStore } from '../editor/editor-context.tsx';
import { useLocalized } from '../i18n/use-t.ts';
import { iconUrl } from '../icons/icon-url.ts';
import { useStoreState } from '../state/use-store-state.ts';
import { useFlowStore } from './flow-context.tsx';
import type { FlowState } from './flow-store.ts';
import type { ZoneFlowNode } from './flow-elements.ts';
import { FindingBadge } from '../checking/FindingBadge.tsx';
import { useDetail } from './detail-level.ts';

/**
 * The header keeps the pointer while it is pressed (pointer capture): dragged far out, a header is a
 * few pixels tall and the pointer slips off it onto the canvas and back, and every slip made the
 * browser fire over/out events, restyle the hover and hit-test everything down to the pane.
 */
function holdPointer(event: PointerEvent<HTMLDivElement>) {
  if (event.button === 0) event.currentTarget.setPointerCapture(event.pointerId);
}

const MIN_WIDTH = 160;
const MIN_HEIGHT = 100;

/**
 * A zone: a framed container with a header (name, kind, CIDR or region). Only the header and the
 * frame take the pointer, so inside a zone the canvas can still be panned and box-selected.
 */
export const ZoneNodeView = memo(function ZoneNodeView({ id, data, selected }: NodeProps<ZoneFlowNode>) {
  const catalog = useCatalog();
  const local = useLocalized();
  const store = useEditorStore();
  // As state, not a subscription: the drop target changes on a drag's first move (see useStoreState).
  const isDropTarget = useStoreState(useFlowStore(), useCallback((s: FlowState) => s.dropTarget === id, [id]));
  const node = data.node;
  const info = catalog.zone(node.zone);
  const kindName = local(info.name);
  const region = node.props?.regionId !== undefined ? catalog.region(node.props.regionId) : undefined;
  const detail = node.props?.cidr ?? (region ? local(region.name) : node.props?.regionId);
  const title = node.label?.trim() ? node.label : kindName;
  const zoomDetail = useDetail();

  const onResizeEnd = useCallback<OnResizeEnd>(
    (_event, params) => {
      store.getState().apply('history.resize', (doc) =>
        resizeZone(doc, id, { width: params.width, height: params.height }, { x: params.x, y: params.y }),
      );
    },
    [store, id],
  );

  return (
    <div
      className={`zone-node${selected ? ' is-selected' : ''}${isDropTarget ? ' is-drop-target' : ''}`}
      data-zone={node.zone}
      style={{ ['--zone-color' as string]: info.color }}
    >
      <NodeResizer isVisible={selected} minWidth={MIN_WIDTH} minHeight={MIN_HEIGHT} onResizeEnd={onResizeEnd} color="#2563eb" />
      <div className={`zone-node__frame zone-node__frame--${info.dash}`} />
      <div className="zone-node__header zone__drag" onPointerDown={holdPointer}>
        {zoomDetail !== 'far' && <img src={iconUrl(info.icon)} width={16} height={16} alt="" draggable={false} />}
        <span className="zone-node__title">{title}</span>
        {zoomDetail === 'full' && title !== kindName && <span className="zone-node__kind">{kindName}</span>}
        {zoomDetail === 'full' && detail !== undefined && <span className="zone-node__detail">{detail}</span>}
        <FindingBadge marks={data.marks} />
      </div>
    </div>
  );
});
