/**
 * Where the user's price lists are kept: IndexedDB, a database of its own (`mlps-designer.prices`),
 * so it never shares a schema version with the stored designs. One record per list version, keyed by
 * the list's date (its latest valid-from): importing a list of the same date replaces that version,
 * a list of another date is kept beside the earlier ones. Tests use the in-memory storage.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PriceList } from '../../core/prices/types.ts';

export interface StoredPriceList {
  /** The list's version: its latest valid-from date (PriceList.date). */
  date: string;
  list: PriceList;
  /** The file it was imported from, as the user named it. */
  fileName: string;
  /** When it was imported (ms since the epoch). */
  importedAt: number;
}

export interface PriceStorage {
  all(): Promise<StoredPriceList[]>;
  put(record: StoredPriceList): Promise<void>;
  delete(date: string): Promise<void>;
}

interface Schema extends DBSchema {
  lists: { key: string; value: StoredPriceList };
}

class IndexedDbPriceStorage implements PriceStorage {
  constructor(private readonly db: IDBPDatabase<Schema>) {}
  all(): Promise<StoredPriceList[]> {
    return this.db.getAll('lists');
  }
  async put(record: StoredPriceList): Promise<void> {
    // One transaction: the version is written whole or not at all (a quota error leaves the old one).
    const tx = this.db.transaction('lists', 'readwrite');
    await Promise.all([tx.store.put(record), tx.done]);
  }
  delete(date: string): Promise<void> {
    return this.db.delete('lists', date);
  }
}

export async function openPriceStorage(name = 'mlps-designer.prices'): Promise<PriceStorage> {
  const db = await openDB<Schema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('lists', { keyPath: 'date' });
    },
  });
  return new IndexedDbPriceStorage(db);
}

/** Storage in memory (tests, or a browser that refuses IndexedDB: the list lasts for this tab). */
export function memoryPriceStorage(initial: StoredPriceList[] = []): PriceStorage {
  const records = new Map(initial.map((r) => [r.date, structuredClone(r)]));
  return {
    all: async () => [...records.values()].map((r) => structuredClone(r)),
    put: async (record) => void records.set(record.date, structuredClone(record)),
    delete: async (date) => void records.delete(date),
  };
}
