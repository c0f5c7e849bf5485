/**
 * What the checker returns: rule ids, targets and message keys with parameters, never translated text
 * (the UI and the CLI translate at the last moment). Shared by the engine, the editor's findings
 * panel and badges, the CLI, the BOM's control-point matrix and the compliance report.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { Localized } from '../model/localized.ts';
import type { Level } from '../model/types.ts';
import type { Layer, RuleId } from '../standard/catalogue.ts';
import type { FixOffer } from './fixes/fix.ts';

export type Severity = 'error' | 'warning' | 'info';


export interface Finding {
  rule: RuleId;
  layer: Layer;
  severity: Severity;
  /** The clause(s) written for the level checked (7.1… / 8.1… / 9.1…), several joined with "; ". */
  clause: string;
  /** The control point(s) (控制点) of those clauses, joined the same way; "设计规范" for GEN rules. */
  controlPoint: Localized;
  /** Node and edge ids that show the problem; the first is the one the finding is about. */
  targets: string[];
  messageKey: MessageKey;
  params: Params;
  waived: boolean;
  /** The reason of the waiver that accepted this finding. */
  waiverReason?: string;
  /** A change applied in one step (fix.ts); findings offering the same change are fixed together. */
  fix?: FixOffer;
}

export interface LayerReadiness {
  /** Rules of this layer that apply at the level checked. */
  applicable: number;
  /** Of those, the ones without an open error. */
  passing: number;
}

export interface CheckResult {
  level: Level;
  /** In a stable order: by rule id, then by first target. */
  findings: Finding[];
  /** Open (unwaived) findings by severity, and the waived ones apart. */
  summary: { error: number; warning: number; info: number; waived: number };
  readiness: Record<Layer, LayerReadiness>;
}

/** Options of `checkDiagram`. */
export interface CheckOptions {
  /** The level to check against instead of `meta.level` (the toolbar's level switch, `--level`). */
  level?: Level;
}
