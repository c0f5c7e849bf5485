/**
 * How both PDF writers (the topology drawing and the compliance report) start and finish a document:
 * the CJK font embedded as a subset of the glyphs used, and the same metadata.
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Lang } from '../../core/model/localized.ts';
import { pdfFontkit } from './fontkit-adapter.ts';

/** A new document with the font (TrueType bytes) embedded, subset to the glyphs drawn. */
export async function newPdf(fontBytes: Uint8Array): Promise<{ pdf: PDFDocument; font: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(pdfFontkit);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  return { pdf, font };
}

/** Metadata ("<system> — <what the file is>", the subject, the generator, the language), then the bytes. */
export function finishPdf(pdf: PDFDocument, title: string, subject: string, lang: Lang): Promise<Uint8Array> {
  pdf.setTitle(`${title} — ${subject}`);
  pdf.setSubject(subject);
  pdf.setCreator('MLPS Designer');
  pdf.setProducer('MLPS Designer (pdf-lib)');
  pdf.setLanguage(lang === 'zh' ? 'zh-CN' : 'en');
  return pdf.save();
}
