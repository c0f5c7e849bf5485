/**
 * Chinese messages of the documents and the tools that make them (the compliance report, the CLI, import,
 * price lists and comparisons): loaded with the code that uses them, not on the first screen.
 */
import { cli } from './zh/cli.ts';
import { exportMessages } from './zh/export.ts';
import { exportUi } from './zh/export-ui.ts';
import { filing } from './zh/filing.ts';
import { filingDocs } from './zh/filing-docs.ts';
import { print } from './zh/print.ts';
import { priceUi } from './zh/price-ui.ts';
import { versions } from './zh/versions.ts';
import { report } from './zh/report.ts';
import { prices } from './zh/prices.ts';
import { importMessages } from './zh/import.ts';
import { compareView } from './zh/compare-view.ts';
import { importUi } from './zh/import-ui.ts';

export const zhDocuments = { ...cli, ...report, ...prices, ...importMessages, ...compareView, ...importUi, ...exportMessages, ...exportUi, ...filing, ...filingDocs, ...print, ...priceUi, ...versions } as const;
