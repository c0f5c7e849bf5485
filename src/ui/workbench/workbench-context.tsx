/** One context for the whole editor: every hook reads its store from the workbench. */
import { createContext, useContext, type ReactNode } from 'react';
import { LangProvider } from '../i18n/lang-context.tsx';
import type { Workbench } from './create-workbench.ts';

const WorkbenchContext = createContext<Workbench | null>(null);

export function WorkbenchProvider({ bench, children }: { bench: Workbench; children: ReactNode }) {
  return (
    <WorkbenchContext.Provider value={bench}>
      <LangProvider>{children}</LangProvider>
    </WorkbenchContext.Provider>
  );
}

export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('WorkbenchProvider missing');
  return value;
}
