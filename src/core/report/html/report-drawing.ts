/**
 * The topology drawing inside the HTML report: the same SVG as the SVG export (built from the model,
 * every user string escaped by the SVG writer), inlined without its XML declaration so the report stays
 * one self-contained file. Inlining markup is only safe because it is our own output; it is checked
 * anyway: every `<…>` in it is a real tag (user text has its `<` escaped), so a tag scan is exact.
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Diagram } from '../../model/types.ts';
import { buildScene, type SceneOptions } from '../../export/scene/scene.ts';
import { naturalSheet } from '../../export/scene/sheet.ts';
import { renderSvg } from '../../export/svg/render-svg.ts';
import { drawable } from '../../export/text/clean-text.ts';

const FORBIDDEN_TAGS = /^<\/?(?:script|foreignobject|iframe|object|embed|image|use|a|style|link|meta|base)\b/i;
const TAG = /<[^>]*>/g;

/** Throws when the SVG holds anything that could run or load: script-like tags, event attributes, references. */
export function assertInertSvg(svg: string): void {
  for (const [tag] of svg.matchAll(TAG)) {
    if (FORBIDDEN_TAGS.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /\shref\s*=|url\(|javascript:/i.test(tag)) {
      throw new Error(`the drawing for the report contains markup it must not: ${tag.slice(0, 80)}`);
    }
  }
}

export function reportDrawingSvg(doc: Diagram, catalog: Catalog, options: SceneOptions): string {
  const scene = buildScene(doc, catalog, options);
  const svg = renderSvg(naturalSheet(scene), drawable(scene.title));
  assertInertSvg(svg);
  return svg;
}
