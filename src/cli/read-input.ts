/** FILE (or `-` for standard input) through the reader's pipeline, with the size checked before reading. */
import type { Catalog } from '../core/catalog/types.ts';
import { describeReadError } from '../core/format/describe.ts';
import type { ReadError } from '../core/format/errors.ts';
import { sizeRefusal } from '../core/format/json-text.ts';
import { MAX_FILE_BYTES } from '../core/standard/limits.ts';
import { readDiagramBytes } from '../core/format/read.ts';
import type { Lang } from '../core/model/localized.ts';
import type { Diagram } from '../core/model/types.ts';
import { t } from '../core/i18n/translate.ts';
import type { CliIo } from './io.ts';

export type InputResult = { ok: true; diagram: Diagram } | { ok: false; lines: string[] };

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const code = error.code;
    if (code === 'ENOENT') return 'ENOENT (no such file)';
    if (code === 'EISDIR') return 'EISDIR (is a directory)';
    if (code === 'EACCES') return 'EACCES (permission denied)';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function readInput(file: string, io: CliIo, catalog: Catalog, lang: Lang): Promise<InputResult> {
  const name = file === '-' ? 'stdin' : file;
  const refused = (error: ReadError): InputResult => {
    const text = describeReadError(error, lang);
    return { ok: false, lines: [t(lang, 'cli.fileError', { file: name, message: text.headline }), ...text.details.map((d) => `  ${d}`)] };
  };
  let bytes: Uint8Array;
  try {
    if (file === '-') {
      // One byte past the limit is enough to know the input is too large; the rest is never read.
      bytes = await io.readStdin(MAX_FILE_BYTES + 1);
      const tooLarge = sizeRefusal(bytes.length, true);
      if (tooLarge) return refused(tooLarge);
    } else {
      const tooLarge = sizeRefusal(io.fileSize(file));
      if (tooLarge) return refused(tooLarge);
      bytes = io.readFile(file);
    }
  } catch (error) {
    return { ok: false, lines: [t(lang, 'cli.cannotRead', { file: name, reason: reason(error) })] };
  }
  const result = readDiagramBytes(bytes, catalog);
  return result.ok ? { ok: true, diagram: result.diagram } : refused(result.error);
}
