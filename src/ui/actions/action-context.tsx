import { createContext, useContext } from 'react';
import type { ActionContext } from './context.ts';

export const ActionContextReact = createContext<ActionContext | null>(null);

export function useActionContext(): ActionContext {
  const value = useContext(ActionContextReact);
  if (!value) throw new Error('ActionContext missing');
  return value;
}
