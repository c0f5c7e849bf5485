/**
 * The product catalog and the template gallery's index, validated when the app is built (and by the
 * dev server) instead of in every browser at start: `virtual:mlps/catalog` and
 * `virtual:mlps/template-index` are the checked data as JSON, `virtual:mlps/template-previews` the
 * gallery's pictures (so the first screen neither fetches nor reads a template to show them). A
 * catalog, index or template mistake fails the build with every problem listed, the same check the
 * CLI and the tests run; the browser spends neither zod's weight in its first download nor the time
 * (≈ 150 ms on a slow laptop).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { assembleCatalog } from '../src/core/catalog/assemble.ts';
import { validateCatalog } from '../src/core/catalog/build.ts';
import { readDiagramText } from '../src/core/format/read.ts';
import { thumbnailOf, type Thumbnail } from '../src/core/geometry/thumbnail.ts';
import { parseTemplateIndex } from '../src/core/templates/template-index.ts';
import { readRawCatalog } from '../src/node/catalog-fs.ts';

const templateIndex = (root: string) => parseTemplateIndex(JSON.parse(readFileSync(join(root, 'templates/index.json'), 'utf8')));

/**
 * Each reference template's gallery picture, by template id: the template read by the reader every
 * file goes through (a template that does not read fails the build), drawn as a thumbnail.
 */
function templatePreviews(root: string): Record<string, Thumbnail | null> {
  const catalog = assembleCatalog(validateCatalog(readRawCatalog(join(root, 'catalog'))));
  const previews: Record<string, Thumbnail | null> = {};
  for (const info of templateIndex(root)) {
    const result = readDiagramText(readFileSync(join(root, 'templates', info.file), 'utf8'), catalog);
    if (!result.ok) throw new Error(`templates/${info.file} is not a valid diagram: ${JSON.stringify(result.error)}`);
    previews[info.id] = thumbnailOf(result.diagram, catalog);
  }
  return previews;
}

const MODULES = {
  'virtual:mlps/catalog': (root: string) => validateCatalog(readRawCatalog(join(root, 'catalog'))),
  'virtual:mlps/template-index': templateIndex,
  'virtual:mlps/template-previews': templatePreviews,
} as const;
type VirtualId = keyof typeof MODULES;

const isVirtual = (id: string): id is VirtualId => Object.hasOwn(MODULES, id);

/** Every file a module's data comes from, so the dev server rebuilds it when one changes. */
function sources(root: string, id: VirtualId): string[] {
  const index = join(root, 'templates/index.json');
  if (id === 'virtual:mlps/template-index') return [index];
  const dir = join(root, 'catalog');
  const list = (sub: string) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f));
  const catalog = [...['categories.json', 'zones.json', 'regions.json'].map((f) => join(dir, f)), ...list('products'), ...list('icons')];
  if (id === 'virtual:mlps/catalog') return catalog;
  return [...catalog, index, ...templateIndex(root).map((info) => join(root, 'templates', info.file))];
}

export function validatedData(): Plugin {
  let root = process.cwd();
  return {
    name: 'mlps:validated-data',
    configResolved(config) {
      root = resolve(config.root);
    },
    resolveId(id) {
      return isVirtual(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0') || !isVirtual(id.slice(1))) return undefined;
      const virtual = id.slice(1) as VirtualId;
      for (const file of sources(root, virtual)) this.addWatchFile(file);
      // JSON.parse of a string literal: parsed faster than the same data as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(MODULES[virtual](root)))});`;
    },
  };
}
