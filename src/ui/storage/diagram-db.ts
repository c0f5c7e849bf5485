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

/** Why a version was kept: the user's 保存版本, or automatically before a step that replaces much. */
export type VersionReason = 'manual' | 'template' | 'level' | 'import';

/** A named version of a stored diagram (issue 14): its canonical text as it was, with what 我的图 lists. */
export interface VersionRecord {
  id: string;
  diagramId: string;
  createdAt: number;
  reason: VersionReason;
  note: string;
  level: number;
  /** Open errors when it was kept (at its own level). */
  errors: number;
  text: string;
}

export type VersionSummary = Omit<VersionRecord, 'text'>;

export interface Schema extends DBSchema {
  diagrams: { key: string; value: DiagramRecord };
  settings: { key: string; value: { key: string; value: string } };
  versions: { key: string; value: VersionRecord; indexes: { diagram: string } };
}

export type SaveOutcome = { ok: true; revision: number } | { ok: false; conflict: DiagramRecord };

const DB_NAME = 'mlps-designer';

export class DiagramDb {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<DiagramDb> {
    const db = await openDB<Schema>(name, 2, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('diagrams', { keyPath: 'id' });
          database.createObjectStore('settings', { keyPath: 'key' });
        }
        // Version 2: named versions of a diagram, found by the diagram they belong to.
        if (oldVersion < 2) database.createObjectStore('versions', { keyPath: 'id' }).createIndex('diagram', 'diagramId');
      },
    });
    return new DiagramDb(db);
  }

  /** The database itself, for the versions (version-store.ts, loaded with the dialogs that use it). */
  get handle(): IDBPDatabase<Schema> {
    return this.db;
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

  /** Delete a diagram and its versions, in one transaction. */
  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['diagrams', 'versions'], 'readwrite');
    await tx.objectStore('diagrams').delete(id);
    const versions = tx.objectStore('versions');
    for (const key of await versions.index('diagram').getAllKeys(id)) await versions.delete(key);
    await tx.done;
  }

  async lastOpen(): Promise<string | undefined> {
    return (await this.db.get('settings', 'lastOpen'))?.value;
  }

  async setLastOpen(id: string): Promise<void> {
    await this.db.put('settings', { key: 'lastOpen', value: id });
  }
}
