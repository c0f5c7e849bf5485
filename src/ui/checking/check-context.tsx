import { useStore } from 'zustand';
import type { CheckState } from '../../session/check-store.ts';
import { useWorkbench } from '../workbench/workbench-context.tsx';

export function useCheckState<T>(selector: (state: CheckState) => T): T {
  return useStore(useWorkbench().check, selector);
}
