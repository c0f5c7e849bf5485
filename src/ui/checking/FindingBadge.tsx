import { useMemo } from 'react';
import type { Marks } from '../../core/rules/index.ts';
import { useT } from '../i18n/use-t.ts';

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

/** What the findings badge of a node or edge shows: the worst severity open on it, how many, and in words. */
export interface Badge {
  tone: 'error' | 'warning';
  count: number;
  label: string;
}

/**
 * The badge of a node or edge from its open findings (the flow element's `marks`, so no subscription
 * per element), or undefined when nothing is open on it.
 */
export function useBadge(marks: Marks | undefined): Badge | undefined {
  const t = useT();
  const errors = marks?.error ?? 0;
  const warnings = marks?.warning ?? 0;
  return useMemo(() => {
    if (errors > 0) return { tone: 'error', count: errors, label: t('findings.badgeErrors', { count: errors }) };
    if (warnings > 0) return { tone: 'warning', count: warnings, label: t('findings.badgeWarnings', { count: warnings }) };
    return undefined;
  }, [errors, warnings, t]);
}
