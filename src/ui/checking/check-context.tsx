import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/use-t.ts';
import type { Marks } from '../../core/rules/index.ts';
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
