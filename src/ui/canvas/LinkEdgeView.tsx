import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { LINE_STYLE } from './edge-style.ts';
import type { FlowEdge } from './flow-elements.ts';
import { cornerFromAnchor, floatingEnds } from './floating-edge.ts';
import { EdgeLabel } from './EdgeLabel.tsx';

/** A connection: styled by kind, attached to facing sides, labelled protocol:port with a lock when encrypted. */
export const LinkEdgeView = memo(function LinkEdgeView({ id, data, selected, sourceX, sourceY, targetX, targetY }: EdgeProps<FlowEdge>) {
  const { edge, marks, encrypted } = data!;
  // sourceX/Y and targetX/Y are where both products' right-hand handles are (ANCHOR_HANDLE).
  const ends = floatingEnds(cornerFromAnchor(sourceX, sourceY), cornerFromAnchor(targetX, targetY));
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 8, offset: 16 });
  const markerId = `arrow-${edge.kind}${selected ? '-selected' : ''}`;
  const protocol = [edge.protocol, edge.port].filter((p) => p !== undefined).join(':');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={14}
        style={LINE_STYLE[edge.kind][selected ? 'selected' : 'plain']}
      />
      <EdgeLabel id={id} x={labelX} y={labelY} protocol={protocol} encrypted={encrypted} label={edge.label} selected={selected ?? false} marks={marks} />
    </>
  );
});
