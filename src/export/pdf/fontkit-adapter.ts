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

export const pdfFontkit: PdfLibFontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(buffer, postscriptName) as { createSubset(): Fontkit2Subset };
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as Fontkit2Subset & { encodeStream?: unknown };
      subset.encodeStream = () => encodeStream(subset);
      return subset;
    };
    return font as unknown as ReturnType<PdfLibFontkit['create']>;
  },
};
