/**
 * Typed refusals of the file reader. Each names what is wrong (a code with parameters, translated by
 * `describe.ts`) and where (a JSON path, plus the node or edge id when the path is inside one).
 */
import type { Params } from '../i18n/translate.ts';
import { escapeInvisible } from '../model/invisible.ts';

import type { JsonPath } from '../model/json-path.ts';

export { formatPath, type JsonPath } from '../model/json-path.ts';

/** Problems found inside a document that parsed as JSON. */
export type IssueCode =
  | 'forbiddenKey'
  | 'nestingTooDeep'
  | 'missing'
  | 'nullValue'
  | 'notFinite'
  | 'notInteger'
  | 'wrongType'
  | 'unknownKey'
  | 'notAllowed'
  | 'outOfRange'
  | 'notPositive'
  | 'tooLong'
  | 'emptyText'
  | 'badId'
  | 'badRegionId'
  | 'badDate'
  | 'badCidr'
  | 'cidrHostBits'
  | 'duplicateId'
  | 'unknownProduct'
  | 'propNotForProduct'
  | 'unknownEdition'
  | 'propNotForZone'
  | 'missingParent'
  | 'parentNotZone'
  | 'parentCycle'
  | 'tooManyAncestors'
  | 'danglingEdge'
  | 'edgeToZone'
  | 'selfLoop'
  | 'modeNotBackup'
  | 'unknownRule'
  | 'unknownManualItem'
  | 'duplicateManualItem'
  | 'productWithoutEditions'
  | 'duplicateCertificate'
  | 'invalid';

export interface ReadIssue {
  code: IssueCode;
  path: JsonPath;
  params: Params;
  /** The node or edge the path points into, when it has a usable id. */
  subject?: { kind: 'node' | 'edge'; id: string };
}

/** Why a file could not be used at all, or `invalid` with the list of problems found in it. */
export type ReadError =
  /** `atLeast`: reading stopped past the limit (standard input), so `bytes` is a lower bound. */
  | { kind: 'tooLarge'; bytes: number; limit: number; atLeast?: true }
  | { kind: 'empty' }
  | { kind: 'utf16' }
  | { kind: 'notUtf8'; offset: number }
  | { kind: 'binary'; offset: number }
  /** `looksLike`: the text is another program's file (a draw.io diagram is XML). */
  | { kind: 'notJson'; line: number; column: number; detail: JsonSyntaxDetail; found?: string; looksLike?: 'drawio' }
  | { kind: 'notObject'; found: string }
  | { kind: 'notDiagram'; found: string; looksLike?: 'excalidraw' | 'package' | 'tldraw' }
  | { kind: 'newerVersion'; found: number; supported: number }
  | { kind: 'badVersion'; found: string }
  | { kind: 'migrationFailed'; from: number; step: string; reason: string }
  | { kind: 'invalid'; issues: ReadIssue[]; total: number };

export type JsonSyntaxDetail =
  | 'truncated'
  | 'unexpected'
  | 'trailing'
  | 'badEscape'
  | 'controlChar'
  | 'badNumber'
  | 'unknown';

/** At most this many issues are kept and shown; `total` says how many there were. */
export const MAX_REPORTED_ISSUES = 50;

/** A short, safe rendering of a value found in a file, for messages. */
export function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    // JSON has no text for undefined or a function: String gives "undefined" and the source.
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  // Bidi overrides and zero-width characters would make a message read differently from what the file holds.
  text = escapeInvisible(text);
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : text;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
