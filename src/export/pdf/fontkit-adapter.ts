/**
 * pdf-lib's font engine, backed by upstream fontkit 2. pdf-lib's own fork (@pdf-lib/fontkit 1.1.1,
 * unmaintained) writes broken subsets of large CJK fonts: TrueType subsets lose glyphs silently (a
 * short `loca` table without padding) and CFF subsets are rejected by viewers; both were fixed
 * upstream long ago (Hopding/pdf-lib#1232, foliojs/fontkit#191). pdf-lib accepts any object with
 * `create()`; the one difference is that pdf-lib reads a subset through `encodeStream()` events,
 * while fontkit 2 returns the bytes from `encode()`.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

interface Fontkit2Subset {
  encode(): Uint8Array;
}

interface Listeners {
  data?: (bytes: Uint8Array) => void;
  end?: () => void;
  error?: (error: unknown) => void;
}

/** A stand-in for fontkit 1's subset stream: emits the encoded bytes once the listeners are attached. */
function encodeStream(subset: Fontkit2Subset) {
  const listeners: Listeners = {};
  const stream = {
    on(event: keyof Listeners, callback: (value: never) => void) {
      listeners[event] = callback as never;
      return stream;
    },
  };
  // pdf-lib attaches data, end and error handlers synchronously, then waits.
  queueMicrotask(() => {
    try {
      const bytes = subset.encode();
      listeners.data?.(bytes);
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  return stream;
}

/**
 * Parsed fonts by their bytes: parsing the 10.5 MB CJK font is most of a first PDF's time, and every
 * PDF of a session embeds the same bytes (the app keeps one copy, `browser-font.ts`). A font object
 * is only read from once parsed (each PDF makes its own subset), so one serves every export.
 */
const parsed = new WeakMap<Uint8Array, Map<string, ReturnType<PdfLibFontkit['create']>>>();

export const pdfFontkit: PdfLibFontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const byName = parsed.get(buffer) ?? new Map<string, ReturnType<PdfLibFontkit['create']>>();
    parsed.set(buffer, byName);
    const key = postscriptName ?? '';
    const known = byName.get(key);
    if (known) return known;
    const font = parseFont(buffer, postscriptName);
    byName.set(key, font);
    return font;
  },
};

/**
 * Readies a font ahead of the first PDF (the export dialog calls this when it opens): parsed, and its
 * character map, glyph tables and subset writer run once on a sample, so the first export finds them
 * read and compiled.
 */
export function preparePdfFont(bytes: Uint8Array): void {
  const font = pdfFontkit.create(bytes) as unknown as { layout(text: string): { glyphs: { id: number }[] }; createSubset(): Fontkit2Subset & { includeGlyph(id: number): void } };
  const subset = font.createSubset();
  for (const glyph of font.layout(WARM_UP_TEXT).glyphs) subset.includeGlyph(glyph.id);
  subset.encode();
}

const WARM_UP_TEXT = '等保架构设计器 安全区域边界 应用服务器 数据库 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz';

function parseFont(buffer: Uint8Array, postscriptName?: string): ReturnType<PdfLibFontkit['create']> {
  const font = fontkit.create(buffer, postscriptName) as { createSubset(): Fontkit2Subset };
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as Fontkit2Subset & { encodeStream?: unknown };
    subset.encodeStream = () => encodeStream(subset);
    return subset;
  };
  return font as unknown as ReturnType<PdfLibFontkit['create']>;
}
