/**
 * Keeps the open diagram saved in the browser, and never loses work doing it:
 * - autosave, debounced, flushed when the tab is hidden or closed (with a synchronous journal so
 *   the last edit survives a reload even if the asynchronous write is cut short);
 * - a failed save shows a lasting warning with a download, whatever the browser calls the error;
 * - a stored diagram that cannot be read is left untouched and offered for download;
 * - saves carry the revision they replace, so two tabs never overwrite each other: the second one is
 *   told and can load the newer version or keep its own as a copy.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { MAX_TITLE_LENGTH } from '../../core/standard/limits.ts';
import { loadDiagramReader } from '../files/diagram-reader.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { updateMeta } from '../../core/edit/meta.ts';
import type { Diagram } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import type { EditorStore } from '../../session/editor-store.ts';
import type { Session } from '../../session/session.ts';
import type { DiagramDb, DiagramRecord, DiagramSummary, VersionReason, VersionRecord } from './diagram-db.ts';
import { openStorage, takeEarlyOpening } from './early-opening.ts';
import type { VersionStore } from './version-store.ts';
import { clearPending, readPending, writePending } from './pending-journal.ts';
import type { PersistenceStore } from './persistence-store.ts';

const AUTOSAVE_DELAY_MS = 400;
const CHANNEL = 'mlps-designer.saves';

interface SavedMessage {
  id: string;
  revision: number;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.message ? `${error.name}: ${error.message}` : error.message || error.name;
  return String(error);
}

/** A diagram that already holds the same document as a file being opened. */
export interface SameContent {
  id: string;
  title: string;
  /** When it was last saved; absent for the open diagram. */
  updatedAt?: number;
  /** It is the diagram open in the editor. */
  current: boolean;
}

/** An entry of 我的图: what the list shows, and the diagram itself when it can be read. */
export type StoredEntry = DiagramSummary & ({ readable: true; doc: Diagram } | { readable: false; doc?: undefined });

/** What storage keeps of a diagram: its text, plus the title and level the list of diagrams shows. */
function recordOf(doc: Diagram): Pick<DiagramRecord, 'title' | 'level' | 'text'> {
  return { title: doc.meta.title, level: doc.meta.level, text: writeDiagram(doc) };
}

export class Persistence {
  private db: DiagramDb | undefined;
  private baseRevision = 0;
  /** The document version last written (or loaded); anything else is unsaved. */
  private savedDoc: Diagram | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private channel: BroadcastChannel | undefined;
  private unsubscribe: (() => void) | undefined;
  private versionStore: VersionStore | undefined;

  private readonly editor: EditorStore;

  constructor(
    private readonly session: Session,
    private readonly state: PersistenceStore,
    private readonly catalog: Catalog,
    private readonly blank: () => Diagram,
  ) {
    this.editor = session.editor;
  }

  /** Open storage and the last diagram (or a new one). Never throws: problems become visible state. */
  async start(): Promise<void> {
    const opening = await (takeEarlyOpening() ?? openStorage());
    if (!opening.ok) {
      this.state.setState({ status: 'unavailable', unavailable: describe(opening.error) });
      this.editor.getState().load(this.blank());
      return;
    }
    this.db = opening.db;
    const { record } = opening;
    if (record) {
      // The reader is a chunk of its own (a first visit has nothing to read). If it cannot be fetched,
      // the autosave must not be replaced: storage is left alone and the user told, as when it is unavailable.
      try {
        await loadDiagramReader();
      } catch (error) {
        this.db = undefined;
        this.state.setState({ status: 'unavailable', unavailable: describe(error) });
        this.editor.getState().load(this.blank());
        return;
      }
    }
    if (!record || !(await this.openRecord(record, true))) await this.createAndOpen(this.blank());
    // A first visit had nothing to read: the reader comes now, after the first screen, so the first
    // file opened (often right away in a workshop) does not wait for it.
    if (!record) void loadDiagramReader().catch(() => undefined);
    this.listen();
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.editor.subscribe((s, previous) => {
      if (s.doc !== previous.doc) this.changed();
    });
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<SavedMessage>) => void this.otherTabSaved(event.data);
    }
    const flushNow = () => this.flushForExit();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushNow();
    });
  }

  private get dirty(): boolean {
    return this.editor.getState().doc !== this.savedDoc;
  }

  private changed(): void {
    const { status } = this.state.getState();
    if (status === 'unavailable' || status === 'conflict') return;
    if (!this.dirty) {
      // Undo back to the saved version.
      if (status === 'unsaved') this.state.setState({ status: 'saved' });
      return;
    }
    if (status !== 'failed') this.state.setState({ status: 'unsaved' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_DELAY_MS);
  }

  /** Write the open document now (waits for a save already under way). */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    while (this.saving) await this.saving;
    const { currentId, status } = this.state.getState();
    if (!this.db || !currentId || !this.dirty || status === 'conflict') return;
    const doc = this.editor.getState().doc;
    this.saving = (async () => {
      this.state.setState({ status: 'saving' });
      try {
        const outcome = await this.db!.save(currentId, this.baseRevision, recordOf(doc));
        if (!outcome.ok) {
          this.state.setState({ status: 'conflict', conflict: outcome.conflict });
          return;
        }
        this.baseRevision = outcome.revision;
        this.savedDoc = doc;
        clearPending(currentId);
        this.channel?.postMessage({ id: currentId, revision: outcome.revision } satisfies SavedMessage);
        this.state.setState({ status: this.dirty ? 'unsaved' : 'saved', failure: undefined });
        if (this.dirty) this.changed();
      } catch (error) {
        // Any failure counts (quota, a closed database, a browser's own error name): say so and keep trying.
        this.state.setState({ status: 'failed', failure: describe(error) });
      }
    })();
    try {
      await this.saving;
    } finally {
      this.saving = undefined;
    }
  }

  /** The tab is being hidden or closed: journal the unsaved text synchronously, then start the write. */
  flushForExit(): void {
    const { currentId, status } = this.state.getState();
    if (!currentId || !this.dirty || status === 'conflict' || status === 'unavailable') return;
    writePending(currentId, { base: this.baseRevision, text: writeDiagram(this.editor.getState().doc) });
    void this.save();
  }

  retry(): Promise<void> {
    this.state.setState({ status: 'unsaved' });
    return this.save();
  }

  private async otherTabSaved(message: SavedMessage): Promise<void> {
    if (message.id !== this.state.getState().currentId || message.revision <= this.baseRevision || !this.db) return;
    if (this.dirty || this.saving) {
      const conflict = await this.db.get(message.id);
      if (conflict) this.state.setState({ status: 'conflict', conflict });
      return;
    }
    const record = await this.db.get(message.id);
    if (record) await this.openRecord(record, false);
  }

  /** Load a stored diagram; false (and, at start, the unreadable warning) if its text cannot be read. */
  private async openRecord(record: DiagramRecord, atStart: boolean): Promise<boolean> {
    const pending = readPending(record.id);
    if (pending && pending.base !== record.revision) clearPending(record.id);
    let journalled = pending !== undefined && pending.base === record.revision && pending.text !== record.text;
    const { readDiagramText } = await loadDiagramReader();
    let result = readDiagramText(journalled ? pending!.text : record.text, this.catalog);
    if (!result.ok && journalled) {
      journalled = false;
      result = readDiagramText(record.text, this.catalog);
    }
    if (!result.ok) {
      if (atStart) this.state.setState({ unreadable: { title: record.title, error: result.error, text: record.text } });
      return false;
    }
    this.baseRevision = record.revision;
    // Set before loading, so the load itself does not count as an unsaved change.
    this.savedDoc = journalled ? undefined : result.diagram;
    this.state.setState({ currentId: record.id, status: journalled ? 'unsaved' : 'saved', conflict: undefined, failure: undefined });
    this.editor.getState().load(result.diagram);
    // An edit journalled when the tab closed, newer than storage: write it now.
    if (journalled) this.changed();
    // At start the record is the one storage named as last open already.
    if (!atStart) await this.db?.setLastOpen(record.id).catch(() => undefined);
    return true;
  }

  /** Show a new diagram at once; storing it follows (edits made meanwhile are saved right after). */
  private async createAndOpen(doc: Diagram): Promise<void> {
    // Set before loading, so the load itself does not count as an unsaved change.
    this.savedDoc = doc;
    this.state.setState({ currentId: null, status: this.db ? 'saving' : this.state.getState().status, conflict: undefined, failure: undefined });
    this.editor.getState().load(doc);
    await this.storeAsNew(doc);
  }

  /**
   * Store the open document as a new diagram and make that the one autosave writes to. A failure
   * shows as a failed save (with its download), like any other.
   */
  private async storeAsNew(doc: Diagram): Promise<void> {
    if (!this.db) return;
    this.savedDoc = doc;
    this.state.setState({ currentId: null, status: 'saving', conflict: undefined, failure: undefined });
    try {
      const record = await this.db.create(recordOf(doc));
      this.baseRevision = record.revision;
      this.state.setState({ currentId: record.id, status: 'saved' });
      await this.db.setLastOpen(record.id).catch(() => undefined);
      if (this.dirty) this.changed();
    } catch (error) {
      this.savedDoc = undefined;
      this.state.setState({ status: 'failed', failure: describe(error), currentId: null });
    }
  }

  /** Finish saving the open diagram before another one replaces it in this tab. */
  private async leaveCurrent(): Promise<void> {
    if (this.dirty) await this.save();
  }

  async openDiagram(doc: Diagram): Promise<void> {
    await this.leaveCurrent();
    await this.createAndOpen(doc);
  }

  /**
   * Where this document is already kept, if anywhere: the open diagram (as it is in the editor now) or
   * a stored one whose text is exactly the document's canonical text. The whole document counts, its
   * title and date included: the canonical writer gives the same document the same bytes, so this is an
   * exact comparison, and a file that differs in anything is another version the user may want to keep.
   */
  async findSameContent(doc: Diagram): Promise<SameContent | undefined> {
    const text = writeDiagram(doc);
    const current = this.editor.getState().doc;
    const { currentId } = this.state.getState();
    if (currentId && writeDiagram(current) === text) return { id: currentId, title: current.meta.title, current: true };
    const stored = await this.db?.findByText(text, currentId ?? undefined).catch(() => undefined);
    return stored && { id: stored.id, title: stored.title, updatedAt: stored.updatedAt, current: false };
  }

  /** Open a stored diagram; returns false when it cannot be read (nothing changes then). */
  async openStored(id: string): Promise<boolean> {
    if (!this.db) return false;
    const record = await this.db.get(id);
    if (!record) return false;
    const { readDiagramText } = await loadDiagramReader();
    const result = readDiagramText(record.text, this.catalog);
    if (!result.ok) return false;
    await this.leaveCurrent();
    return this.openRecord(record, false);
  }

  /** Resolve a conflict with another tab: take its newer version, or keep ours as a new diagram. */
  async resolveConflict(choice: 'load' | 'copy'): Promise<void> {
    const { conflict } = this.state.getState();
    if (!conflict || !this.db) return;
    if (choice === 'load') {
      await this.openRecord(conflict, false);
      return;
    }
    // Keep the editor as it is (its undo history included); only where it is stored changes.
    await this.storeAsNew(this.editor.getState().doc);
  }

  /** The stored diagrams, newest first, each marked whether it can be read (and, if so, read, for its preview). */
  async listStored(): Promise<StoredEntry[]> {
    if (!this.db) return [];
    const summaries = await this.db.list();
    const { readDiagramText } = await loadDiagramReader();
    const out: StoredEntry[] = [];
    for (const summary of summaries) {
      const record = await this.db.get(summary.id);
      const read = record && readDiagramText(record.text, this.catalog);
      out.push(read?.ok ? { ...summary, readable: true, doc: read.diagram } : { ...summary, readable: false });
    }
    return out;
  }

  async storedText(id: string): Promise<DiagramRecord | undefined> {
    return this.db?.get(id);
  }

  /** Rename a stored diagram (its 系统名称). The open one is renamed through the editor, as an edit. */
  async renameStored(id: string, title: string): Promise<void> {
    if (!this.db) return;
    if (id === this.state.getState().currentId) {
      this.session.run(commands.editMeta, { patch: { title }, field: 'title' });
      await this.save();
      return;
    }
    const record = await this.db.get(id);
    const { readDiagramText } = await loadDiagramReader();
    const read = record ? readDiagramText(record.text, this.catalog) : undefined;
    if (!record || !read?.ok) return;
    const doc = updateMeta(read.diagram, { title });
    await this.db.save(id, record.revision, recordOf(doc));
  }

  async duplicateStored(id: string, suffix: string): Promise<void> {
    if (!this.db) return;
    if (id === this.state.getState().currentId) await this.save();
    const record = await this.db.get(id);
    const { readDiagramText } = await loadDiagramReader();
    const read = record ? readDiagramText(record.text, this.catalog) : undefined;
    if (!read?.ok) return;
    // Cut by characters as the format counts them, never through a surrogate pair.
    const title = Array.from(`${read.diagram.meta.title}${suffix}`).slice(0, MAX_TITLE_LENGTH).join('');
    await this.db.create(recordOf(updateMeta(read.diagram, { title })));
  }

  /** Delete a stored diagram; the open one cannot be deleted. */
  async deleteStored(id: string): Promise<void> {
    if (!this.db || id === this.state.getState().currentId) return;
    await this.db.delete(id);
    clearPending(id);
  }

  /**
   * Keep the open design as it is now as a version of its entry in 我的图 (issue 14). The document is
   * taken at the call, so a caller may change it right after without awaiting. A storage failure
   * (quota or any other) is shown as a lasting warning, as for autosave, and the design is untouched.
   */
  saveVersion(note: string): Promise<VersionRecord | undefined> {
    return this.keepVersion(this.editor.getState().doc, note, 'manual');
  }

  /**
   * For steps that replace much of a design: a template switch, a level change, an import. Call it
   * just before the step (no need to await: the document is taken at the call). Nothing is kept for
   * an empty design, nor when the newest version already holds exactly this document.
   */
  saveAutomaticVersion(reason: Exclude<VersionReason, 'manual'>): Promise<VersionRecord | undefined> {
    const doc = this.editor.getState().doc;
    if (doc.nodes.length === 0) return Promise.resolve(undefined);
    return this.keepVersion(doc, '', reason);
  }

  private async keepVersion(doc: Diagram, note: string, reason: VersionReason): Promise<VersionRecord | undefined> {
    const diagramId = this.state.getState().currentId;
    const store = await this.versions();
    if (!store || !diagramId) return undefined;
    try {
      const record = await store.keep(diagramId, doc, note, reason, this.catalog, this.session.check.getState());
      this.state.setState({ versionFailure: undefined });
      return record;
    } catch (error) {
      this.state.setState({ versionFailure: describe(error) });
      return undefined;
    }
  }

  /** The versions of the stored diagrams (loaded on first use); undefined without storage. */
  async versions(): Promise<VersionStore | undefined> {
    if (!this.db) return undefined;
    const { VersionStore } = await import('./version-store.ts');
    return (this.versionStore ??= new VersionStore(this.db));
  }

  dismissVersionFailure(): void {
    this.state.setState({ versionFailure: undefined });
  }

  dismissUnreadable(): void {
    this.state.setState({ unreadable: undefined });
  }

  get database(): DiagramDb | undefined {
    return this.db;
  }
}
