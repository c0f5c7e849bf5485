import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError, parseJsonText, utf8Length } from '../../../src/core/format/json-text.ts';

describe('locating JSON syntax errors', () => {
  it.each([
    ['{"a":}', 5, 'unexpected'],
    ['{"a":1', 6, 'truncated'],
    ['{"a":1}}', 7, 'trailing'],
    ['{"a":1,}', 7, 'unexpected'],
    ['[1,2,]', 5, 'unexpected'],
    ['{"a":"x\\q"}', 7, 'badEscape'],
    ['{"a":"x\ty"}', 7, 'controlChar'],
    ['{"a":-}', 5, 'badNumber'],
    ['{"a":NaN}', 5, 'unexpected'],
    ["{'a':1}", 1, 'unexpected'],
    ['{"a" 1}', 5, 'unexpected'],
    ['{"a":tru}', 5, 'unexpected'],
    ['"abc', 4, 'truncated'],
    ['', 0, 'truncated'],
  ])('%j fails at %i (%s)', (text, offset, detail) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ offset, detail });
  });

  it('reports line and column in code points', () => {
    expect(lineAndColumn('{\n  "名字": 𠀀x', 12)).toEqual({ line: 2, column: 10 });
    const result = parseJsonText('{\n  "a": 1,\n  "b": }');
    expect(result).toEqual({ ok: false, error: { kind: 'notJson', line: 3, column: 8, detail: 'unexpected', found: '}' } });
  });

  it('counts UTF-8 bytes without encoding', () => {
    for (const text of ['abc', '中文', '𠀀😀', 'a\u00e9\u0800', '\ud800x']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
