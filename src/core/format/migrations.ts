/**
 * Numbered migration steps, oldest first: step `from: n` turns a version-n document into version n+1.
 * They run on raw JSON after the format and version checks and before validation, so a step must not
 * trust the shape it is given (the full validation afterwards catches anything it lets through).
 *
 * To introduce version n+1: bump CURRENT_SCHEMA_VERSION, add `{ from: n, name: '…', migrate }` here,
 * keep the version-n fixtures under test/fixtures/v<n>/ and add one under test/fixtures/v<n+1>/; the
 * fixture test fails until every step has run on one of them.
 */
import { CURRENT_SCHEMA_VERSION } from '../model/types.ts';

export type JsonObject = Record<string, unknown>;

export interface MigrationStep {
  from: number;
  name: string;
  migrate(doc: JsonObject): JsonObject;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    // Version 2 only adds optional fields (zone purpose and importance, certificates): every version-1
    // document is a version-2 document once its number is raised, which the runner does.
    name: 'v2-filing-fields',
    migrate: (doc) => doc,
  },
];

/** The table must lead from version 1 to the current one without gaps; checked when the module loads. */
export function assertMigrationTable(steps: readonly MigrationStep[], current: number): void {
  if (steps.length !== current - 1) throw new Error(`migration table has ${steps.length} steps; version ${current} needs ${current - 1}`);
  steps.forEach((step, i) => {
    if (step.from !== i + 1) throw new Error(`migration step ${i} ("${step.name}") must migrate from version ${i + 1}, not ${step.from}`);
  });
}

assertMigrationTable(MIGRATIONS, CURRENT_SCHEMA_VERSION);

export class MigrationError extends Error {
  constructor(readonly step: string, reason: string) {
    super(reason);
    this.name = 'MigrationError';
  }
}

export interface MigrationOutcome {
  doc: JsonObject;
  /** Names of the steps that ran, in order. */
  applied: string[];
}

/** Run every step from `version` up to `target`. Each step receives a copy it may change freely. */
export function migrate(doc: JsonObject, version: number, steps: readonly MigrationStep[] = MIGRATIONS, target = CURRENT_SCHEMA_VERSION): MigrationOutcome {
  const applied: string[] = [];
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps[v - 1];
    if (!step || step.from !== v) throw new Error(`no migration step from version ${v}`);
    try {
      current = { ...step.migrate(structuredClone(current)), schemaVersion: v + 1 };
    } catch (cause) {
      throw new MigrationError(step.name, cause instanceof Error ? cause.message : String(cause));
    }
    applied.push(step.name);
  }
  return { doc: current, applied };
}
