/**
 * Opening a diagram file (file picker or a file dropped on the window): the size is checked before
 * the file is read, then the reader's whole pipeline runs; only a valid file replaces what is open.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { ReadError } from '../../core/format/errors.ts';
import { sizeRefusal } from '../../core/format/json-text.ts';
import { readDiagramBytes } from '../../core/format/read.ts';
import type { Diagram } from '../../core/model/types.ts';

export type OpenOutcome = { ok: true; diagram: Diagram } | { ok: false; name: string; error: ReadError };

export async function readDiagramFile(file: File, catalog: Catalog): Promise<OpenOutcome> {
  const tooLarge = sizeRefusal(file.size);
  if (tooLarge) return { ok: false, name: file.name, error: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = readDiagramBytes(bytes, catalog);
  return result.ok ? { ok: true, diagram: result.diagram } : { ok: false, name: file.name, error: result.error };
}
