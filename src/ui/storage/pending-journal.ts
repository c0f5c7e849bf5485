/**
 * The last edit before a tab goes away must survive a reload even if the asynchronous IndexedDB write
 * started on `pagehide` does not finish. So unsaved text is also written synchronously to
 * localStorage at that moment, and picked up on the next start if IndexedDB still has the older
 * revision it was based on.
 */
const PREFIX = 'mlps-designer.pending.';

export interface PendingEdit {
  /** The stored revision this text was edited from. */
  base: number;
  text: string;
}

export function writePending(id: string, edit: PendingEdit): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(edit));
  } catch {
    // Quota or storage refused: IndexedDB is still being written; nothing more can be done here.
  }
}

export function readPending(id: string): PendingEdit | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    if (raw === null) return undefined;
    const value = JSON.parse(raw) as Partial<PendingEdit>;
    return typeof value.base === 'number' && typeof value.text === 'string' ? { base: value.base, text: value.text } : undefined;
  } catch {
    return undefined;
  }
}

export function clearPending(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // nothing to clear
  }
}
