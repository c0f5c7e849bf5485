/**
 * Versions in IndexedDB (issue 14), on fake-indexeddb: kept per diagram newest first, read back
 * whole, deleted with their diagram in one transaction; a database of version 1 (before versions)
 * opens with its diagrams intact. And the archive: design, every version as a file, a manifest.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DiagramDb } from '../../../src/ui/storage/diagram-db.ts';
import { VersionStore } from '../../../src/ui/storage/version-store.ts';
import { archiveEntries, archiveZip } from '../../../src/ui/versions/archive.ts';
import { unzip } from '../../support/unzip.ts';

let n = 0;
const versions = (db: DiagramDb) => new VersionStore(db);
const fresh = () => `versions-test-${++n}`;

describe('version storage', () => {
  it('keeps versions per diagram, newest first, and reads them back whole', async () => {
    const db = await DiagramDb.open(fresh());
    const a = await db.create({ title: 'A', level: 2, text: '{"a":1}' });
    const b = await db.create({ title: 'B', level: 3, text: '{"b":1}' });
    await versions(db).add({ diagramId: a.id, reason: 'manual', note: '第一版', level: 2, errors: 3, text: 'v1' }, 1000);
    await versions(db).add({ diagramId: a.id, reason: 'level', note: '', level: 2, errors: 1, text: 'v2' }, 2000);
    await versions(db).add({ diagramId: b.id, reason: 'template', note: '', level: 3, errors: 0, text: 'w1' }, 1500);
    const list = await versions(db).list(a.id);
    expect(list.map((v) => [v.text, v.note, v.reason, v.errors])).toEqual([
      ['v2', '', 'level', 1],
      ['v1', '第一版', 'manual', 3],
    ]);
    expect((await versions(db).get(list[1]!.id))?.text).toBe('v1');
    expect((await versions(db).list(b.id)).map((v) => v.text)).toEqual(['w1']);
  });

  it('deletes a diagram together with its versions, and only its own', async () => {
    const db = await DiagramDb.open(fresh());
    const a = await db.create({ title: 'A', level: 2, text: 'a' });
    const b = await db.create({ title: 'B', level: 2, text: 'b' });
    await versions(db).add({ diagramId: a.id, reason: 'manual', note: '', level: 2, errors: 0, text: 'a1' });
    await versions(db).add({ diagramId: b.id, reason: 'manual', note: '', level: 2, errors: 0, text: 'b1' });
    await db.delete(a.id);
    expect(await db.get(a.id)).toBeUndefined();
    expect(await versions(db).list(a.id)).toEqual([]);
    expect((await versions(db).list(b.id)).length).toBe(1);
    const one = (await versions(db).list(b.id))[0]!;
    await versions(db).delete(one.id);
    expect(await versions(db).list(b.id)).toEqual([]);
  });

  it('upgrades a database made before versions without touching its diagrams', async () => {
    const name = fresh();
    const old = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('diagrams', { keyPath: 'id' });
        database.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    await old.put('diagrams', { id: 'kept', title: 'Kept', level: 3, updatedAt: 1, revision: 4, text: 'x' });
    old.close();
    const db = await DiagramDb.open(name);
    expect((await db.get('kept'))?.revision).toBe(4);
    await versions(db).add({ diagramId: 'kept', reason: 'import', note: '', level: 3, errors: 0, text: 'x0' });
    expect((await versions(db).list('kept')).length).toBe(1);
  });
});

describe('archive', () => {
  const design = { id: 'd', title: '网上银行/核心', level: 3, updatedAt: Date.UTC(2026, 0, 2), revision: 2, text: '{"design":true}\n' };
  const versions = [
    { id: 'v2', diagramId: 'd', createdAt: Date.UTC(2026, 0, 1, 12), reason: 'level' as const, note: '', level: 2, errors: 4, text: '{"v":2}\n' },
    { id: 'v1', diagramId: 'd', createdAt: Date.UTC(2026, 0, 1, 9), reason: 'manual' as const, note: '评审前 "quoted"', level: 2, errors: 5, text: '{"v":1}\n' },
  ];

  it('holds the design, each version as its own file (oldest first) and a manifest', async () => {
    const { manifest, files } = archiveEntries(design, versions);
    expect(manifest.versions.map((v) => [v.note, v.reason, v.errors])).toEqual([
      ['评审前 "quoted"', 'manual', 5],
      ['', 'level', 4],
    ]);
    expect(files[manifest.design.file]).toBe(design.text);
    expect(manifest.design.file.endsWith('.mlps.json')).toBe(true);
    expect(manifest.design.file).not.toContain('/');
    const zip = unzip(await archiveZip(design, versions));
    expect([...zip.keys()].sort()).toEqual([manifest.design.file, 'manifest.json', ...manifest.versions.map((v) => v.file)].sort());
    expect(zip.get(manifest.versions[0]!.file)).toBe('{"v":1}\n');
    expect(JSON.parse(zip.get('manifest.json')!)).toEqual(manifest);
  });
});
