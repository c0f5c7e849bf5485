/**
 * The reference templates (templates/ in the repository), bundled with the app: the gallery list from
 * index.json and each template's picture (both made when the app is built), and each diagram file's
 * text as a chunk of its own, fetched when a template is chosen (the service worker caches them for
 * offline use like every other file). A template is read through the same reader as any file, so a
 * broken template can never open half-valid.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { TemplateInfo } from '../../core/templates/template-index.ts';
import index from 'virtual:mlps/template-index';
import { loadDiagramReader } from '../files/diagram-reader.ts';

const files = import.meta.glob<string>('../../../templates/*.mlps.json', { query: '?raw', import: 'default' });

/** The gallery's list, validated when the app is built (build/validated-data.ts). */
export const TEMPLATES: readonly TemplateInfo[] = index;

const cache = new Map<string, Promise<Diagram>>();

export function loadTemplateDiagram(info: TemplateInfo, catalog: Catalog): Promise<Diagram> {
  let pending = cache.get(info.id);
  if (!pending) {
    pending = readTemplate(info, catalog);
    cache.set(info.id, pending);
    // A failed fetch (offline before the first visit was cached) may succeed later.
    pending.catch(() => cache.delete(info.id));
  }
  return pending;
}

async function readTemplate(info: TemplateInfo, catalog: Catalog): Promise<Diagram> {
  const load = files[`../../../templates/${info.file}`];
  if (load === undefined) throw new Error(`template file ${info.file} is not bundled`);
  const [text, { readDiagramText }] = await Promise.all([load(), loadDiagramReader()]);
  const result = readDiagramText(text, catalog);
  if (!result.ok) throw new Error(`template ${info.id} is not a valid diagram`);
  return result.diagram;
}
