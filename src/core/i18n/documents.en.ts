/**
 * English messages of the documents and the tools that make them (the compliance report, the CLI, import,
 * price lists and comparisons): loaded with the code that uses them, not on the first screen.
 */
import type { zhDocuments } from './documents.zh.ts';
import { cli } from './en/cli.ts';
import { exportMessages } from './en/export.ts';
import { exportUi } from './en/export-ui.ts';
import { filing } from './en/filing.ts';
import { filingDocs } from './en/filing-docs.ts';
import { print } from './en/print.ts';
import { priceUi } from './en/price-ui.ts';
import { versions } from './en/versions.ts';
import { report } from './en/report.ts';
import { prices } from './en/prices.ts';
import { importMessages } from './en/import.ts';
import { compareView } from './en/compare-view.ts';
import { importUi } from './en/import-ui.ts';

export const enDocuments: Record<keyof typeof zhDocuments, string> = { ...cli, ...report, ...prices, ...importMessages, ...compareView, ...importUi, ...exportMessages, ...exportUi, ...filing, ...filingDocs, ...print, ...priceUi, ...versions };
