/**
 * A read refusal in words, in either language: a headline and, for an invalid file, one line per
 * problem with its location. Used by the UI's error dialog and by the CLI (one line each on stderr).
 */
import type { Lang } from '../model/localized.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { formatPath, type ReadError, type ReadIssue } from './errors.ts';

export interface ReadErrorText {
  headline: string;
  details: string[];
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describeIssue(issue: ReadIssue, lang: Lang): string {
  const path = formatPath(issue.path);
  const where = issue.subject
    ? t(lang, issue.subject.kind === 'node' ? 'where.node' : 'where.edge', { path, id: issue.subject.id })
    : t(lang, 'where.path', { path });
  const params = { ...issue.params };
  // Stryker disable next-line ConditionalExpression: an issue without `end` has a message without {end}, so an added one never shows
  if (typeof params['end'] === 'string') {
    params['end'] = t(lang, params['end'] === 'source' ? 'end.source' : 'end.target');
  }
  const message = t(lang, `issue.${issue.code}` as MessageKey, params);
  return `${where}${lang === 'zh' ? '：' : ': '}${message}`;
}

export function describeReadError(error: ReadError, lang: Lang): ReadErrorText {
  switch (error.kind) {
    case 'tooLarge':
      return { headline: error.atLeast ? t(lang, 'read.tooLargeInput') : t(lang, 'read.tooLarge', { size: formatBytes(error.bytes) }), details: [] };
    case 'empty':
      return { headline: t(lang, 'read.empty'), details: [] };
    case 'utf16':
      return { headline: t(lang, 'read.utf16'), details: [] };
    case 'notUtf8':
      return { headline: t(lang, 'read.notUtf8', { offset: error.offset }), details: [] };
    case 'binary':
      return { headline: t(lang, 'read.binary', { offset: error.offset + 1 }), details: [] };
    case 'notJson': {
      // Stryker disable next-line ConditionalExpression,StringLiteral: the parser leaves `found` out only at the end of the text (truncated, unknown), whose messages have no {found}
      const found = error.found === undefined ? '' : JSON.stringify(error.found);
      const detail = t(lang, `json.${error.detail}` as MessageKey, { found });
      const details = error.looksLike ? [t(lang, `read.looksLike.${error.looksLike}`)] : [];
      return { headline: t(lang, 'read.notJson', { line: error.line, column: error.column, detail }), details };
    }
    case 'notObject':
      return { headline: t(lang, 'read.notObject', { found: error.found }), details: [] };
    case 'notDiagram':
      return {
        headline: t(lang, 'read.notDiagram', { found: error.found }),
        details: error.looksLike ? [t(lang, `read.looksLike.${error.looksLike}` as MessageKey)] : [],
      };
    case 'newerVersion':
      return { headline: t(lang, 'read.newerVersion', { found: error.found, supported: error.supported }), details: [] };
    case 'badVersion':
      return { headline: t(lang, 'read.badVersion', { found: error.found }), details: [] };
    case 'migrationFailed':
      return { headline: t(lang, 'read.migrationFailed', { from: error.from, step: error.step, reason: error.reason }), details: [] };
    case 'invalid': {
      const details = error.issues.map((issue) => describeIssue(issue, lang));
      if (error.total > error.issues.length) details.push(t(lang, 'read.moreIssues', { count: error.total - error.issues.length }));
      return { headline: t(lang, 'read.invalid', { count: error.total }), details };
    }
  }
}
