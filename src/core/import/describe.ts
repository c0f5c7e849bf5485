/** Where an import problem is, in words (the CLI's lines, the app's refusal message). */
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import type { ImportError, ImportLocation } from './types.ts';

export function describeImportLocation(location: ImportLocation, lang: Lang): string {
  switch (location.kind) {
    case 'path':
      return t(lang, 'import.location.path', { path: location.path });
    case 'line':
      return t(lang, 'import.location.line', { line: location.line, column: location.column ?? 1 });
    case 'resource':
      return t(lang, 'import.location.resource', { address: location.address });
    case 'file':
      return t(lang, 'import.location.file');
  }
}

export function describeImportError(error: ImportError, lang: Lang): { message: string; location: string } {
  return { message: t(lang, error.key, error.params), location: describeImportLocation(error.location, lang) };
}
