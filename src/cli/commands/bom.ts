/**
 * `bom FILE [--format csv|md|json|xlsx] [--out PATH] [--prices FILE] [--lang zh|en]`: the bill of
 * materials. `--prices` (a CSV or XLSX price list, issue 14; not in cli.md's synopsis) adds unit
 * price, period, currency, subtotal and price source to every format, and totals per period and
 * currency (XLSX: as formulas), priced at the design's meta.date, else today. Text
 * formats go to standard output unless --out is given; XLSX is binary and requires --out (checked
 * before the file is read) and carries the check result (control-point status, findings). The default
 * format is CSV, the first one cli.md lists.
 */
import { buildBom } from '../../core/bom/bom.ts';
import { bomJson } from '../../core/bom/bom-json.ts';
import { pricedBomTable } from '../../core/bom/priced-table.ts';
import { today } from '../../core/model/today.ts';
import { priceBom, type PricedBom } from '../../core/prices/priced-bom.ts';
import { readPrices } from '../read-prices.ts';
import { bomTable } from '../../core/bom/bom-table.ts';
import { toCsv } from '../../core/bom/csv.ts';
import { bomMarkdown } from '../../core/bom/markdown.ts';
import { t } from '../../core/i18n/translate.ts';
import { checkDiagram } from '../../core/rules/check.ts';
import { exportBomXlsx } from '../../export/xlsx/export-xlsx.ts';
import { EXIT_OK, EXIT_UNUSABLE } from '../exit-codes.ts';
import { emit } from '../output.ts';
import type { CliCommand } from './command.ts';

const FORMATS = ['csv', 'md', 'json', 'xlsx'];

export const bomCommand: CliCommand = {
  checkArgs(args) {
    const format = args.format ?? 'csv';
    if (!FORMATS.includes(format)) return t(args.lang, 'cli.badValue', { option: 'format', value: format, allowed: FORMATS.join(', ') });
    if (format === 'xlsx' && args.out === undefined) return t(args.lang, 'cli.missingOption', { option: 'out' });
    return undefined;
  },
  async run(diagram, args, io, catalog) {
    const { lang } = args;
    let priced: PricedBom | undefined;
    if (args.prices !== undefined) {
      const read = await readPrices(args.prices, io, catalog, lang);
      if (!read.ok) {
        for (const line of read.lines) io.stderr(`${line}\n`);
        return EXIT_UNUSABLE;
      }
      priced = priceBom(buildBom(diagram, catalog), read.list, { date: diagram.meta.date ?? today() });
    }
    let data: string | Uint8Array;
    switch (args.format ?? 'csv') {
      case 'md':
        data = bomMarkdown(diagram, catalog, lang, priced);
        break;
      case 'json':
        data = bomJson(diagram, catalog, lang, priced);
        break;
      case 'xlsx':
        // The workbook's control-point matrix and findings sheet show the check of the diagram's own level.
        data = await exportBomXlsx(diagram, catalog, { lang, check: checkDiagram(diagram, catalog), ...(priced ? { priced } : {}) });
        break;
      default:
        if (priced) {
          const table = pricedBomTable(diagram, catalog, lang, priced);
          data = toCsv({ header: table.header, rows: [...table.rows, ...table.totals] });
        } else data = toCsv(bomTable(diagram, catalog, lang));
    }
    return emit(data, args, io) ? EXIT_OK : EXIT_UNUSABLE;
  },
};
