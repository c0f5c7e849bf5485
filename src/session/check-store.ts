/**
 * Live checking: every document change is checked against the level it is graded at, without the
 * user asking. The check runs right after the change has been rendered (coalescing a burst of
 * changes into one run), never during a drag (a drag changes the document only when it ends).
 */
import { createStore } from 'zustand/vanilla';
import type { Catalog } from '../core/catalog/types.ts';
import { checkDiagram, findingMarks, type CheckResult, type Marks } from '../core/rules/index.ts';
import type { Diagram } from '../core/model/types.ts';
import type { EditorStore } from './editor-store.ts';

export interface CheckState {
  result: CheckResult | null;
  /** The document the result belongs to. */
  doc: Diagram | null;
  /** Open errors and warnings per node or edge id (what the canvas badges show). */
  counts: ReadonlyMap<string, Marks>;
}

export type CheckStore = ReturnType<typeof createCheckStore>;

/** After the change has been drawn: a check never delays the frame that shows the edit. */
const afterNextFrame =
  typeof requestAnimationFrame === 'function' ? (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0)) : (fn: () => void) => setTimeout(fn, 0);

export function createCheckStore(editor: EditorStore, catalog: Catalog) {
  const store = createStore<CheckState>()(() => ({ result: null, doc: null, counts: new Map() }));
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const doc = editor.getState().doc;
    if (store.getState().doc === doc) return;
    const result = checkDiagram(doc, catalog);
    store.setState({ result, doc, counts: findingMarks(result) });
  };
  editor.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    // A diagram just opened is checked at once, so that it is drawn once, badges included (checked
    // after its first frame, nearly every node and edge would be drawn a second time for its badge).
    if (state.loads !== previous.loads) return run();
    if (scheduled) return;
    scheduled = true;
    afterNextFrame(run);
  });
  run();
  return store;
}
