import { memo } from 'react';
import { EDGE_LOOK, PAPER, type Arrowhead } from '../../core/export/scene/style.ts';
import { EDGE_KINDS } from '../../core/model/types.ts';
import { SELECTED_EDGE_COLOR } from './edge-style.ts';

/** Each arrowhead of the exported drawing (`core/export/scene/edge-shapes.ts`) in a 10 × 10 marker box, tip at (10, 5). */
function Head({ arrow, color }: { arrow: Arrowhead; color: string }) {
  switch (arrow) {
    case 'filled':
      return <path d="M0 0 L10 5 L0 10 z" fill={color} />;
    case 'hollow':
      return <path d="M1 1 L9 5 L1 9 z" fill={PAPER} stroke={color} strokeWidth="1.3" />;
    case 'open':
      return <path d="M1 1 L9 5 L1 9" fill="none" stroke={color} strokeWidth="1.6" />;
    case 'dot':
      return <circle cx="5.5" cy="5" r="3.5" fill={color} />;
  }
}

/** Arrowheads for each connection kind (and its selected colour), defined once for the whole canvas. */
// Memoised: the canvas re-renders on every drag frame, this has nothing to redo then.
export const EdgeMarkers = memo(function EdgeMarkers() {
  const variants = EDGE_KINDS.flatMap((kind) => [
    { id: `arrow-${kind}`, color: EDGE_LOOK[kind].color, arrow: EDGE_LOOK[kind].arrow },
    { id: `arrow-${kind}-selected`, color: SELECTED_EDGE_COLOR, arrow: EDGE_LOOK[kind].arrow },
  ]);
  return (
    <svg className="edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {variants.map((v) => (
          <marker key={v.id} id={v.id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <Head arrow={v.arrow} color={v.color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
});
