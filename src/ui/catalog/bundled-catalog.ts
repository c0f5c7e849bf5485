/**
 * The product catalog for the browser: every file of catalog/ is bundled by Vite at build time (no
 * request at run time, works offline), then validated by the same builder the CLI uses.
 */
import { buildCatalog } from '../../core/catalog/build.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import categories from '../../../catalog/categories.json';
import zones from '../../../catalog/zones.json';
import regions from '../../../catalog/regions.json';

const productModules = import.meta.glob<unknown>('../../../catalog/products/*.json', { eager: true, import: 'default' });
const iconModules = import.meta.glob<string>('../../../catalog/icons/*.svg', { eager: true, query: '?raw', import: 'default' });

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

let built: Catalog | undefined;

/** The validated catalog; throws a CatalogError listing every problem if the bundled data is wrong. */
export function bundledCatalog(): Catalog {
  built ??= buildCatalog({
    categories,
    zones,
    regions,
    products: Object.entries(productModules).map(([path, data]) => ({ file: baseName(path), data })),
    icons: Object.fromEntries(Object.entries(iconModules).map(([path, svg]) => [baseName(path), svg])),
  });
  return built;
}
