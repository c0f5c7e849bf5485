/**
 * `filing FILE --out DIR [--paper auto|a4|a3|a2|a1] [--lang zh|en]`: the whole 备案 package into DIR
 * (created if missing): the drawing as PDF and SVG, 系统拓扑结构及说明 (DOCX), 安全产品清单 (XLSX and
 * DOCX) and the compliance report (PDF). Each file replaces one of the same name atomically; the paths
 * written are printed one a line. Exit status as for `export`.
 */
import { join } from 'node:path';
import { t } from '../../core/i18n/translate.ts';
import { FILING_PAPERS, type FilingPaper } from '../../export/filing/drawing-pdf.ts';
import { filingFiles } from '../../export/filing/filing-files.ts';
import { loadPdfFont } from '../../node/pdf-font-fs.ts';
import { svgToPngNode } from '../../node/svg-png-node.ts';
import { EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import type { CliCommand } from './command.ts';
import { today } from '../../core/model/today.ts';

export const filingCommand: CliCommand = {
  checkArgs(args) {
    if (args.out === undefined) return t(args.lang, 'cli.missingOption', { option: 'out' });
    if (args.paper !== undefined && !(FILING_PAPERS as readonly string[]).includes(args.paper)) {
      return t(args.lang, 'cli.badValue', { option: 'paper', value: args.paper, allowed: FILING_PAPERS.join(', ') });
    }
    return undefined;
  },
  async run(diagram, args, io, catalog) {
    const { lang } = args;
    const dir = args.out!;
    const files = await filingFiles(diagram, catalog, {
      lang,
      today: today(),
      paper: (args.paper ?? 'auto') as FilingPaper,
      loadFont: async () => loadPdfFont(),
      rasterize: svgToPngNode,
    });
    let path = dir;
    try {
      io.makeDirectory?.(dir);
      for (const file of files) {
        path = join(dir, file.name);
        io.writeFileAtomic(path, file.data);
        io.stdout(`${path}\n`);
      }
    } catch (error) {
      io.stderr(`${t(lang, 'cli.cannotWrite', { file: path, reason: error instanceof Error ? error.message : String(error) })}\n`);
      return EXIT_UNUSABLE;
    }
    return EXIT_OK;
  },
};
