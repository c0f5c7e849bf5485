import type { Catalog } from '../../core/catalog/types.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CliArgs } from '../args.ts';
import type { CliIo } from '../io.ts';

/** One command of the CLI: its argument check (before any file is read) and its work. */
export interface CliCommand {
  checkArgs(args: CliArgs): string | undefined;
  /** The exit status; asynchronous for binary formats built by libraries (XLSX). */
  run(diagram: Diagram, args: CliArgs, io: CliIo, catalog: Catalog): number | Promise<number>;
  /** For commands of two files (diff OLD NEW): both diagrams, read the same way. */
  runPair?(before: Diagram, after: Diagram, args: CliArgs, io: CliIo, catalog: Catalog): number | Promise<number>;
}
