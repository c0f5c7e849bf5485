/**
 * `check FILE [--level 2|3|4] [--format text|json] [--lang zh|en]`: the same findings as the app.
 * Exit 0 when no open (unwaived) error is left, 1 when there is one; the default format is text.
 */
import { t } from '../../core/i18n/translate.ts';
import { checkDiagram } from '../../core/rules/check.ts';
import { checkJson, checkText } from '../check-report.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import { emit } from '../output.ts';
import type { CliCommand } from './command.ts';

const FORMATS = ['text', 'json'];

export const checkCommand: CliCommand = {
  checkArgs(args) {
    const format = args.format ?? 'text';
    if (!FORMATS.includes(format)) return t(args.lang, 'cli.badValue', { option: 'format', value: format, allowed: FORMATS.join(', ') });
    return undefined;
  },
  run(diagram, args, io, catalog) {
    const result = checkDiagram(diagram, catalog, args.level !== undefined ? { level: args.level } : {});
    const output = (args.format ?? 'text') === 'json' ? checkJson(result, args.lang) : checkText(diagram, result, args.lang);
    if (!emit(output, args, io)) return EXIT_UNUSABLE;
    return result.summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
