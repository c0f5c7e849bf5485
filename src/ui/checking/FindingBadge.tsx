import type { Marks } from '../../core/rules/index.ts';
import { useBadge } from './check-context.tsx';

/**
 * Open errors (red) or warnings (amber) on a node, with the count; nothing when there are none. Its
 * size follows --badge-scale, set once on the canvas per zoom step, so it stays visible when zoomed
 * out without a per-badge transform or subscription.
 */
export function FindingBadge({ marks }: { marks: Marks | undefined }) {
  const badge = useBadge(marks);
  if (!badge) return null;
  return (
    <span className={`finding-badge finding-badge--${badge.tone}`} role="img" aria-label={badge.label} title={badge.label}>
      {badge.count}
    </span>
  );
}
