/**
 * The first walk over parsed JSON (key-scan.ts) and the safe rendering of values found in a file
 * (errors.ts), one condition per test (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { jsonTypeOf, showValue } from '../../../src/core/format/errors.ts';
import { scanJsonKeys } from '../../../src/core/format/key-scan.ts';
import { MAX_JSON_NESTING } from '../../../src/core/standard/limits.ts';

/** `depth` arrays nested in one another: the innermost one sits at a path of depth - 1 indices. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

const at = (value: unknown, max = 50) => scanJsonKeys(value, max).map((i) => `${i.code} @ ${i.path.join('/')}`);

describe('scanJsonKeys', () => {
  it(`accepts nesting up to a path of ${MAX_JSON_NESTING} steps and refuses one step more, at that path`, () => {
    expect(at(nested(MAX_JSON_NESTING + 1))).toEqual([]);
    const deeper = scanJsonKeys(nested(MAX_JSON_NESTING + 2), 50);
    expect(deeper).toEqual([{ code: 'nestingTooDeep', path: Array(MAX_JSON_NESTING + 1).fill(0), params: { max: MAX_JSON_NESTING } }]);
  });

  it('counts object keys in the nesting too', () => {
    let value: unknown = {};
    for (let i = 0; i < MAX_JSON_NESTING + 1; i++) value = { k: value };
    expect(at(value)).toEqual([`nestingTooDeep @ ${Array(MAX_JSON_NESTING + 1).fill('k').join('/')}`]);
  });

  it('refuses each forbidden key with its path, and does not look inside it', () => {
    const value = JSON.parse('{"a":{"__proto__":{"constructor":1},"prototype":2,"ok":{"constructor":3}}}') as unknown;
    expect(at(value)).toEqual(['forbiddenKey @ a/__proto__', 'forbiddenKey @ a/prototype', 'forbiddenKey @ a/ok/constructor']);
  });

  it('reports in document order: array items first to last, keys in their order', () => {
    const value = JSON.parse('[{"b":{"prototype":1},"a":{"constructor":1}},{"__proto__":1}]') as unknown;
    expect(at(value)).toEqual(['forbiddenKey @ 0/b/prototype', 'forbiddenKey @ 0/a/constructor', 'forbiddenKey @ 1/__proto__']);
  });

  it('stops looking once it has as many issues as asked for, keeping the first ones', () => {
    const value = Array.from({ length: 10 }, () => JSON.parse('{"__proto__":1}') as unknown);
    expect(at(value, 3)).toEqual(['forbiddenKey @ 0/__proto__', 'forbiddenKey @ 1/__proto__', 'forbiddenKey @ 2/__proto__']);
  });

  it('names the forbidden key in its parameters', () => {
    expect(scanJsonKeys(JSON.parse('{"a":{"prototype":1}}'), 50)).toEqual([{ code: 'forbiddenKey', path: ['a', 'prototype'], params: { key: 'prototype' } }]);
  });

  it('walks a key named "undefined" once, like any other', () => {
    expect(at({ undefined: JSON.parse('{"__proto__":1}') as unknown, x: 1 })).toEqual(['forbiddenKey @ undefined/__proto__']);
  });

  it('passes over values that are not objects, and plain keys', () => {
    expect(at({ a: [1, 'x', null, true], b: { c: 'constructor' } })).toEqual([]);
    expect(at(null)).toEqual([]);
  });
});

describe('showValue', () => {
  it('shows undefined and non-finite numbers by name, the rest as JSON', () => {
    expect([undefined, NaN, -Infinity, 'x', 1.5, null, [1], { a: 'b' }].map(showValue)).toEqual(['undefined', 'NaN', '-Infinity', '"x"', '1.5', 'null', '[1]', '{"a":"b"}']);
  });

  it('shows what JSON cannot write by its text, and what cannot be written at all by its type', () => {
    expect(showValue(() => 1)).toBe('() => 1');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(showValue(circular)).toBe('[object Object]');
    expect(showValue(10n)).toBe('[object BigInt]');
  });

  it('escapes invisible characters', () => {
    expect(showValue('a\u200bb')).toBe('"a\\u200bb"');
  });

  it('keeps 60 characters whole and cuts longer text to 57 and an ellipsis, counting code points', () => {
    const sixty = `"${'𠀀'.repeat(58)}"`;
    expect(showValue('𠀀'.repeat(58))).toBe(sixty);
    expect(showValue('𠀀'.repeat(59))).toBe(`"${'𠀀'.repeat(56)}…`);
    expect(Array.from(showValue('x'.repeat(100)))).toHaveLength(58);
  });
});

describe('jsonTypeOf', () => {
  it('names null and arrays apart from objects', () => {
    expect([null, [], {}, 'a', 1, true, undefined].map(jsonTypeOf)).toEqual(['null', 'array', 'object', 'string', 'number', 'boolean', 'undefined']);
  });
});
