/**
 * An edge's label drawn in the edge's own SVG (not as HTML over the canvas): protocol:port with a lock
 * when encrypted, the user's label below, and the findings badge at the end. Plain SVG text placed by
 * coordinates adds no layers or transforms, so hundreds of labels cost little while panning.
 */
import { memo } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { Marks } from '../../core/rules/index.ts';
import { useBadge } from '../checking/FindingBadge.tsx';
import { useDetail } from './detail-level.ts';

const MONO = 10.5;
/** Width of one monospace character at MONO px (the protocol line is monospace, so this is exact). */
const CHAR = MONO * 0.6;
const LOCK = 11;

/** The lock glyph at (x, y) (its top-left corner), 10×11 px: a body and a shackle. */
function Lock({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g className="edge-label__lock" role="img" aria-label={label}>
      <rect x={x} y={y + 5} width={10} height={6} rx={1} />
      <path d={`M${x + 2.5} ${y + 5}v-1.5a2.5 2.5 0 0 1 5 0v1.5`} />
    </g>
  );
}

interface Props {
  id: string;
  x: number;
  y: number;
  protocol: string;
  encrypted: boolean;
  label: string | undefined;
  selected: boolean;
  marks: Marks | undefined;
}

export const EdgeLabel = memo(function EdgeLabel(props: Props) {
  const t = useT();
  const badge = useBadge(props.marks);
  const detail = useDetail();
  // Zoomed out the text cannot be read: only the badge is drawn.
  const readable = detail === 'full';
  const { id, x, y, selected } = props;
  if (detail === 'far') {
    // Far out, one element instead of four on each of thousands of connections: a dot in the
    // severity's colour, its count a few pixels tall at most, so said in its name only.
    return badge ? <circle className={`edge-badge edge-badge--${badge.tone} edge-badge--dot`} cx={x + 10} cy={y} role="img" aria-label={badge.label} data-edge={id} /> : null;
  }
  const { protocol, encrypted, label } = readable ? props : { protocol: '', encrypted: false, label: undefined };
  const firstLine = protocol !== '' || encrypted;
  if (!firstLine && !label && !badge) return null;
  const width = protocol.length * CHAR + (encrypted ? LOCK + (protocol ? 3 : 0) : 0);
  const top = label && firstLine ? y - 6 : y;
  const left = x - width / 2;
  const badgeX = (firstLine ? x + width / 2 : x + (label ? label.length * 5.5 : 0)) + 10;
  return (
    <g className={`edge-label${selected ? ' is-selected' : ''}`} data-edge={id}>
      {encrypted && <Lock x={left} y={top - 6} label={t('canvas.encrypted')} />}
      {protocol && (
        <text className="edge-label__protocol" x={left + (encrypted ? LOCK + 3 : 0)} y={top} dominantBaseline="central">
          {protocol}
        </text>
      )}
      {label && (
        <text className="edge-label__text" x={x} y={firstLine ? top + 13 : y} textAnchor="middle" dominantBaseline="central">
          {label}
        </text>
      )}
      {badge && (
        <g className={`edge-badge edge-badge--${badge.tone}`} role="img" aria-label={badge.label}>
          <circle cx={badgeX} cy={top} />
          <text x={badgeX} y={top} textAnchor="middle" dominantBaseline="central">
            {badge.count}
          </text>
        </g>
      )}
    </g>
  );
});
