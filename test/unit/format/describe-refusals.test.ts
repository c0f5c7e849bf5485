/**
 * Every kind of read refusal in words (describe.ts), pinned word for word in English and, where the
 * Chinese differs in form (the separator, the size), in Chinese too (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { describeIssue, describeReadError } from '../../../src/core/format/describe.ts';
import type { ReadError, ReadIssue } from '../../../src/core/format/errors.ts';

const en = (error: ReadError) => describeReadError(error, 'en');

describe('describeReadError', () => {
  it('gives the size in MB with one decimal, or says only that input was over the limit', () => {
    expect(en({ kind: 'tooLarge', bytes: 25 * 1024 * 1024 + 300_000, limit: 20 * 1024 * 1024 })).toEqual({ headline: 'The file is too large (25.3 MB); the limit is 20 MB.', details: [] });
    expect(en({ kind: 'tooLarge', bytes: 21 * 1024 * 1024, limit: 20 * 1024 * 1024, atLeast: true })).toEqual({ headline: 'The input is larger than the limit of 20 MB.', details: [] });
    expect(describeReadError({ kind: 'tooLarge', bytes: 30 * 1024 * 1024, limit: 1 }, 'zh').headline).toBe('文件过大（30.0 MB），上限为 20 MB。');
  });

  it('words the encoding refusals, counting a NUL character from 1', () => {
    expect(en({ kind: 'empty' })).toEqual({ headline: 'The file is empty.', details: [] });
    expect(en({ kind: 'utf16' })).toEqual({ headline: 'The file is encoded as UTF-16; save it as UTF-8 and open it again.', details: [] });
    expect(en({ kind: 'notUtf8', offset: 3 })).toEqual({ headline: 'The file is not UTF-8 text: the bytes at offset 3 cannot be decoded.', details: [] });
    expect(en({ kind: 'binary', offset: 0 })).toEqual({ headline: 'The file is not a text file: character 1 is a NUL.', details: [] });
  });

  it('words a JSON error with its place, what was found, and what the file looks like', () => {
    expect(en({ kind: 'notJson', line: 2, column: 5, detail: 'truncated' })).toEqual({
      headline: 'The file is not valid JSON: line 2, column 5: the file ends before the JSON is complete (it may be truncated).',
      details: [],
    });
    expect(en({ kind: 'notJson', line: 1, column: 1, detail: 'unexpected', found: '<', looksLike: 'drawio' })).toEqual({
      headline: 'The file is not valid JSON: line 1, column 1: "<" is not expected here.',
      details: ['It looks like a draw.io file.'],
    });
  });

  it('words the format and version refusals', () => {
    expect(en({ kind: 'notObject', found: 'array' })).toEqual({ headline: 'The file holds a JSON array, not an object: it is not an MLPS Designer diagram.', details: [] });
    expect(en({ kind: 'notDiagram', found: '"x"', looksLike: 'tldraw' })).toEqual({
      headline: 'This is not an MLPS Designer diagram: format should be "mlps-designer/diagram" but is "x".',
      details: ['It looks like a tldraw file.'],
    });
    expect(en({ kind: 'notDiagram', found: 'undefined' }).details).toEqual([]);
    expect(en({ kind: 'newerVersion', found: 9, supported: 2 })).toEqual({
      headline: 'This file was made by a newer version of MLPS Designer (schemaVersion 9); this version reads up to 2. Upgrade to open it; the file was not changed.',
      details: [],
    });
    expect(en({ kind: 'badVersion', found: '"1"' })).toEqual({ headline: 'schemaVersion must be an integer of at least 1, but is "1".', details: [] });
    expect(en({ kind: 'migrationFailed', from: 1, step: 'x', reason: 'boom' })).toEqual({ headline: 'Could not upgrade this version-1 file to the current version (step x): boom', details: [] });
  });

  it('lists the problems of an invalid file, and says how many more there are only when some were left out', () => {
    const issue: ReadIssue = { code: 'unknownKey', path: ['extra'], params: { key: 'extra' } };
    expect(en({ kind: 'invalid', total: 3, issues: [issue, issue] })).toEqual({
      headline: 'The file has 3 problems and was not opened:',
      details: ['$.extra: unknown key "extra"', '$.extra: unknown key "extra"', '… and 1 more problem not listed.'],
    });
    expect(en({ kind: 'invalid', total: 1, issues: [issue] }).details).toEqual(['$.extra: unknown key "extra"']);
  });
});

describe('describeIssue', () => {
  const dangling = (end: 'source' | 'target'): ReadIssue => ({ code: 'danglingEdge', path: ['edges', 0, end], params: { end, id: 'n' }, subject: { kind: 'edge', id: 'e1' } });

  it('names the end of a connection in words, source or target', () => {
    expect(describeIssue(dangling('source'), 'en')).toBe('$.edges[0].source (connection e1): the connection\'s source "n" does not exist');
    expect(describeIssue(dangling('target'), 'en')).toBe('$.edges[0].target (connection e1): the connection\'s target "n" does not exist');
  });

  it('separates the place from the problem with a full-width colon in Chinese only', () => {
    expect(describeIssue(dangling('source'), 'zh')).toBe('$.edges[0].source（连线 e1）：连线的起点节点 "n" 不存在');
    expect(describeIssue({ code: 'unknownKey', path: ['extra'], params: { key: 'extra' } }, 'zh')).toBe('$.extra：未知的键 "extra"');
  });
});
