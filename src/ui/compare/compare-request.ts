/**
 * What the compare view shows (issue 14): two designs (never the user's document object being edited:
 * the view only reads them), their names for the exports, the level both are checked at when the
 * same design is compared at two levels or with its level proposal, and the proposal's fixes.
 */
import type { Level, Diagram } from '../../core/model/types.ts';
import type { Finding } from '../../core/rules/finding.ts';
import type { FixOffer } from '../../core/rules/fixes/fix.ts';

export interface CompareSide {
  doc: Diagram;
  /** What the side is called in the panel and the exports: a file name, a version's date and note … */
  name: string;
}

export interface CompareRequest {
  before: CompareSide;
  after: CompareSide;
  /** Check both at this level (the level delta, or a design at two levels: each side's own meta.level otherwise). */
  level?: Level;
  /** The level delta: the proposal's fixes and what stays open; 采纳 adopts `after.doc`. */
  proposal?: { level: 3 | 4; applied: FixOffer[]; remaining: Finding[] };
}

/**
 * The open request, set just before the compare dialog opens (from the versions list, the level
 * delta button; the toolbar's 对比 clears it) and read by it; the dialog's own picker makes one
 * otherwise. Read during render (React may render a dialog more than once before it mounts) and
 * cleared once the dialog has mounted.
 */
let pending: { kind: 'version'; versionId: string } | { kind: 'levelDelta'; level: 3 | 4 } | undefined;

export type CompareIntent = NonNullable<typeof pending>;

export function setCompareIntent(intent: CompareIntent | undefined): void {
  pending = intent;
}

export function peekCompareIntent(): CompareIntent | undefined {
  return pending;
}
