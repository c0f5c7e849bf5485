import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/use-t.ts';
import type { CheckState, CheckStore } from './check-store.ts';

export const CheckStoreContext = createContext<CheckStore | null>(null);

export function useCheckState<T>(selector: (state: CheckState) => T): T {
  const store = useContext(CheckStoreContext);
  if (!store) throw new Error('CheckStoreContext missing');
  return useStore(store, selector);
}

/** What the findings badge of a node or edge shows: the worst severity open on it, how many, and in words. */
export interface Badge {
  tone: 'error' | 'warning';
  count: number;
  label: string;
}

/** The badge of one node or edge, or undefined when nothing is open on it. */
export function useBadge(id: string): Badge | undefined {
  const t = useT();
  // "errors:warnings" or "": a string, so a check that leaves the counts unchanged re-renders nothing.
  const counts = useCheckState((s) => {
    const c = s.counts.get(id);
    return c ? `${c.error}:${c.warning}` : '';
  });
  return useMemo(() => {
    if (counts === '') return undefined;
    const [errors, warnings] = counts.split(':').map(Number) as [number, number];
    return errors > 0
      ? { tone: 'error', count: errors, label: t('findings.badgeErrors', { count: errors }) }
      : { tone: 'warning', count: warnings, label: t('findings.badgeWarnings', { count: warnings }) };
  }, [counts, t]);
}
