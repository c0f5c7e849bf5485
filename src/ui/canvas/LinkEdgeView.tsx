import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { indexOf } from '../../core/index/diagram-index.ts';
import { DATABASE_PROTOCOLS, isEncrypted } from '../../core/model/encryption.ts';
import { useEditorState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { EDGE_LOOK, SELECTED_EDGE_COLOR } from './edge-style.ts';
import type { FlowEdge } from './flow-elements.ts';
import { floatingEnds } from './floating-edge.ts';
import { FindingBadge } from '../checking/FindingBadge.tsx';
import { useBadge } from '../checking/check-context.tsx';

/** A connection: styled by kind, attached to facing sides, labelled protocol:port with a lock when encrypted. */
export const LinkEdgeView = memo(function LinkEdgeView({ id, target, data, selected, sourceX, sourceY, targetX, targetY }: EdgeProps<FlowEdge>) {
  const t = useT();
  const edge = data!.edge;
  // Only a database protocol's encryption depends on the target (its `ssl` prop).
  const targetNode = useEditorState((s) => (edge.protocol !== undefined && edge.encrypted === undefined && DATABASE_PROTOCOLS.has(edge.protocol) ? indexOf(s.doc).node(target) : undefined));
  const hasBadge = useBadge(id) !== '';
  // sourceX/Y and targetX/Y are the products' top-left corners (both edge ends use ANCHOR_HANDLE).
  const ends = floatingEnds({ x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 8, offset: 16 });
  const look = EDGE_LOOK[edge.kind];
  const color = selected ? SELECTED_EDGE_COLOR : look.color;
  const markerId = `arrow-${edge.kind}${selected ? '-selected' : ''}`;
  const encrypted = isEncrypted(edge, targetNode);
  const protocol = [edge.protocol, edge.port].filter((p) => p !== undefined).join(':');
  const hasLabel = protocol !== '' || encrypted || edge.label || hasBadge;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={14}
        style={{ stroke: color, strokeWidth: selected ? look.width + 1 : look.width, ...(look.dash ? { strokeDasharray: look.dash } : {}) }}
      />
      {hasLabel && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${selected ? ' is-selected' : ''}`}
            data-edge={id}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {(protocol !== '' || encrypted) && (
              <span className="edge-label__protocol">
                {encrypted && (
                  <svg className="edge-label__lock" viewBox="0 0 12 12" width="10" height="10" role="img" aria-label={t('canvas.encrypted')}>
                    <rect x="2" y="5.5" width="8" height="5.5" rx="1" fill="currentColor" />
                    <path d="M4 5.5V4a2 2 0 0 1 4 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
                  </svg>
                )}
                {protocol}
              </span>
            )}
            {edge.label && <span className="edge-label__text">{edge.label}</span>}
            <FindingBadge id={id} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
