import { loadCatalog } from '../../src/node/catalog-fs.ts';

/** The real catalog from catalog/, as the CLI loads it. */
export const catalog = loadCatalog();
