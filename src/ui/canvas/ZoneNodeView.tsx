import { memo, useCallback, type PointerEvent } from 'react';
import { NodeResizer, type NodeProps, type OnResizeEnd, type ShouldResize } from '@xyflow/react';
import { canHold } from '../../core/edit/contained-edits.ts';
import { ZONE_MIN_SIZE } from '../../core/geometry/zone-frame.ts';
import * as commands from '../../session/commands/index.ts';
import { useCatalog, useSession } from '../editor/editor-context.tsx';
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


/**
 * A zone: a framed container with a header (name, kind, CIDR or region). Only the header and the
 * frame take the pointer, so inside a zone the canvas can still be panned and box-selected.
 */
export const ZoneNodeView = memo(function ZoneNodeView({ id, data, selected }: NodeProps<ZoneFlowNode>) {
  const catalog = useCatalog();
  const local = useLocalized();
  const session = useSession();
  // As state, not a subscription: the drop target changes on a drag's first move (see useStoreState).
  const flowStore = useFlowStore();
  const isDropTarget = useStoreState(flowStore, useCallback((s: FlowState) => s.dropTarget === id, [id]));
  const node = data.node;
  const info = catalog.zone(node.zone);
  const kindName = local(info.name);
  const region = node.props?.regionId !== undefined ? catalog.region(node.props.regionId) : undefined;
  const detail = node.props?.cidr ?? (region ? local(region.name) : node.props?.regionId);
  const title = node.label?.trim() ? node.label : kindName;
  const zoomDetail = useDetail();

  // While resizing, the frame stops where it would no longer hold what the zone holds; the command
  // at the end keeps the same rule exactly (contained-edits.ts).
  const shouldResize = useCallback<ShouldResize>(
    (_event, params) => canHold(session.editor.getState().doc, id, { width: params.width, height: params.height }, { x: params.x, y: params.y }),
    [session, id],
  );
  const onResizeEnd = useCallback<OnResizeEnd>(
    (_event, params) => {
      const outcome = session.run(commands.resize, { id, size: { width: params.width, height: params.height }, position: { x: params.x, y: params.y } });
      if (outcome.status !== 'changed') flowStore.getState().resync(new Set([id]));
    },
    [session, id, flowStore],
  );

  return (
    <div
      className={`zone-node${selected ? ' is-selected' : ''}${isDropTarget ? ' is-drop-target' : ''}`}
      data-zone={node.zone}
      style={{ ['--zone-color' as string]: info.color }}
    >
      <NodeResizer isVisible={selected} minWidth={ZONE_MIN_SIZE.width} minHeight={ZONE_MIN_SIZE.height} shouldResize={shouldResize} onResizeEnd={onResizeEnd} color="#2563eb" />
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
