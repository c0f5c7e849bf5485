import { t } from '../core/i18n/translate.ts';
import type { CliArgs } from './args.ts';
import type { CliIo } from './io.ts';

/** Write a command's result to --out (replaced atomically) or standard output; false if it failed. */
export function emit(data: string | Uint8Array, args: CliArgs, io: CliIo): boolean {
  if (args.out === undefined) {
    io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
    return true;
  }
  try {
    io.writeFileAtomic(args.out, data);
    return true;
  } catch (error) {
    io.stderr(`${t(args.lang, 'cli.cannotWrite', { file: args.out, reason: error instanceof Error ? error.message : String(error) })}\n`);
    return false;
  }
}
