/**
 * Opening a file (file picker or a file dropped on the window): the size is checked before the file
 * is read, then the reader's whole pipeline runs; only a valid file replaces what is open. A file that
 * is not a diagram may be a Terraform `terraform show -json` document or a ROS template (issue 13),
 * recognised by its content: it goes to the import dialog instead. The import code is loaded only then.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { ReadError } from '../../core/format/errors.ts';
import { loadDiagramReader } from './diagram-reader.ts';
import type { ImportPlan } from '../../core/import/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram } from '../../core/model/types.ts';

export type OpenOutcome =
  | { ok: true; diagram: Diagram }
  /** An infrastructure file read into an import plan: the import dialog takes it from here. */
  | { ok: 'import'; name: string; plan: ImportPlan }
  /** `notInfra`: the file is not an infrastructure file either (said under the diagram reader's error). */
  | { ok: false; name: string; error: ReadError; notInfra?: true }
  /** A Terraform or ROS file (or a text that could only be one) that cannot be imported: what and where, said. */
  | { ok: false; name: string; importErrors: string[] };

/** Diagram reader's refusals that mean "this is not a diagram at all": maybe an infrastructure file. */
const NOT_A_DIAGRAM: ReadonlySet<ReadError['kind']> = new Set(['notJson', 'notObject', 'notDiagram']);

type DiagramRead = { ok: true; diagram: Diagram } | { ok: false; name: string; error: ReadError; text?: string };

/** Size, then bytes, then the diagram reader: the steps every opening of a file takes. */
async function readAsDiagram(file: File, catalog: Catalog): Promise<DiagramRead> {
  const { decodeFileBytes, readDiagramText, sizeRefusal } = await loadDiagramReader();
  const tooLarge = sizeRefusal(file.size);
  if (tooLarge) return { ok: false, name: file.name, error: tooLarge };
  const decoded = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ok: false, name: file.name, error: decoded.error };
  const result = readDiagramText(decoded.text, catalog);
  // The text comes back with a refusal: it may be a Terraform or ROS file instead.
  return result.ok ? { ok: true, diagram: result.diagram } : { ok: false, name: file.name, error: result.error, text: decoded.text };
}

/** `lang`: the language an import refusal is said in. */
export async function readDiagramFile(file: File, catalog: Catalog, lang: Lang): Promise<OpenOutcome> {
  // Only the content decides, but a file not named like a diagram probably is not one: its import
  // code (and the dialog's) starts loading while the file is read, not after.
  const infra = /\.mlps\.json$/i.test(file.name) ? undefined : loadInfraReader();
  const read = await readAsDiagram(file, catalog);
  if (read.ok) return read;
  const { text, ...refusal } = read;
  if (text === undefined || !NOT_A_DIAGRAM.has(read.error.kind)) return refusal;
  const { readInfraFile } = await (infra ?? loadInfraReader());
  return readInfraFile(text, file.name, read.error, lang);
}

function loadInfraReader() {
  const reader = import('../import/read-infra-file.ts');
  reader.catch(() => undefined); // a failure is met where it is awaited
  return reader;
}

/** A diagram file only (what the compare view opens): no import, the reader's refusal as it is. */
export async function readDiagramOnly(file: File, catalog: Catalog): Promise<{ ok: true; diagram: Diagram } | { ok: false; name: string; error: ReadError }> {
  const read = await readAsDiagram(file, catalog);
  if (read.ok) return read;
  const { text: _text, ...refusal } = read;
  return refusal;
}
