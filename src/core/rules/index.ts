/**
 * The rules engine, pure core: check a diagram against 等保2.0 at a level, and apply quick fixes.
 * What the editor, the CLI and the reports use; everything else in this folder is its inside.
 */
export { checkDiagram } from './check.ts';
export { applyFix } from './fixes/apply.ts';
export { findingMarks, type Marks } from './finding-marks.ts';
export { waiverMatches } from './waivers.ts';
export { nothingToAssess } from './readiness.ts';
export { LAYERS, MANUAL_ITEMS, RULES, clauseForLevel, ruleInfo, type Layer, type RuleInfo } from '../standard/catalogue.ts';
export type { CheckOptions, CheckResult, Finding, LayerReadiness, Severity } from './finding.ts';
export { fixKey, type Fix, type FixOffer } from './fixes/fix.ts';
