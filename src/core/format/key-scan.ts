/**
 * A walk over freshly parsed JSON before anything else touches it: keys that could reach an object's
 * prototype (`__proto__`, `constructor`, `prototype`) and absurd nesting are refused with their path.
 * Iterative, so no input can overflow the stack.
 */
import type { JsonPath, ReadIssue } from './errors.ts';
import { MAX_JSON_NESTING } from '../standard/limits.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function scanJsonKeys(root: unknown, maxIssues: number): ReadIssue[] {
  const issues: ReadIssue[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && issues.length < maxIssues) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_JSON_NESTING) {
      issues.push({ code: 'nestingTooDeep', path, params: { max: MAX_JSON_NESTING } });
      continue;
    }
    if (Array.isArray(value)) {
      // Stryker disable next-line ArithmeticOperator: indices past the end of an array read undefined, which the walk skips
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    // JSON.parse defines "__proto__" as an own property, so Object.keys sees it.
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) issues.push({ code: 'forbiddenKey', path: [...path, key], params: { key } });
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (!FORBIDDEN_KEYS.has(key)) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
