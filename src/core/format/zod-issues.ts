/** zod's issues, turned into the reader's own typed issues (codes and parameters, no English text). */
import type * as z from 'zod/mini';
import { jsonTypeOf, showValue, type IssueCode, type ReadIssue } from './errors.ts';
import type { Params } from '../i18n/translate.ts';

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

/** zod reports a missing field with no input (or an undefined one): JSON has no undefined value. */
function hasInput(issue: ZodIssue): boolean {
  return issue.input !== undefined;
}

export function fromZodIssue(issue: ZodIssue): ReadIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const input = issue.input;
  const one = (code: IssueCode, params: Params = {}): ReadIssue[] => [{ code, path, params }];

  switch (issue.code) {
    case 'invalid_type': {
      if (!hasInput(issue)) return one('missing', { field: String(path[path.length - 1] ?? '') });
      if (input === null) return one('nullValue');
      if (typeof input === 'number' && !Number.isFinite(input)) return one('notFinite', { found: String(input) });
      if (issue.expected === 'int' && typeof input === 'number') return one('notInteger', { found: showValue(input) });
      return one('wrongType', { expected: issue.expected === 'int' ? 'integer' : issue.expected, found: jsonTypeOf(input) });
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknownKey' as const, path: [...path, key], params: { key } }));
    case 'invalid_value':
      if (!hasInput(issue)) return one('missing', { field: String(path[path.length - 1] ?? '') });
      if (input === null) return one('nullValue');
      return one('notAllowed', { found: showValue(input), allowed: issue.values.map((v) => showValue(v)).join(', ') });
    case 'invalid_union': {
      // A discriminated union (node `kind`) whose discriminator is missing or unknown.
      const options = (issue as { options?: unknown[] }).options;
      // Only an object has a `kind`; any other JSON value reads as one without.
      const value = (input as Record<string, unknown> | null | undefined)?.['kind'];
      if (value === undefined) return one('missing', { field: String(path[path.length - 1] ?? '') });
      return one('notAllowed', { found: showValue(value), allowed: (options ?? []).map((v) => showValue(v)).join(', ') });
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { issue?: IssueCode } & Record<string, string | number>;
      const { issue: code, ...rest } = params;
      if (code === 'tooLong') return one('tooLong', { max: rest['max']!, length: rest['length']! });
      return one(code ?? 'invalid', { ...rest, found: showValue(input) });
    }
    case 'too_small':
    case 'too_big':
      return one('outOfRange', { found: showValue(input), min: String(issue.code === 'too_small' ? issue.minimum : ''), max: String(issue.code === 'too_big' ? issue.maximum : '') });
    default:
      return one('invalid', { detail: issue.message });
  }
}
