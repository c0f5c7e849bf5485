/** What the reader's tests ask of a result: that it is a refusal, and its issues when the content is invalid. */
import type { ReadError, ReadIssue } from '../../src/core/format/errors.ts';
import type { ReadResult } from '../../src/core/format/read.ts';

export function refused(result: ReadResult): ReadError {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

export function issuesOf(result: ReadResult): ReadIssue[] {
  const error = refused(result);
  if (error.kind !== 'invalid') throw new Error(`expected an invalid-content refusal, got ${error.kind}`);
  return error.issues;
}
