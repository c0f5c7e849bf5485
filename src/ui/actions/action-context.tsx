import { useWorkbench } from '../workbench/workbench-context.tsx';
import type { ActionContext } from './context.ts';

export function useActionContext(): ActionContext {
  return useWorkbench();
}
