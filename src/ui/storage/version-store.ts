/**
 * Versions of a stored diagram (issue 14) in the `versions` store of the diagrams' database (made by
 * DiagramDb's upgrade). Loaded on demand: with the dialogs that list versions, or on the first
 * version kept, so none of it is in the first load.
 */
import type { IDBPDatabase } from 'idb';
import type { Catalog } from '../../core/catalog/types.ts';
import { readDiagramText } from '../../core/format/read.ts';
import { writeDiagram } from '../../core/format/write.ts';
import type { Diagram } from '../../core/model/types.ts';
import { checkDiagram } from '../../core/rules/check.ts';
import type { CheckResult } from '../../core/rules/finding.ts';
import type { DiagramDb, Schema, VersionReason, VersionRecord } from './diagram-db.ts';

export class VersionStore {
  private readonly db: IDBPDatabase<Schema>;

  constructor(db: DiagramDb) {
    this.db = db.handle;
  }

  async add(fields: Omit<VersionRecord, 'id' | 'createdAt'>, at = Date.now()): Promise<VersionRecord> {
    const record: VersionRecord = { ...fields, id: crypto.randomUUID(), createdAt: at };
    await this.db.add('versions', record);
    return record;
  }

  /** A diagram's versions, newest first. */
  async list(diagramId: string): Promise<VersionRecord[]> {
    const all = await this.db.getAllFromIndex('versions', 'diagram', diagramId);
    return all.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  }

  get(id: string): Promise<VersionRecord | undefined> {
    return this.db.get('versions', id);
  }

  delete(id: string): Promise<void> {
    return this.db.delete('versions', id);
  }

  /** The version read back through the file reader (the same validation as opening a file). */
  async read(id: string, catalog: Catalog): Promise<Diagram | undefined> {
    const record = await this.get(id);
    const read = record && readDiagramText(record.text, catalog);
    return read?.ok ? read.diagram : undefined;
  }

  /**
   * Keep `doc` as a version of `diagramId`, with its level and open errors (the live check's, when it
   * is of this very document). An automatic version is skipped when the newest one holds the same
   * document. Storage errors (quota …) are thrown for the caller to show.
   */
  async keep(diagramId: string, doc: Diagram, note: string, reason: VersionReason, catalog: Catalog, checked?: { doc: Diagram | null; result: CheckResult | null }): Promise<VersionRecord | undefined> {
    const errors = (checked?.doc === doc && checked.result ? checked.result : checkDiagram(doc, catalog)).summary.error;
    const text = writeDiagram(doc);
    if (reason !== 'manual' && (await this.list(diagramId))[0]?.text === text) return undefined;
    return this.add({ diagramId, reason, note, level: doc.meta.level, errors, text });
  }
}
