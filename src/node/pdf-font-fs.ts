/** The PDF's CJK font for Node (CLI, tests, benchmarks): read once from the npm package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Noto Sans SC Regular (SIL Open Font License 1.1), TrueType outlines, from @expo-google-fonts/noto-sans-sc. */
export const PDF_FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let cached: Uint8Array | undefined;

export function loadPdfFont(): Uint8Array {
  cached ??= new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(PDF_FONT_MODULE)));
  return cached;
}
