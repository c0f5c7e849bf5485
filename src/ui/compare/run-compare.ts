/**
 * The compare view's work, loaded with it: the diff core (only ever through `import()`, so none of it
 * is in the first load), the comparison, the canvas marks, and the two exports.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Comparison, DiffSides } from '../../core/diff/index.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram, Level } from '../../core/model/types.ts';
import type { PriceList } from '../../core/prices/types.ts';
import { safeFileName } from '../../core/model/file-name.ts';
import { loadBrowserPdfFont } from '../../export/pdf/browser-font.ts';
import { downloadBlob, downloadText } from '../files/download.ts';
import { today } from '../files/blank-diagram.ts';
import { compareMarks, type CompareMarks } from './compare-marks.ts';
import type { CompareRequest } from './compare-request.ts';

export interface CompareResult {
  comparison: Comparison;
  marks: CompareMarks;
  sides: DiffSides;
  closes: string[];
  opens: string[];
}

const loadDiff = () => import('../../core/diff/index.ts');

export async function runCompare(request: CompareRequest, catalog: Catalog, prices?: PriceList): Promise<CompareResult> {
  const diff = await loadDiff();
  const { before, after } = request;
  const comparison = diff.compareDiagrams(before.doc, after.doc, catalog, {
    ...(request.level !== undefined ? { level: request.level } : {}),
    ...(prices ? { prices } : {}),
    today: today(),
  });
  const sides: DiffSides = { before: before.doc, after: after.doc, files: { before: before.name, after: after.name } };
  return { comparison, marks: compareMarks(before.doc, after.doc, comparison.diff), sides, ...diff.closedAndOpened(comparison) };
}

/** The level delta's proposal for the design as it is now. */
export async function proposeLevel(doc: Diagram, catalog: Catalog, level: Level) {
  return (await loadDiff()).levelProposal(doc, catalog, level);
}

function exportName(result: CompareResult, extension: string): string {
  return safeFileName(`${result.sides.before.meta.title} → ${result.sides.after.meta.title}`, extension);
}

export async function exportCompareMarkdown(result: CompareResult, catalog: Catalog, lang: Lang): Promise<string> {
  const { diffMarkdown } = await loadDiff();
  const name = exportName(result, '.md');
  downloadText(diffMarkdown(result.comparison, result.sides, catalog, lang), name, 'text/markdown');
  return name;
}

export async function exportComparePdfFile(result: CompareResult, catalog: Catalog, lang: Lang): Promise<string> {
  const [{ exportComparePdf }, font] = await Promise.all([import('../../export/pdf/compare/export-compare-pdf.ts'), loadBrowserPdfFont()]);
  const bytes = await exportComparePdf(result.comparison, result.sides, catalog, lang, font);
  const name = exportName(result, '.pdf');
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), name);
  return name;
}
