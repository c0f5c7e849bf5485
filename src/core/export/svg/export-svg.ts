/** The topology drawing as a standalone SVG file (issue 5): whole diagram or a selection, zh or en. */
import type { Catalog } from '../../catalog/types.ts';
import type { Diagram } from '../../model/types.ts';
import { buildScene, type SceneOptions } from '../scene/scene.ts';
import { naturalSheet } from '../scene/sheet.ts';
import { drawable } from '../text/clean-text.ts';
import { renderSvg } from './render-svg.ts';

export function exportSvg(doc: Diagram, catalog: Catalog, options: SceneOptions): string {
  const scene = buildScene(doc, catalog, options);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(naturalSheet(scene), drawable(scene.title))}`;
}
