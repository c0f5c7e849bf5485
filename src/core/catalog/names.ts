import type { Localized } from '../model/localized.ts';
import type { DiagramNode } from '../model/types.ts';
import type { Catalog } from './types.ts';

/** What a node is called on the canvas, in messages and exports: the user's label, else its catalog name. */
export function nodeDisplayName(node: DiagramNode, catalog: Catalog): Localized {
  if (node.label !== undefined && node.label.trim() !== '') return { zh: node.label, en: node.label };
  if (node.kind === 'zone') return catalog.zone(node.zone).name;
  return catalog.product(node.product)?.name ?? { zh: node.product, en: node.product };
}

/** The catalog's name of what a node is (product or zone kind), regardless of its label. */
export function nodeKindName(node: DiagramNode, catalog: Catalog): Localized {
  if (node.kind === 'zone') return catalog.zone(node.zone).name;
  return catalog.product(node.product)?.name ?? { zh: node.product, en: node.product };
}
