import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo, type History } from '../../../src/core/history/history.ts';
import { updateMeta } from '../../../src/core/edit/meta.ts';
import { smallDiagram } from '../../support/documents.ts';

describe('undo history', () => {
  const v0 = smallDiagram();
  const v1 = updateMeta(v0, { title: 'A' });
  const v2 = updateMeta(v1, { title: 'B' });

  it('undoes and redoes steps in order', () => {
    let h: History = record(emptyHistory, { before: v0, after: v1, label: 'edit', at: 0 });
    h = record(h, { before: v1, after: v2, label: 'edit', at: 10_000 });
    const u1 = undo(h)!;
    expect(u1.doc).toBe(v1);
    const u2 = undo(u1.history)!;
    expect(u2.doc).toBe(v0);
    expect(undo(u2.history)).toBeUndefined();
    const r1 = redo(u2.history)!;
    expect(r1.doc).toBe(v1);
  });

  it('drops the redo branch on a new step and ignores no-op steps', () => {
    let h = record(emptyHistory, { before: v0, after: v1, label: 'edit', at: 0 });
    h = undo(h)!.history;
    expect(h.future).toHaveLength(1);
    h = record(h, { before: v0, after: v2, label: 'edit', at: 5 });
    expect(h.future).toHaveLength(0);
    expect(record(h, { before: v2, after: v2, label: 'noop', at: 6 })).toBe(h);
  });

  it('merges quick edits of the same field into one step', () => {
    let h = record(emptyHistory, { before: v0, after: v1, label: 'edit', mergeKey: 'meta.title', at: 0 });
    h = record(h, { before: v1, after: v2, label: 'edit', mergeKey: 'meta.title', at: 500 });
    expect(h.past).toHaveLength(1);
    expect(undo(h)!.doc).toBe(v0);
    h = record(h, { before: v2, after: v1, label: 'edit', mergeKey: 'meta.title', at: 5000 });
    expect(h.past).toHaveLength(2);
  });

  it('is bounded', () => {
    let h: History = emptyHistory;
    let doc = v0;
    for (let i = 0; i < 250; i++) {
      const next = updateMeta(doc, { title: `t${i}` });
      h = record(h, { before: doc, after: next, label: 'edit', at: i * 10_000 }, 100);
      doc = next;
    }
    expect(h.past).toHaveLength(100);
  });
});
