/**
 * The product catalog for the browser: every file of catalog/ is validated by the same builder the
 * CLI uses when the app is built (build/validated-data.ts; a mistake fails the build), and bundled as
 * checked data: no request at run time, works offline, no validation at start.
 */
import data from 'virtual:mlps/catalog';
import { assembleCatalog } from '../../core/catalog/assemble.ts';
import type { Catalog } from '../../core/catalog/types.ts';

let built: Catalog | undefined;

export function bundledCatalog(): Catalog {
  built ??= assembleCatalog(data);
  return built;
}
