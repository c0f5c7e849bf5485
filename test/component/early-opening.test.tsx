/**
 * Storage opened before React's first render (issue 15, fake-indexeddb in happy-dom): main.tsx starts
 * opening IndexedDB and reading the last open diagram, and the workbench's persistence takes that
 * opening instead of starting its own: the autosave is the one opened, storage's failure shows as
 * before, and the early opening is handed out once.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { openStorageEarly, takeEarlyOpening } from '../../src/ui/storage/early-opening.ts';
import { DiagramDb } from '../../src/ui/storage/diagram-db.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { catalog } from '../support/workbench.tsx';
import { smallDiagram } from '../support/documents.ts';

describe('storage opened early', () => {
  it('the autosave read while the first screen is drawn is the diagram the workbench opens', async () => {
    const first = createWorkbench(catalog);
    await first.persistence.start();
    const doc = { ...smallDiagram(), meta: { ...smallDiagram().meta, title: 'early <b>&</b>' } };
    await first.persistence.openDiagram(doc);
    await waitFor(() => expect(first.persistenceState.getState().status).toBe('saved'));
    const id = first.persistenceState.getState().currentId;
    const stored = first.editor.getState().doc;

    const open = vi.spyOn(DiagramDb, 'open');
    openStorageEarly();
    openStorageEarly(); // once: a second call starts nothing
    expect(open).toHaveBeenCalledTimes(1);
    const bench = createWorkbench(catalog);
    await bench.persistence.start();
    expect(open).toHaveBeenCalledTimes(1); // the workbench took the early opening
    expect(bench.persistenceState.getState()).toMatchObject({ currentId: id, status: 'saved' });
    expect(bench.editor.getState().doc.meta.title).toBe('early <b>&</b>');
    // Stored as canonical text: the same nodes, in the file's order.
    expect(bench.editor.getState().doc.nodes.map((n) => n.id).sort()).toEqual(stored.nodes.map((n) => n.id).sort());
    expect(stored.nodes.length).toBeGreaterThan(0);
    expect(takeEarlyOpening()).toBeUndefined();

    // A workbench made later opens storage itself.
    const later = createWorkbench(catalog);
    await later.persistence.start();
    expect(open).toHaveBeenCalledTimes(2);
    expect(later.persistenceState.getState().currentId).toBe(id);
    open.mockRestore();
  });

  it('storage failing while opened early leaves a blank design and says storage is unavailable', async () => {
    const open = vi.spyOn(DiagramDb, 'open').mockRejectedValueOnce(new DOMException('The user denied storage.', 'SecurityError'));
    openStorageEarly();
    const bench = createWorkbench(catalog);
    await bench.persistence.start();
    expect(bench.persistenceState.getState()).toMatchObject({ status: 'unavailable', unavailable: 'SecurityError: The user denied storage.' });
    expect(bench.editor.getState().doc.nodes).toHaveLength(0);
    open.mockRestore();
  });
});
