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
import { MIGRATIONS, MigrationError, migrate, type JsonObject, type MigrationStep } from './migrations.ts';
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
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'badVersion', found: showValue(version) } };
  }
  if (version > current) return { ok: false, error: { kind: 'newerVersion', found: version, supported: current } };

  let doc = raw;
  let applied: string[] = [];
  if (version < current) {
    const steps = options.migrations ?? MIGRATIONS;
    try {
      ({ doc, applied } = migrate(raw, version, steps, current));
    } catch (e) {
      const step = e instanceof MigrationError ? e.step : `${version} → ${current}`;
      return { ok: false, error: { kind: 'migrationFailed', from: version, step, reason: e instanceof Error ? e.message : String(e) } };
    }
  }

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
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.path.length - b.path.length;
}

/** Name the node or edge an issue sits in by its id, when it has a well-formed one. */
function withSubject(issue: ReadIssue, doc: unknown): ReadIssue {
  const [list, index] = issue.path;
  if ((list !== 'nodes' && list !== 'edges') || typeof index !== 'number') return issue;
  const items = (doc as JsonObject)[list];
  const item = Array.isArray(items) ? (items[index] as unknown) : undefined;
  const id = item !== null && typeof item === 'object' ? (item as JsonObject)['id'] : undefined;
  if (typeof id !== 'string' || !isValidId(id)) return issue;
  return { ...issue, subject: { kind: list === 'nodes' ? 'node' : 'edge', id } };
}
