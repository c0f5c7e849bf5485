/** The filing package as one ZIP (fflate: the zip library docx itself uses, so the app loads it once). */
import { strToU8, zipSync } from 'fflate';
import type { FilingFile } from './filing-files.ts';

export function filingZip(files: readonly FilingFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = typeof file.data === 'string' ? strToU8(file.data) : file.data;
  return zipSync(entries, { level: 6 });
}
