/** The rules engine of the core, for `createSession({ rules })` (imported lazily by the app). */
import { checkDiagram } from '../core/rules/check.ts';
import { findingMarks } from '../core/rules/finding-marks.ts';
import { applyFix } from '../core/rules/fixes/apply.ts';
import type { RulesEngine } from './rules-engine.ts';

export const rulesEngine: RulesEngine = { check: checkDiagram, marks: findingMarks, applyFix };
