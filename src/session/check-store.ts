/**
 * Live checking: every document change is checked against the level it is graded at, without the
 * user asking. The check runs right after the change has been rendered (coalescing a burst of
 * changes into one run), never during a drag (a drag changes the document only when it ends).
 */
import { createStore } from 'zustand/vanilla';
import type { Catalog } from '../core/catalog/types.ts';
import type { CheckResult } from '../core/rules/finding.ts';
import type { Marks } from '../core/rules/finding-marks.ts';
import type { RulesEngine, RulesEngineSource } from './rules-engine.ts';
import type { Diagram } from '../core/model/types.ts';
import type { EditorStore } from './editor-store.ts';

export interface CheckState {
  result: CheckResult | null;
  /** The document the result belongs to. */
  doc: Diagram | null;
  /** Open errors and warnings per node or edge id (what the canvas badges show). */
  counts: ReadonlyMap<string, Marks>;
}

export type CheckStore = ReturnType<typeof createCheckStore>['store'];

/** After the change has been drawn: a check never delays the frame that shows the edit. */
const afterNextFrame =
  typeof requestAnimationFrame === 'function' ? (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0)) : (fn: () => void) => setTimeout(fn, 0);

/**
 * The store, and `engine`: the rules engine once it is there (the app loads it as a chunk of its own;
 * until it arrives nothing is checked, then the document of that moment is).
 */
export function createCheckStore(editor: EditorStore, catalog: Catalog, rules: RulesEngineSource) {
  const store = createStore<CheckState>()(() => ({ result: null, doc: null, counts: new Map() }));
  let engine: RulesEngine | undefined = 'then' in rules ? undefined : rules;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    if (!engine) return;
    const doc = editor.getState().doc;
    if (store.getState().doc === doc) return;
    const result = engine.check(doc, catalog);
    store.setState({ result, doc, counts: engine.marks(result) });
  };
  const ready = Promise.resolve(rules).then((loaded) => {
    engine = loaded;
    run();
    return loaded;
  });
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
  return { store, ready, engine: () => engine };
}
