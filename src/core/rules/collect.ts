/**
 * Turns a rule's verdict into a Finding: severity for the level checked (or the rule's stated variant,
 * e.g. the W inside CNS-01), clause numbers written for that level, control point, layer. Rules only
 * say what is wrong, where, and which message and fix describe it.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { Localized } from '../model/localized.ts';
import type { Level } from '../model/types.ts';
import { memoByObject } from '../model/memo.ts';
import { clauseForLevel, ruleInfo, type RuleId, type RuleInfo } from '../standard/catalogue.ts';
import type { Finding, Severity } from './finding.ts';
import type { Fix, FixOffer } from './fixes/fix.ts';

const SEVERITY: Record<'E' | 'W' | 'I', Severity> = { E: 'error', W: 'warning', I: 'info' };

/** GEN rules are design hygiene, not a clause of the standard. */
const DESIGN_HYGIENE: Localized = Object.freeze({ zh: '设计规范', en: 'Design hygiene' });

interface RuleText {
  info: RuleInfo;
  clause: string;
  controlPoint: Localized;
}

/** A rule's texts for one level, and its findings so far in the order the rule added them. */
interface RuleRun {
  text: RuleText;
  findings: Finding[];
}

/** Clause and control point of each rule, per level: the same for every check. */
const textsOf = memoByObject((info: RuleInfo): Readonly<Record<Level, RuleText>> => {
  const points = info.clauses.map((c) => c.point);
  // Shared by every finding of the rule: frozen, so no reader can change it for the others.
  const controlPoint = points.length === 0 ? DESIGN_HYGIENE : Object.freeze({ zh: points.map((p) => p.zh).join('; '), en: points.map((p) => p.en).join('; ') });
  const at = (level: Level): RuleText => ({ info, clause: info.clauses.map((c) => clauseForLevel(c.ref, level)).join('; '), controlPoint });
  return { 2: at(2), 3: at(3), 4: at(4) };
});

function ruleText(rule: RuleId, level: Level): RuleText {
  return textsOf(ruleInfo(rule))[level];
}

export interface AddOptions<C extends Fix = Fix> {
  /** A severity variant the rule states for this case (CNS-01 and CLD-01 W, CES-05 W). */
  severity?: 'E' | 'W' | 'I';
  fix?: FixOffer<C>;
}

/** What one rule's check adds its findings through: bound to its id, taking only the fixes it declares. */
export interface RuleFindings<C extends Fix> {
  add(targets: string[], messageKey: MessageKey, params: Params, options?: AddOptions<C>): void;
}

const NO_OPTIONS: AddOptions = Object.freeze({});

/** One rule's view of the collector, holding that rule's run (a class: every rule's `out.add` is one method). */
class BoundFindings implements RuleFindings<Fix> {
  constructor(
    private readonly run: RuleRun,
    private readonly rule: RuleId,
    private readonly level: Level,
  ) {}

  add(targets: string[], messageKey: MessageKey, params: Params, options: AddOptions = NO_OPTIONS): void {
    pushFinding(this.run, this.rule, this.level, targets, messageKey, params, options);
  }
}

function pushFinding(run: RuleRun, rule: RuleId, level: Level, targets: string[], messageKey: MessageKey, params: Params, options: AddOptions): void {
  const { text } = run;
  const code = options.severity ?? text.info.severity[level];
  if (code === null) return;
  const { layer } = text.info;
  const severity = SEVERITY[code];
  const { clause, controlPoint } = text;
  // Built whole, never given a property afterwards: large diagrams make thousands of findings.
  const finding: Finding = options.fix
    ? { rule, layer, severity, clause, controlPoint, targets, messageKey, params, waived: false, fix: options.fix }
    : { rule, layer, severity, clause, controlPoint, targets, messageKey, params, waived: false };
  run.findings.push(finding);
}

export class FindingCollector {
  private readonly runs = new Map<RuleId, RuleRun>();
  // Rules add their findings in runs: the last rule's run is kept at hand.
  private lastRule: RuleId | undefined;
  private lastRun: RuleRun | undefined;

  constructor(readonly level: Level) {}

  /** The findings of one rule, for its check. */
  forRule(rule: RuleId): RuleFindings<Fix> {
    return new BoundFindings(this.run(rule), rule, this.level);
  }

  add(rule: RuleId, targets: string[], messageKey: MessageKey, params: Params, options: AddOptions = NO_OPTIONS): void {
    pushFinding(this.run(rule), rule, this.level, targets, messageKey, params, options);
  }

  /** Every finding, grouped by rule in rule id order; within a rule, in the order they were added. */
  byRule(): Finding[][] {
    // Stryker disable next-line EqualityOperator: the keys of a Map are distinct, so `<` and `<=` never disagree
    return [...this.runs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, run]) => run.findings);
  }

  private run(rule: RuleId): RuleRun {
    // Stryker disable next-line ConditionalExpression: skipping the kept last run only looks the same run up in the map
    if (rule === this.lastRule) return this.lastRun!;
    let run = this.runs.get(rule);
    if (!run) {
      run = { text: ruleText(rule, this.level), findings: [] };
      this.runs.set(rule, run);
    }
    this.lastRule = rule;
    this.lastRun = run;
    return run;
  }
}
