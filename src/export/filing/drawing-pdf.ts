/**
 * The filing's drawing as PDF on the paper asked for (`--paper auto|a4|a3|a2|a1`, the export dialog's
 * choice): `auto` picks the smallest of A3, A2 and A1 that prints every text at 6 pt or more; a paper
 * asked for that is too small is tiled with a page map (print-plan.ts). The same export as the app's.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';
import { buildExportFile, type ExportFormat } from '../export-file.ts';
import type { FilingFile } from './filing-files.ts';

export const FILING_PAPERS = ['auto', 'a4', 'a3', 'a2', 'a1'] as const;
export type FilingPaper = (typeof FILING_PAPERS)[number];

const FORMAT: Record<FilingPaper, ExportFormat> = { auto: 'pdf', a4: 'pdf-a4', a3: 'pdf-a3', a2: 'pdf-a2', a1: 'pdf-a1' };

export async function drawingPdf(doc: Diagram, catalog: Catalog, options: { lang: Lang; date: string; paper: FilingPaper; loadFont: () => Promise<Uint8Array> }): Promise<FilingFile> {
  const file = await buildExportFile(FORMAT[options.paper], doc, catalog, { lang: options.lang, date: options.date, loadFont: options.loadFont });
  return { name: file.name, data: file.data };
}
