/**
 * The reference templates (templates/ in the repository), bundled with the app: the gallery list from
 * index.json and each diagram file's text. A template is read through the same reader as any file,
 * when it is chosen or previewed, so a broken template can never open half-valid.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import { readDiagramText } from '../../core/format/read.ts';
import type { Diagram } from '../../core/model/types.ts';
import { parseTemplateIndex, type TemplateInfo } from '../../core/templates/template-index.ts';
import index from '../../../templates/index.json';

const files = import.meta.glob<string>('../../../templates/*.mlps.json', { eager: true, query: '?raw', import: 'default' });

export const TEMPLATES: readonly TemplateInfo[] = parseTemplateIndex(index);

const cache = new Map<string, Diagram>();

export function templateDiagram(info: TemplateInfo, catalog: Catalog): Diagram {
  const known = cache.get(info.id);
  if (known) return known;
  const text = files[`../../../templates/${info.file}`];
  if (text === undefined) throw new Error(`template file ${info.file} is not bundled`);
  const result = readDiagramText(text, catalog);
  if (!result.ok) throw new Error(`template ${info.id} is not a valid diagram`);
  cache.set(info.id, result.diagram);
  return result.diagram;
}
