/**
 * The 备案材料 action: every file of the filing package (src/export/filing) in one ZIP download named
 * after the system and date. The drawing for the 说明 DOCX is the PNG exporter's (a canvas, 2×).
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { CheckResult } from '../../core/rules/index.ts';
import { loadBrowserPdfFont } from '../../export/pdf/browser-font.ts';
import { loadDocumentMessages } from '../../core/i18n/load-language.ts';
import { PngExportError } from '../../export/png/png-error.ts';
import { downloadBlob } from '../files/download.ts';
import { today } from '../files/blank-diagram.ts';

export type FilingOutcome = { ok: true; name: string } | { ok: false; reason: string };

export async function runFilingExport(doc: Diagram, catalog: Catalog, lang: Lang, check: CheckResult | null): Promise<FilingOutcome> {
  try {
    const [{ filingFiles, filingZipName }, { filingZip }, { svgToPng }] = await Promise.all([
      import('../../export/filing/filing-files.ts'),
      import('../../export/filing/filing-zip.ts'),
      import('../../export/png/export-png.ts'),
      loadDocumentMessages(lang),
    ]);
    const date = today();
    const files = await filingFiles(doc, catalog, {
      lang,
      today: date,
      ...(check ? { check } : {}),
      loadFont: loadBrowserPdfFont,
      rasterize: async (svg) => {
        const { bytes, plan } = await svgToPng(svg, 2);
        return { png: bytes, width: plan.width, height: plan.height };
      },
    });
    const name = filingZipName(doc, lang, date);
    downloadBlob(new Blob([filingZip(files) as BlobPart], { type: 'application/zip' }), name);
    return { ok: true, name };
  } catch (error) {
    if (error instanceof PngExportError) return { ok: false, reason: error.describe(lang) };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
