import { useT } from '../i18n/use-t.ts';
import { useBadge } from './check-context.tsx';

/**
 * Open errors (red) or warnings (amber) on a node, with the count; nothing when there are none. Its
 * size follows --badge-scale, set once on the canvas per zoom step, so it stays visible when zoomed
 * out without a per-badge transform or subscription.
 */
export function FindingBadge({ id }: { id: string }) {
  const t = useT();
  const badge = useBadge(id);
  if (badge === '') return null;
  const [errors, warnings] = badge.split(':').map(Number) as [number, number];
  const isError = errors > 0;
  const label = isError ? t('findings.badgeErrors', { count: errors }) : t('findings.badgeWarnings', { count: warnings });
  return (
    <span className={`finding-badge finding-badge--${isError ? 'error' : 'warning'}`} role="img" aria-label={label} title={label}>
      {isError ? errors : warnings}
    </span>
  );
}
