import { memo } from 'react';
import { EDGE_KINDS } from '../../core/model/types.ts';
import { EDGE_LOOK, SELECTED_EDGE_COLOR } from './edge-style.ts';

/** Arrowheads for each connection kind (and its selected colour), defined once for the whole canvas. */
// Memoised: the canvas re-renders on every drag frame, this has nothing to redo then.
export const EdgeMarkers = memo(function EdgeMarkers() {
  const variants = EDGE_KINDS.flatMap((kind) => [
    { id: `arrow-${kind}`, color: EDGE_LOOK[kind].color, open: kind === 'log' },
    { id: `arrow-${kind}-selected`, color: SELECTED_EDGE_COLOR, open: kind === 'log' },
  ]);
  return (
    <svg className="edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {variants.map((v) => (
          <marker key={v.id} id={v.id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            {v.open ? (
              <path d="M1 1 L9 5 L1 9" fill="none" stroke={v.color} strokeWidth="1.6" />
            ) : (
              <path d="M0 0 L10 5 L0 10 z" fill={v.color} />
            )}
          </marker>
        ))}
      </defs>
    </svg>
  );
});
