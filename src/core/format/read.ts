/**
 * Reading a diagram file, in the order the format prescribes: size → JSON → format → schemaVersion →
 * migration → full validation. The result is either a valid current-version document or a typed
 * refusal saying what and where; nothing is repaired silently and nothing outside is touched.
 */
import type { Catalog } from '../catalog/types.ts';
import { isValidId } from '../model/ids.ts';
import { CURRENT_SCHEMA_VERSION, DIAGRAM_FORMAT, type Diagram } from '../model/types.ts';
import { MAX_REPORTED_ISSUES, jsonTypeOf, showValue, type ReadError, type ReadIssue } from './errors.ts';
import { decodeFileBytes, parseJsonText } from './json-text.ts';
import { scanJsonKeys } from './key-scan.ts';
import { MIGRATIONS, MigrationError, migrate, type JsonObject, type MigrationOutcome, type MigrationStep } from './migrations.ts';
import { checkReferences } from './references.ts';
import { diagramSchema } from './schema.ts';
import { fromZodIssue } from './zod-issues.ts';

export type ReadResult =
  | { ok: true; diagram: Diagram; migratedFrom?: number; migrations: string[] }
  | { ok: false; error: ReadError };

export interface ReadOptions {
  /** Override of the migration table, for tests of the mechanism itself. */
  migrations?: readonly MigrationStep[];
  currentVersion?: number;
}

/** Read a file's bytes (what a file picker, a drop or the CLI gives). */
export function readDiagramBytes(bytes: Uint8Array, catalog: Catalog, options?: ReadOptions): ReadResult {
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return decoded;
  return readDiagramText(decoded.text, catalog, options);
}

/** Read a file's text (a pasted clipboard, an autosave). */
export function readDiagramText(text: string, catalog: Catalog, options?: ReadOptions): ReadResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  return readDiagramValue(parsed.value, catalog, options);
}

/** A schema version is an integer ≥ 1 (Number.isInteger is false for anything that is not a number). */
function isSchemaVersion(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

function guessOtherFormat(value: JsonObject): 'excalidraw' | 'package' | 'tldraw' | undefined {
  if (value['type'] === 'excalidraw') return 'excalidraw';
  if (typeof value['tldrawFileFormatVersion'] === 'number') return 'tldraw';
  if (typeof value['name'] === 'string' && ('dependencies' in value || 'scripts' in value || 'version' in value)) return 'package';
  return undefined;
}

/** Read an already parsed JSON value. */
export function readDiagramValue(value: unknown, catalog: Catalog, options: ReadOptions = {}): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { kind: 'notObject', found: jsonTypeOf(value) } };
  }
  const forbidden = scanJsonKeys(value, MAX_REPORTED_ISSUES);
  if (forbidden.length > 0) return invalid(forbidden, value);

  const raw = value as JsonObject;
  if (raw['format'] !== DIAGRAM_FORMAT) {
    const looksLike = guessOtherFormat(raw);
    return { ok: false, error: { kind: 'notDiagram', found: showValue(raw['format']), ...(looksLike ? { looksLike } : {}) } };
  }
  const version = raw['schemaVersion'];
  const current = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  if (!isSchemaVersion(version)) return { ok: false, error: { kind: 'badVersion', found: showValue(version) } };
  if (version > current) return { ok: false, error: { kind: 'newerVersion', found: version, supported: current } };

  // At the current version the runner runs no step and gives the document back as it is.
  let migrated: MigrationOutcome;
  try {
    migrated = migrate(raw, version, options.migrations ?? MIGRATIONS, current);
  } catch (e) {
    // The runner throws an Error of its own (a missing step) or a MigrationError (a step failed).
    const step = e instanceof MigrationError ? e.step : `${version} → ${current}`;
    return { ok: false, error: { kind: 'migrationFailed', from: version, step, reason: (e as Error).message } };
  }
  const { doc, applied } = migrated;

  const result = validateDiagram(doc, catalog);
  if (!result.ok) return result;
  return { ok: true, diagram: result.diagram, migrations: applied, ...(version < current ? { migratedFrom: version } : {}) };
}

/** Full validation of a current-version document (structure, then references). */
export function validateDiagram(value: unknown, catalog: Catalog): { ok: true; diagram: Diagram } | { ok: false; error: ReadError } {
  const structure = diagramSchema.safeParse(value, { reportInput: true });
  if (!structure.success) return invalid(structure.error.issues.flatMap((issue) => fromZodIssue(issue)), value);
  const diagram = structure.data as Diagram;
  const issues = checkReferences(diagram, catalog);
  if (issues.length > 0) return invalid(issues, value);
  return { ok: true, diagram };
}

function invalid(issues: ReadIssue[], doc: unknown): { ok: false; error: ReadError } {
  const sorted = [...issues].sort(comparePaths);
  return { ok: false, error: { kind: 'invalid', issues: sorted.slice(0, MAX_REPORTED_ISSUES).map((i) => withSubject(i, doc)), total: sorted.length } };
}

function comparePaths(a: ReadIssue, b: ReadIssue): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) {
    const x = a.path[i]!;
    const y = b.path[i]!;
    if (x === y) continue;
    // Two paths that agree up to here point into the same value, an array or an object, not both:
    // where one holds an index the other does too.
    if (typeof x === 'number') return x - (y as number);
    // Stryker disable next-line EqualityOperator: x !== y here and both are keys, so their texts differ and `<` and `<=` agree
    return String(x) < String(y) ? -1 : 1;
  }
  return a.path.length - b.path.length;
}

/** Name the node or edge an issue sits in by its id, when it has a well-formed one. */
function withSubject(issue: ReadIssue, doc: unknown): ReadIssue {
  const [list, index] = issue.path;
  if (list !== 'nodes' && list !== 'edges') return issue;
  const items = (doc as JsonObject)[list];
  // An issue at the list itself (index undefined) means the list is no array: no item either way.
  const item = Array.isArray(items) ? (items[index as number] as unknown) : undefined;
  // JSON items are objects, arrays, strings, numbers, booleans or null; only objects have an `id`.
  const id = (item as JsonObject | null | undefined)?.['id'];
  if (typeof id !== 'string' || !isValidId(id)) return issue;
  return { ...issue, subject: { kind: list === 'nodes' ? 'node' : 'edge', id } };
}
