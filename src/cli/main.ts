/**
 * The command line (`shared/spec/cli.md`): the app's reader, checker, BOM and exporters without a
 * browser. Arguments are checked before the file is read; the file goes through the same reading
 * pipeline as in the app; every refusal goes to standard error, one line each, with exit status 2.
 */
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../node/catalog-fs.ts';
import { t } from '../core/i18n/translate.ts';
import { loadAllMessages } from '../core/i18n/load-language.ts';
import { parseCliArgs, type Command } from './args.ts';
import type { CliCommand } from './commands/command.ts';
import { bomCommand } from './commands/bom.ts';
import { checkCommand } from './commands/check.ts';
import { diffCommand } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { filingCommand } from './commands/filing.ts';
import { EXIT_UNUSABLE } from './exit-codes.ts';
import { processIo, type CliIo } from './io.ts';
import { readInput } from './read-input.ts';
import { readImportInput } from './import-input.ts';
import { runImport } from './commands/import.ts';

const COMMANDS: Record<Exclude<Command, 'import'>, CliCommand> = {
  check: checkCommand,
  bom: bomCommand,
  export: exportCommand,
  filing: filingCommand,
  diff: diffCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  await loadAllMessages(); // before the arguments are read: their errors may be in English
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n`);
    if (parsed.showUsage) io.stderr(`${t(parsed.lang, 'cli.usage')}\n${t(parsed.lang, 'cli.usage.diff')}\n`);
    return EXIT_UNUSABLE;
  }
  const { args } = parsed;
  const command = args.command === 'import' ? undefined : COMMANDS[args.command];
  const argError = command?.checkArgs(args);
  if (argError !== undefined) {
    io.stderr(`${argError}\n`);
    return EXIT_UNUSABLE;
  }
  const catalog = loadCatalog();
  // `import` and `check --from`: FILE is Terraform or ROS, imported in memory.
  if (args.from !== undefined) {
    const imported = await readImportInput(args.file, io, catalog, {
      from: args.from,
      lang: args.lang,
      ...(args.level !== undefined ? { level: args.level } : {}),
      ...(args.title !== undefined ? { title: args.title } : {}),
    });
    if (!imported.ok) {
      for (const line of imported.lines) io.stderr(`${line}\n`);
      return EXIT_UNUSABLE;
    }
    return command ? command.run(imported.diagram, args, io, catalog) : runImport(imported, args, io, catalog);
  }
  if (!command) return EXIT_UNUSABLE;
  const input = await readInput(args.file, io, catalog, args.lang);
  if (!input.ok) {
    for (const line of input.lines) io.stderr(`${line}\n`);
    return EXIT_UNUSABLE;
  }
  if (args.second !== undefined && command.runPair) {
    const other = await readInput(args.second, io, catalog, args.lang);
    if (!other.ok) {
      for (const line of other.lines) io.stderr(`${line}\n`);
      return EXIT_UNUSABLE;
    }
    return command.runPair(input.diagram, other.diagram, args, io, catalog);
  }
  return command.run(input.diagram, args, io, catalog);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
