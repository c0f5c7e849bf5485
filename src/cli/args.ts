/** Command-line arguments of `shared/spec/cli.md`, parsed and checked before any file is read. */
import { parseArgs } from 'node:util';
import type { Lang } from '../core/model/localized.ts';
import type { Level } from '../core/model/types.ts';
import { joinList, t } from '../core/i18n/translate.ts';
import { IMPORT_SOURCES, type ImportSource } from '../core/import/types.ts';

export const COMMANDS = ['check', 'bom', 'export', 'filing', 'diff', 'import'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  file: string;
  format?: string;
  out?: string;
  level?: Level;
  lang: Lang;
  /** export: lay the diagram out (auto-layout) before writing it. */
  layout?: boolean;
  /** filing: the drawing's paper (auto|a4|a3|a2|a1). */
  paper?: string;
  /** diff: the new design (`file` is the old one). */
  second?: string;
  /** diff, bom: a price list (CSV or XLSX). */
  prices?: string;
  /** import, check: FILE is Terraform JSON output or a ROS template rather than a diagram. */
  from?: ImportSource;
  /** import: the diagram's title (系统名称). */
  title?: string;
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; lang: Lang; message: string; showUsage: boolean };

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  level: { type: 'string' },
  lang: { type: 'string' },
  layout: { type: 'boolean' },
  paper: { type: 'string' },
  prices: { type: 'string' },
  from: { type: 'string' },
  title: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command takes (cli.md); anything else is an argument error. */
const ALLOWED: Record<Command, readonly string[]> = {
  check: ['level', 'format', 'lang', 'from'],
  bom: ['format', 'out', 'lang', 'prices'],
  export: ['format', 'out', 'lang', 'layout'],
  filing: ['out', 'paper', 'lang'],
  diff: ['format', 'level', 'prices', 'lang'],
  import: ['from', 'out', 'level', 'title', 'lang'],
};

export function parseCliArgs(argv: readonly string[]): ArgsResult {
  // The language is needed to word errors in the arguments themselves, so it is looked up first.
  const langIndex = argv.indexOf('--lang');
  const langValue = langIndex >= 0 ? argv[langIndex + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const lang: Lang = langValue === 'en' ? 'en' : 'zh';
  const fail = (message: string, showUsage = false): ArgsResult => ({ ok: false, lang, message, showUsage });

  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(t(lang, 'cli.badOption', { detail: error instanceof Error ? error.message : String(error) }), true);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return fail(`${t(lang, 'cli.usage')}\n${t(lang, 'cli.usage.diff')}`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    return fail(t(lang, 'cli.badValue', { option: 'lang', value: values.lang, allowed: 'zh, en' }));
  }
  const [command, file, ...rest] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command!)) return fail(t(lang, 'cli.unknownCommand', { command: command! }), true);
  if (file === undefined) return fail(t(lang, 'cli.missingFile'), true);
  // diff takes two files: OLD NEW.
  const second = command === 'diff' ? rest.shift() : undefined;
  if (command === 'diff' && second === undefined) return fail(t(lang, 'cli.missingFile'), true);
  const extra = rest;
  if (extra.length > 0) return fail(t(lang, 'cli.badOption', { detail: joinList(extra, lang) }), true);

  const cmd = command as Command;
  for (const option of Object.keys(values)) {
    if (option !== 'help' && !ALLOWED[cmd].includes(option)) {
      return fail(t(lang, 'cli.badOption', { detail: `--${option} (${cmd})` }), true);
    }
  }
  let level: Level | undefined;
  if (values.level !== undefined) {
    if (!['2', '3', '4'].includes(values.level)) return fail(t(lang, 'cli.badValue', { option: 'level', value: values.level, allowed: '2, 3, 4' }));
    level = Number(values.level) as Level;
  }
  if (values.from !== undefined && !(IMPORT_SOURCES as readonly string[]).includes(values.from)) {
    return fail(t(lang, 'cli.badValue', { option: 'from', value: values.from, allowed: IMPORT_SOURCES.join(', ') }));
  }
  if (cmd === 'import' && values.from === undefined) return fail(t(lang, 'cli.missingOption', { option: 'from' }));
  return {
    ok: true,
    args: {
      command: cmd,
      file,
      lang,
      ...(values.format !== undefined ? { format: values.format } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(level !== undefined ? { level } : {}),
      ...(values.layout ? { layout: true } : {}),
      ...(values.paper !== undefined ? { paper: values.paper } : {}),
      ...(second !== undefined ? { second } : {}),
      ...(values.prices !== undefined ? { prices: values.prices } : {}),
      ...(values.from !== undefined ? { from: values.from as ImportSource } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
    },
  };
}
