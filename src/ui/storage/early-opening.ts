/**
 * Storage's opening, started by main.tsx before React's first render (issue 15): opening IndexedDB and
 * reading the last open diagram is the browser's work, off the main thread, so it overlaps the first
 * render instead of following it. Persistence.start takes the result (once) or, in tests and in any
 * workbench made later, opens storage itself the same way.
 */
import { loadDiagramReader } from '../files/diagram-reader.ts';
import { DiagramDb, type DiagramRecord } from './diagram-db.ts';

export type Opening = { ok: true; db: DiagramDb; record: DiagramRecord | undefined } | { ok: false; error: unknown };

export async function openStorage(): Promise<Opening> {
  // A page the service worker serves has been opened before, and almost always has an autosave to
  // read: the reader (a chunk of its own) is fetched beside storage's opening instead of after it.
  if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller) void loadDiagramReader().catch(() => undefined);
  let db: DiagramDb;
  try {
    db = await DiagramDb.open();
  } catch (error) {
    return { ok: false, error };
  }
  const lastId = await db.lastOpen().catch(() => undefined);
  const record = lastId ? await db.get(lastId).catch(() => undefined) : undefined;
  return { ok: true, db, record };
}

let early: Promise<Opening> | undefined;

/** Start opening storage now; the first Persistence.start takes it. */
export function openStorageEarly(): void {
  early ??= openStorage();
}

/** The opening started early, handed out once (a second workbench opens storage afresh). */
export function takeEarlyOpening(): Promise<Opening> | undefined {
  const opening = early;
  early = undefined;
  return opening;
}
