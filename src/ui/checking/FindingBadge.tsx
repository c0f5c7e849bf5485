import { useStore } from '@xyflow/react';
import { useT } from '../i18n/use-t.ts';
import { useBadge } from './check-context.tsx';

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** Open errors (red) or warnings (amber) on a node or edge, with the count; nothing when there are none. */
export function FindingBadge({ id }: { id: string }) {
  const badge = useBadge(id);
  if (badge === '') return null;
  const [errors, warnings] = badge.split(':').map(Number) as [number, number];
  return <BadgeMark errors={errors} warnings={warnings} />;
}

/**
 * Keeps its size on screen when the canvas is zoomed out (up to 4×), so a problem stays visible at any
 * zoom without burying a far-zoomed-out drawing under badges.
 */
function BadgeMark({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useT();
  const zoom = useStore(zoomOf);
  const isError = errors > 0;
  const label = isError ? t('findings.badgeErrors', { count: errors }) : t('findings.badgeWarnings', { count: warnings });
  return (
    <span
      className={`finding-badge finding-badge--${isError ? 'error' : 'warning'}`}
      role="img"
      aria-label={label}
      title={label}
      style={{ transform: `scale(${Math.min(4, Math.max(1, 1 / zoom))})` }}
    >
      {isError ? errors : warnings}
    </span>
  );
}
