/**
 * From bytes to JSON (json-text.ts), one condition per test (issue 16): UTF-8 byte counts at every
 * boundary, UTF-16 and broken UTF-8 found with their offset, the size limit, draw.io files named,
 * and each JSON syntax error located by the grammar scan.
 */
import { describe, expect, it } from 'vitest';
import { decodeFileBytes, lineAndColumn, locateJsonError, parseJsonText, sizeRefusal, utf8Length } from '../../../src/core/format/json-text.ts';
import { MAX_FILE_BYTES } from '../../../src/core/standard/limits.ts';

describe('utf8Length', () => {
  it.each([
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['\ud7ff', 3],
    ['\ud800\udc00', 4],
    ['\udbff\udfff', 4],
    ['\ud800', 3],
    ['\udbffx', 4],
    ['\ud800\ud800', 6],
    ['\ud800\ue000', 6],
    ['\udc00', 3],
    ['\ue000', 3],
    ['\u0800\udc00', 6],
    ['\ue000\udc00', 6],
  ])('%j is %i bytes, as TextEncoder writes it', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});

describe('decodeFileBytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('refuses UTF-16 by either byte-order mark, even when that is all there is', () => {
    expect(decodeFileBytes(bytes(0xff, 0xfe))).toEqual({ ok: false, error: { kind: 'utf16' } });
    expect(decodeFileBytes(bytes(0xfe, 0xff, 0, 0x7b))).toEqual({ ok: false, error: { kind: 'utf16' } });
  });

  it('refuses UTF-16 without a byte-order mark by the zero byte beside each ASCII character, either way round', () => {
    expect(decodeFileBytes(bytes(0, 0x7b, 0, 0x7d))).toEqual({ ok: false, error: { kind: 'utf16' } });
    expect(decodeFileBytes(bytes(0x7b, 0, 0x7d, 0))).toEqual({ ok: false, error: { kind: 'utf16' } });
  });

  it('takes zeros that do not alternate with characters for binary content, not UTF-16', () => {
    for (const sample of [bytes(0, 0, 0, 0), bytes(0x41, 0, 0, 0x42), bytes(0, 0x41, 0x42, 0), bytes(0x41, 0, 0x42, 0x43), bytes(0, 0x41, 0)]) {
      const decoded = decodeFileBytes(sample);
      expect(decoded.ok, String(sample)).toBe(true);
    }
    const zeros = [[0x41, 0x41, 0, 0x41], [0, 0x41, 0x41, 0x41], [0, 0, 0, 0x41], [0, 0x41, 0, 0], [0x41, 0x41, 0x41, 0], [0x41, 0, 0x41, 0x41], [0, 0, 0x41, 0], [0x41, 0, 0, 0]];
    for (const sample of zeros) expect(decodeFileBytes(bytes(...sample)).ok, String(sample)).toBe(true);
    expect(decodeFileBytes(bytes(0x7b, 0xfe))).toEqual({ ok: false, error: { kind: 'notUtf8', offset: 1 } });
    expect(decodeFileBytes(bytes(0x7b, 0xff))).toEqual({ ok: false, error: { kind: 'notUtf8', offset: 1 } });
    expect(decodeFileBytes(bytes(0xff, 0x7b))).toEqual({ ok: false, error: { kind: 'notUtf8', offset: 0 } });
    expect(decodeFileBytes(bytes(0xfe, 0x7b))).toEqual({ ok: false, error: { kind: 'notUtf8', offset: 0 } });
  });

  it('refuses bytes over 20 MB before decoding them', () => {
    expect(decodeFileBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: { kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeFileBytes(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses input over 20 MB and accepts exactly 20 MB', () => {
    expect(sizeRefusal(MAX_FILE_BYTES)).toBeUndefined();
    expect(sizeRefusal(MAX_FILE_BYTES + 1)).toEqual({ kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(sizeRefusal(MAX_FILE_BYTES + 1, true)).toEqual({ kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES, atLeast: true });
  });

  // Each case: valid text before the first bad byte, so the offset shows where the valid part ends.
  it.each<[string, number[], number]>([
    ['a continuation byte as first byte', [0x61, 0x80], 1],
    ['an overlong two-byte lead', [0x61, 0xc1, 0x81], 1],
    ['a lead byte past U+10FFFF', [0x61, 0xf5, 0x80, 0x80, 0x80], 1],
    ['a sequence cut off by the end', [0x61, 0xe4, 0xb8], 1],
    ['a lead byte at the very end', [0x61, 0xc3], 1],
    ['a missing continuation byte', [0x61, 0xe4, 0x41, 0x41], 1],
    ['a three-byte sequence for a two-byte character', [0x61, 0xe0, 0x9f, 0xbf], 1],
    ['a four-byte sequence for a three-byte character', [0x61, 0xf0, 0x8f, 0xbf, 0xbf], 1],
    ['an encoded surrogate, the first', [0x61, 0xed, 0xa0, 0x80], 1],
    ['an encoded surrogate, the last', [0x61, 0xed, 0xbf, 0xbf], 1],
    ['a character past U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a continuation byte that a two-byte lead would make a character', [0x61, 0x9f, 0xbf], 1],
    ['a continuation byte that a three- or four-byte lead would make a character', [0x61, 0x81, 0x80, 0x80, 0x80], 1],
    ['a lead byte past 0xF4 that would make a character below U+10FFFF', [0x61, 0xfc, 0x80, 0x80, 0x80], 1],
    ['a bad byte after the largest two-byte lead', [0xdf, 0xbf, 0xff], 2],
    ['a bad byte after the smallest two-byte lead', [0xc2, 0x80, 0xff], 2],
    ['a bad byte after U+0800', [0xe0, 0xa0, 0x80, 0xff], 3],
    ['a bad byte after U+D7FF', [0xed, 0x9f, 0xbf, 0xff], 3],
    ['a bad byte after U+E000', [0xee, 0x80, 0x80, 0xff], 3],
    ['a bad byte after U+FFFF', [0xef, 0xbf, 0xbf, 0xff], 3],
    ['a bad byte after U+10000', [0xf0, 0x90, 0x80, 0x80, 0xff], 4],
    ['a bad byte after U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf, 0xff], 4],
  ])('finds %s at its offset', (_name, values, offset) => {
    expect(decodeFileBytes(new Uint8Array(values))).toEqual({ ok: false, error: { kind: 'notUtf8', offset } });
  });
});

describe('parseJsonText', () => {
  it('refuses text whose UTF-8 is over 20 MB, and accepts text that is exactly 20 MB', () => {
    const limitText = `"${'中'.repeat((MAX_FILE_BYTES - 2) / 3 - 1)}abc"`;
    expect(utf8Length(limitText)).toBe(MAX_FILE_BYTES);
    expect(parseJsonText(limitText).ok).toBe(true);
    expect(parseJsonText(`${limitText} `)).toEqual({ ok: false, error: { kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
  });

  it('refuses text of white space only, after a byte-order mark too', () => {
    expect(parseJsonText('\ufeff \t\r\n')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('refuses text holding a NUL character, at its offset after any byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a\u0000":1}')).toEqual({ ok: false, error: { kind: 'binary', offset: 3 } });
  });

  it('parses JSON after a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says nothing was found where the text ended', () => {
    expect(parseJsonText('{"a":')).toStrictEqual({ ok: false, error: { kind: 'notJson', line: 1, column: 6, detail: 'truncated' } });
  });

  it('shows a character outside the basic plane whole', () => {
    expect(parseJsonText('[𠀀]')).toEqual({ ok: false, error: { kind: 'notJson', line: 1, column: 2, detail: 'unexpected', found: '𠀀' } });
  });

  it.each([
    ['<mxfile host="app.diagrams.net"><diagram/></mxfile>'],
    ['<mxfile>'],
    ['<mxfile/>'],
    ['  \n<mxGraphModel dx="1"></mxGraphModel>'],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<mxfile></mxfile>'],
    ['<?xml version="1.0"?><!-- saved by draw.io --><!DOCTYPE mxfile><mxfile></mxfile>'],
    ['<!-- a -->\n<!-- b -->\n<mxfile>'],
  ])('names a draw.io file: %j', (text) => {
    const result = parseJsonText(text);
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: 'notJson', looksLike: 'drawio' });
  });

  it.each([
    ['<html><body/></html>'],
    ['<mxfilex>'],
    ['x<mxfile>'],
    ['<svg><!-- <mxfile> --></svg>'],
    ['<?xml version="1.0"?>\n<root><mxfile/></root>'],
    [`<!--${' '.repeat(4096)}--><mxfile>`],
  ])('names no draw.io file for %j', (text) => {
    const result = parseJsonText(text);
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: 'notJson' });
    expect(result.ok ? undefined : result.error).not.toHaveProperty('looksLike');
  });
});

describe('lineAndColumn', () => {
  it('counts lines at line feeds only, and stops at the end of the text', () => {
    expect(lineAndColumn('a\r\nb\rc', 6)).toEqual({ line: 2, column: 4 });
    expect(lineAndColumn('a\nb', 99)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('\n\n', 2)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('ab\n', 2)).toEqual({ line: 1, column: 3 });
  });
});

describe('locateJsonError', () => {
  it.each<[string, number, string]>([
    // Valid JSON: nothing to find (only called after JSON.parse failed, so "unknown").
    ['{}', 2, 'unknown'],
    ['[]', 2, 'unknown'],
    [' \t\r\n[ 1 , {"a" : [true, false, null]} ] \n', 41, 'unknown'],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00aF"', 24, 'unknown'],
    ['-0.5e+10', 8, 'unknown'],
    ['1E5', 3, 'unknown'],
    ['9', 1, 'unknown'],
    ['[0]', 3, 'unknown'],
    ['[1e-2,0,-1]', 11, 'unknown'],
    // Errors.
    ['[1 2]', 3, 'unexpected'],
    ['{"a":1]', 6, 'unexpected'],
    ['[1}', 2, 'unexpected'],
    ['[,]', 1, 'unexpected'],
    ['{,}', 1, 'unexpected'],
    ['{"a":1,"b"}', 10, 'unexpected'],
    ['{"a"', 4, 'truncated'],
    ['{"a":1,', 7, 'truncated'],
    ['[1,', 3, 'truncated'],
    ['{"a', 3, 'truncated'],
    ['"\\', 2, 'truncated'],
    ['"\\u12G4"', 1, 'badEscape'],
    ['"\\u12"', 1, 'badEscape'],
    ['"\\x"', 1, 'badEscape'],
    ['"\\x1234"', 1, 'badEscape'],
    ['"\\uXYZW abcd"', 1, 'badEscape'],
    ['"\\u00e9 is an e with an acute accent"', 37, 'unknown'],
    ['{"a\\x":1}', 3, 'badEscape'],
    ['"a\u001fb"', 2, 'controlChar'],
    ['"\u0000"', 1, 'controlChar'],
    ['01', 1, 'trailing'],
    ['1.', 1, 'trailing'],
    ['.5', 0, 'unexpected'],
    ['-a', 0, 'badNumber'],
    ['1e', 1, 'trailing'],
    ['nul', 0, 'unexpected'],
    ['truefalse', 4, 'trailing'],
    ['{} x', 3, 'trailing'],
    ['[]]', 2, 'trailing'],
    ['{"a":{}}}', 8, 'trailing'],
  ])('%j: %i (%s)', (text, offset, detail) => {
    expect(locateJsonError(text)).toEqual({ offset, detail });
  });

  it('accepts a space (U+0020) in a string and refuses U+0019', () => {
    expect(locateJsonError('" "')).toEqual({ offset: 3, detail: 'unknown' });
    expect(locateJsonError('"\u0019"')).toEqual({ offset: 1, detail: 'controlChar' });
  });
});
