/**
 * `export FILE --format svg|drawio|json|docx [--out PATH] [--lang zh|en] [--layout]`: the diagram written
 * out in another form: the topology drawing (SVG), a diagrams.net file, the canonical JSON, or
 * 系统拓扑结构及说明 as a Word document (DOCX: binary, so it requires --out).
 * `--layout` lays the whole diagram out first (elkjs in-process), for any of the formats. The SVG's
 * title block shows the design's date, else today's, as the app's export does.
 */
import { exportDrawio } from '../../core/export/drawio/export-drawio.ts';
import { exportSvg } from '../../core/export/svg/export-svg.ts';
import { writeDiagram } from '../../core/format/write.ts';
import { t } from '../../core/i18n/translate.ts';
import { today } from '../../core/model/today.ts';
import { EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import { emit } from '../output.ts';
import type { CliCommand } from './command.ts';

const FORMATS = ['svg', 'drawio', 'json', 'docx'];

export const exportCommand: CliCommand = {
  checkArgs(args) {
    if (args.format === undefined) return t(args.lang, 'cli.missingOption', { option: 'format' });
    if (!FORMATS.includes(args.format)) return t(args.lang, 'cli.badValue', { option: 'format', value: args.format, allowed: FORMATS.join(', ') });
    if (args.format === 'docx' && args.out === undefined) return t(args.lang, 'cli.missingOption', { option: 'out' });
    return undefined;
  },
  async run(input, args, io, catalog) {
    const { lang } = args;
    // elkjs (1.5 MB) is loaded only when a layout is asked for.
    const diagram = args.layout ? await (await import('../../node/layout-node.ts')).layoutInNode(input, catalog) : input;
    if (args.format === 'docx') {
      const [{ topologyDocx }, { svgToPngNode }] = await Promise.all([import('../../export/filing/filing-files.ts'), import('../../node/svg-png-node.ts')]);
      const file = await topologyDocx(diagram, catalog, { lang, today: today(), rasterize: svgToPngNode });
      return emit(file.data, args, io) ? EXIT_OK : EXIT_UNUSABLE;
    }
    const data = args.format === 'svg' ? exportSvg(diagram, catalog, { lang, date: today() }) : args.format === 'drawio' ? exportDrawio(diagram, catalog, { lang }) : writeDiagram(diagram);
    return emit(data, args, io) ? EXIT_OK : EXIT_UNUSABLE;
  },
};
