/**
 * The one way a new design is made, shared by the 新建 dialog and the templates on the empty canvas:
 * blank, or a copy of a reference template that takes the template's name (in the UI language) as its
 * title unless the user gave one, the template's level unless the user chose one, and today's date.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram, Level } from '../../core/model/types.ts';
import { instantiateTemplate } from '../../core/templates/instantiate.ts';
import type { TemplateInfo } from '../../core/templates/template-index.ts';
import { blankDiagram, today } from '../files/blank-diagram.ts';
import { loadTemplateDiagram } from './bundled-templates.ts';

export interface NewDesign {
  /** The template to start from; a blank canvas when absent. */
  template?: TemplateInfo;
  /** The system's name; for a template, its name in `lang` when absent. */
  title?: string;
  level?: Level;
}

/** The title a design started from `template` gets when the user has not typed one. */
export function templateTitle(template: TemplateInfo, lang: Lang): string {
  return template.name[lang];
}

export async function newDesign(choice: NewDesign, catalog: Catalog, lang: Lang, untitled: string): Promise<Diagram> {
  const { template } = choice;
  if (!template) return blankDiagram(choice.title ?? untitled, choice.level);
  return instantiateTemplate(await loadTemplateDiagram(template, catalog), {
    title: choice.title ?? templateTitle(template, lang),
    level: choice.level ?? template.level,
    date: today(),
  });
}
