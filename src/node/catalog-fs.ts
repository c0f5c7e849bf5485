/** The product catalog for Node (CLI, tests, benchmarks): read from the repository's catalog/ folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCatalog } from '../core/catalog/build.ts';
import type { Catalog, RawCatalog } from '../core/catalog/types.ts';

export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));

export function readRawCatalog(dir: string = CATALOG_DIR): RawCatalog {
  const json = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const products = readdirSync(join(dir, 'products'))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, data: json(join('products', file)) }));
  const icons: Record<string, string> = {};
  for (const file of readdirSync(join(dir, 'icons')).filter((f) => f.endsWith('.svg'))) {
    icons[file] = readFileSync(join(dir, 'icons', file), 'utf8');
  }
  return { categories: json('categories.json'), zones: json('zones.json'), regions: json('regions.json'), products, icons };
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readRawCatalog());
  return cached;
}
