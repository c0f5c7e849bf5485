/** `export FILE --format svg|drawio|json [--out PATH]`: the diagram written out in another form. */
import { writeDiagram } from '../../core/format/write.ts';
import { t } from '../../core/i18n/translate.ts';
import { EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import { emit } from '../output.ts';
import type { CliCommand } from './command.ts';

const FORMATS = ['svg', 'drawio', 'json'];
const AVAILABLE = ['json'];

export const exportCommand: CliCommand = {
  checkArgs(args) {
    if (args.format === undefined) return t(args.lang, 'cli.missingOption', { option: 'format' });
    if (!FORMATS.includes(args.format)) return t(args.lang, 'cli.badValue', { option: 'format', value: args.format, allowed: FORMATS.join(', ') });
    if (!AVAILABLE.includes(args.format)) return t(args.lang, 'cli.formatUnavailable', { format: args.format, allowed: AVAILABLE.join(', ') });
    return undefined;
  },
  run(diagram, args, io) {
    return emit(writeDiagram(diagram), args, io) ? EXIT_OK : EXIT_UNUSABLE;
  },
};
