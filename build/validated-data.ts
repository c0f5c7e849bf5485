/**
 * The product catalog and the template gallery's index, validated when the app is built (and by the
 * dev server) instead of in every browser at start: `virtual:mlps/catalog` and
 * `virtual:mlps/template-index` are the checked data as JSON. A catalog or index mistake fails the
 * build with every problem listed, the same check the CLI and the tests run; the browser spends
 * neither zod's weight in its first download nor the time (≈ 150 ms on a slow laptop).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateCatalog } from '../src/core/catalog/build.ts';
import { parseTemplateIndex } from '../src/core/templates/template-index.ts';
import { readRawCatalog } from '../src/node/catalog-fs.ts';

const MODULES = {
  'virtual:mlps/catalog': (root: string) => validateCatalog(readRawCatalog(join(root, 'catalog'))),
  'virtual:mlps/template-index': (root: string) => parseTemplateIndex(JSON.parse(readFileSync(join(root, 'templates/index.json'), 'utf8'))),
} as const;
type VirtualId = keyof typeof MODULES;

const isVirtual = (id: string): id is VirtualId => Object.hasOwn(MODULES, id);

/** Every file a module's data comes from, so the dev server rebuilds it when one changes. */
function sources(root: string, id: VirtualId): string[] {
  if (id === 'virtual:mlps/template-index') return [join(root, 'templates/index.json')];
  const dir = join(root, 'catalog');
  const list = (sub: string) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f));
  return [...['categories.json', 'zones.json', 'regions.json'].map((f) => join(dir, f)), ...list('products'), ...list('icons')];
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
