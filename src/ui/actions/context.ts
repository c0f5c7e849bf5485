import type { Workbench } from '../workbench/create-workbench.ts';

/** What an action may use: the whole workbench (session, UI state, catalog, persistence). */
export type ActionContext = Workbench;
