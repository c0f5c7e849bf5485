/**
 * Undo history of document versions. Documents are immutable and share every unchanged node, so an
 * entry costs little more than the arrays it replaced. One user action is one entry (a whole drag, a
 * paste, a property edit, a layout, a quick fix); selection and viewport are never recorded; the
 * history is bounded; loading a file starts a new history, so undo can never empty a loaded diagram.
 */
import type { Params } from '../i18n/translate.ts';
import type { Diagram } from '../model/types.ts';

export interface HistoryEntry {
  before: Diagram;
  after: Diagram;
  /** What the step did, for the undo/redo tooltips (a message key and its parameters). */
  label: string;
  labelParams?: Params;
  /** Consecutive steps with the same merge key (e.g. typing in one field) collapse into one. */
  mergeKey?: string;
  at: number;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const HISTORY_LIMIT = 200;
/** Edits of the same field within this time are one undo step. */
export const MERGE_WINDOW_MS = 1500;

export const emptyHistory: History = { past: [], future: [] };

export function record(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  if (entry.before === entry.after) return history;
  const last = history.past[history.past.length - 1];
  if (last && entry.mergeKey !== undefined && last.mergeKey === entry.mergeKey && last.after === entry.before && entry.at - last.at <= MERGE_WINDOW_MS) {
    const merged: HistoryEntry = { ...last, after: entry.after, at: entry.at };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export function undo(history: History): { history: History; doc: Diagram } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [entry, ...history.future] }, doc: entry.before };
}

export function redo(history: History): { history: History; doc: Diagram } | undefined {
  const entry = history.future[0];
  if (!entry) return undefined;
  return { history: { past: [...history.past, entry], future: history.future.slice(1) }, doc: entry.after };
}
