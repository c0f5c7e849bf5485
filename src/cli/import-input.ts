/**
 * FILE as infrastructure (`import`, `check --from`): Terraform JSON output or a ROS template, read
 * through the core's import (size checked before reading, secrets dropped while reading), drawn as a
 * diagram. Refusals: one line each, with what and where.
 */
import type { Catalog } from '../core/catalog/types.ts';
import { decodeFileBytes, sizeRefusal } from '../core/format/json-text.ts';
import { describeReadError } from '../core/format/describe.ts';
import { MAX_FILE_BYTES } from '../core/standard/limits.ts';
import { t } from '../core/i18n/translate.ts';
import { buildImportedDiagram, type BuildImportResult } from '../core/import/build.ts';
import { describeImportError } from '../core/import/describe.ts';
import { readInfrastructure } from '../core/import/read-infrastructure.ts';
import type { ImportSource } from '../core/import/types.ts';
import type { Lang } from '../core/model/localized.ts';
import type { Level } from '../core/model/types.ts';
import type { CliIo } from './io.ts';

export type ImportInputResult = ({ ok: true } & BuildImportResult) | { ok: false; lines: string[] };

export interface ImportInputOptions {
  from: ImportSource;
  lang: Lang;
  level?: Level;
  title?: string;
}

export async function readImportInput(file: string, io: CliIo, catalog: Catalog, options: ImportInputOptions): Promise<ImportInputResult> {
  const { lang } = options;
  const name = file === '-' ? 'stdin' : file;
  const refusedRead = (lines: string[]): ImportInputResult => ({ ok: false, lines });
  let bytes: Uint8Array;
  try {
    if (file === '-') {
      bytes = await io.readStdin(MAX_FILE_BYTES + 1);
      const tooLarge = sizeRefusal(bytes.length, true);
      if (tooLarge) return refusedRead([t(lang, 'cli.fileError', { file: name, message: describeReadError(tooLarge, lang).headline })]);
    } else {
      const tooLarge = sizeRefusal(io.fileSize(file));
      if (tooLarge) return refusedRead([t(lang, 'cli.fileError', { file: name, message: describeReadError(tooLarge, lang).headline })]);
      bytes = io.readFile(file);
    }
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error);
    return refusedRead([t(lang, 'cli.cannotRead', { file: name, reason: code })]);
  }
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) return refusedRead([t(lang, 'cli.fileError', { file: name, message: describeReadError(decoded.error, lang).headline })]);
  const read = readInfrastructure(decoded.text, { from: options.from, fileName: name });
  if (!read.ok) {
    return refusedRead(read.errors.map((e) => {
      const text = describeImportError(e, lang);
      return t(lang, 'import.cli.error', { file: name, message: text.message, location: text.location });
    }));
  }
  const built = buildImportedDiagram(read.plan, catalog, {
    lang,
    ...(options.level !== undefined ? { level: options.level } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  return { ok: true, ...built };
}
