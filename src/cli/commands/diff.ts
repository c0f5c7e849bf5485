/**
 * `diff OLD NEW [--format text|json|md] [--level 2|3|4] [--prices FILE] [--lang zh|en]`: what changed
 * from one design to the other, the findings that appear and go, readiness per layer, the BOM change
 * and, with a price list, the cost change per period and currency. Exit 0 when NEW has no more open
 * errors than OLD, 1 when it has more, 2 for unusable input (a file, the price list, the arguments).
 * Prices are taken at each design's meta.date, else today.
 */
import { compareDiagrams } from '../../core/diff/compare.ts';
import { t } from '../../core/i18n/translate.ts';
import { today } from '../../core/model/today.ts';
import { diffJson, diffMarkdown, diffText } from '../../core/diff/report.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import { emit } from '../output.ts';
import { readPrices } from '../read-prices.ts';
import type { CliCommand } from './command.ts';

const FORMATS = ['text', 'json', 'md'];

export const diffCommand: CliCommand = {
  checkArgs(args) {
    const format = args.format ?? 'text';
    if (!FORMATS.includes(format)) return t(args.lang, 'cli.badValue', { option: 'format', value: format, allowed: FORMATS.join(', ') });
    if (args.file === '-' && args.second === '-') return t(args.lang, 'cli.badValue', { option: 'NEW', value: '-', allowed: 'OLD -, NEW FILE' });
    return undefined;
  },
  run(_diagram, args, io) {
    // Reached only without NEW, which the argument parser refuses first.
    io.stderr(`${t(args.lang, 'cli.missingFile')}\n`);
    return EXIT_UNUSABLE;
  },
  async runPair(before, after, args, io, catalog) {
    const { lang } = args;
    let prices;
    if (args.prices !== undefined) {
      const read = await readPrices(args.prices, io, catalog, lang);
      if (!read.ok) {
        for (const line of read.lines) io.stderr(`${line}\n`);
        return EXIT_UNUSABLE;
      }
      prices = read.list;
    }
    const comparison = compareDiagrams(before, after, catalog, {
      today: today(),
      ...(args.level !== undefined ? { level: args.level } : {}),
      ...(prices ? { prices } : {}),
    });
    const sides = { before, after, files: { before: args.file, after: args.second! } };
    const format = args.format ?? 'text';
    const output = format === 'json' ? diffJson(comparison, sides, catalog, lang) : format === 'md' ? diffMarkdown(comparison, sides, catalog, lang) : diffText(comparison, sides, catalog, lang);
    if (!emit(output, args, io)) return EXIT_UNUSABLE;
    return comparison.findings.summary.after.error > comparison.findings.summary.before.error ? EXIT_FINDINGS : EXIT_OK;
  },
};
