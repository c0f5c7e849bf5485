/**
 * Diagrams kept in the browser (IndexedDB, through the `idb` wrapper). A record holds the file's
 * canonical text, so reading it back runs the same validation as opening a file. Every write is one
 * transaction (IndexedDB commits it whole or not at all: never a half-written copy) and checks the
 * revision it started from, so a tab never overwrites a newer save made by another tab.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface DiagramRecord {
  id: string;
  title: string;
  level: number;
  updatedAt: number;
  /** Increases with every save; a save must name the revision it replaces. */
  revision: number;
  text: string;
}

export type DiagramSummary = Omit<DiagramRecord, 'text'>;

interface Schema extends DBSchema {
  diagrams: { key: string; value: DiagramRecord };
  settings: { key: string; value: { key: string; value: string } };
}

export type SaveOutcome = { ok: true; revision: number } | { ok: false; conflict: DiagramRecord };

const DB_NAME = 'mlps-designer';

export class DiagramDb {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<DiagramDb> {
    const db = await openDB<Schema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('diagrams', { keyPath: 'id' });
        database.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    return new DiagramDb(db);
  }

  async list(): Promise<DiagramSummary[]> {
    const all = await this.db.getAll('diagrams');
    return all.map(({ text: _text, ...summary }) => summary).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** The newest diagram whose stored text is exactly `text`, other than `except`. */
  async findByText(text: string, except?: string): Promise<DiagramSummary | undefined> {
    const all = await this.db.getAll('diagrams');
    const same = all.filter((r) => r.id !== except && r.text === text).sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (!same) return undefined;
    const { text: _text, ...summary } = same;
    return summary;
  }

  get(id: string): Promise<DiagramRecord | undefined> {
    return this.db.get('diagrams', id);
  }

  async create(fields: Omit<DiagramRecord, 'id' | 'revision' | 'updatedAt'>): Promise<DiagramRecord> {
    const record: DiagramRecord = { ...fields, id: crypto.randomUUID(), revision: 1, updatedAt: Date.now() };
    await this.db.add('diagrams', record);
    return record;
  }

  /** Replace a diagram's text if it is still at `expected` revision; otherwise report the newer record. */
  async save(id: string, expected: number, fields: Pick<DiagramRecord, 'title' | 'level' | 'text'>): Promise<SaveOutcome> {
    const tx = this.db.transaction('diagrams', 'readwrite');
    const current = await tx.store.get(id);
    if (current && current.revision !== expected) {
      await tx.done;
      return { ok: false, conflict: current };
    }
    const revision = (current?.revision ?? expected) + 1;
    await tx.store.put({ id, ...fields, revision, updatedAt: Date.now() });
    await tx.done;
    return { ok: true, revision };
  }

  delete(id: string): Promise<void> {
    return this.db.delete('diagrams', id);
  }

  async lastOpen(): Promise<string | undefined> {
    return (await this.db.get('settings', 'lastOpen'))?.value;
  }

  async setLastOpen(id: string): Promise<void> {
    await this.db.put('settings', { key: 'lastOpen', value: id });
  }
}
