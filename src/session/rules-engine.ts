/**
 * The rules engine as the session uses it: check a document, count its marks, apply a quick fix.
 * Passed in rather than imported, so that the app can load it as a chunk of its own while the first
 * screen is drawn (`import('./rules-engine-core.ts')`), and Node (tests, benchmarks) can hand over the
 * core's functions directly.
 */
import type { checkDiagram } from '../core/rules/check.ts';
import type { findingMarks } from '../core/rules/finding-marks.ts';
import type { applyFix } from '../core/rules/fixes/apply.ts';

export interface RulesEngine {
  readonly check: typeof checkDiagram;
  readonly marks: typeof findingMarks;
  readonly applyFix: typeof applyFix;
}

/** The engine itself, or its chunk on its way. */
export type RulesEngineSource = RulesEngine | Promise<RulesEngine>;
