/**
 * How both PDF writers (the topology drawing and the compliance report) start and finish a document:
 * the CJK font embedded as a subset of the glyphs used, and the same metadata.
 */
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Lang } from '../../core/model/localized.ts';
import { pdfFontkit } from './fontkit-adapter.ts';

/** The subset font of each document, named with its subset tag when the document is saved. */
const subsetFonts = new WeakMap<PDFDocument, PDFFont>();

/** A new document with the font (TrueType bytes) embedded, subset to the glyphs drawn. */
export async function newPdf(fontBytes: Uint8Array): Promise<{ pdf: PDFDocument; font: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(pdfFontkit);
  const font = memoiseText(await pdf.embedFont(fontBytes, { subset: true }));
  subsetFonts.set(pdf, font);
  return { pdf, font };
}

/**
 * A drawing measures and encodes the same few hundred labels thousands of times (each is measured to
 * be placed, then encoded to be drawn), and each time fontkit shapes the string again. Both results
 * depend on the string alone (the width scales with the size), so the document's font keeps them.
 * Encoding also records the glyphs for the subset, which the first encoding of a string has done.
 */
function memoiseText(font: PDFFont): PDFFont {
  const widths = new Map<string, number>();
  const encodings = new Map<string, ReturnType<PDFFont['encodeText']>>();
  const widthAt = font.widthOfTextAtSize.bind(font);
  const encode = font.encodeText.bind(font);
  font.widthOfTextAtSize = (text, size) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = widthAt(text, 1000);
      widths.set(text, width);
    }
    return (width * size) / 1000;
  };
  font.encodeText = (text) => {
    let encoded = encodings.get(text);
    if (!encoded) {
      encoded = encode(text);
      encodings.set(text, encoded);
    }
    return encoded;
  };
  return font;
}

/** The parts of pdf-lib's subset embedder (1.17.1) that name the font. */
interface SubsetEmbedder {
  fontName: string;
  customName?: string;
  glyphIdMap?: Map<number, number>;
}

/**
 * A subset font's name carries a tag of six capital letters and "+" (PDF 32000-1 §9.6.4), so that
 * viewers and preflight tools know the font is incomplete and never take one subset for another.
 * pdf-lib names it with a random suffix instead; the tag here comes from the glyphs in the subset, so
 * the same drawing gives the same file.
 */
export function subsetTag(glyphIds: Iterable<number>): string {
  let hash = 0x811c9dc5;
  for (const id of [...glyphIds].sort((a, b) => a - b)) {
    for (const byte of [id & 0xff, (id >>> 8) & 0xff, (id >>> 16) & 0xff]) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

function nameSubset(font: PDFFont): void {
  const { embedder } = font as unknown as { embedder: SubsetEmbedder };
  if (!embedder.glyphIdMap) throw new Error('pdf-lib changed: the subset embedder has no glyph map to name the subset by');
  embedder.customName = `${subsetTag(embedder.glyphIdMap.keys())}+${embedder.fontName}`;
}

/** Metadata ("<system> — <what the file is>", the subject, the generator, the language), then the bytes. */
export function finishPdf(pdf: PDFDocument, title: string, subject: string, lang: Lang): Promise<Uint8Array> {
  pdf.setTitle(`${title} — ${subject}`);
  pdf.setSubject(subject);
  pdf.setCreator('MLPS Designer');
  pdf.setProducer('MLPS Designer (pdf-lib)');
  pdf.setLanguage(lang === 'zh' ? 'zh-CN' : 'en');
  // The font is written (and its subset fixed) when the document is saved: name it just before.
  const font = subsetFonts.get(pdf);
  if (font) nameSubset(font);
  return pdf.save();
}
