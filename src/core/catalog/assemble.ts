/**
 * The catalog's lookups over validated data. Kept apart from validation (`build.ts`, zod) so the
 * browser, which bundles data validated at build time, loads neither zod nor the checks.
 */
import type { ZoneKind } from '../model/types.ts';
import { PRODUCT_ROLES, type Catalog, type CatalogData, type ProductRole, type Region } from './types.ts';

export function assembleCatalog({ categories, products, zones, regions }: CatalogData): Catalog {
  const productById = new Map(products.map((p) => [p.id, p]));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const zoneByKind = new Map(zones.map((z) => [z.id, z]));
  const regionById = new Map<string, Region>(regions.map((r) => [r.id, r]));
  const roles = new Map<ProductRole, Set<string>>(PRODUCT_ROLES.map((role) => [role, new Set(products.filter((p) => p.roles.includes(role)).map((p) => p.id))]));
  return {
    categories,
    products,
    zones,
    regions,
    product: (id) => productById.get(id),
    category: (id) => categoryById.get(id),
    zone: (kind: ZoneKind) => zoneByKind.get(kind)!,
    region: (id) => regionById.get(id),
    withRole: (role) => roles.get(role)!,
  };
}
