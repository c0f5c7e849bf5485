/**
 * Validates the raw catalog data and builds the lookup structure. Run when the CLI or a test starts,
 * and by the app's build (`build/validated-data.ts`), which bundles the validated data so the browser
 * neither loads zod for it nor spends the time: a catalog mistake (a missing name, a default that is
 * not allowed, an unknown rule id) stops loading, or the build, with every problem listed, instead of
 * surfacing later as odd behaviour.
 */
import * as z from 'zod/mini';
import '../model/zod-config.ts'; // the eval-free zod configuration, before any schema is built
import { PRODUCT_IDS_V1, PRODUCT_PROP_NAMES, ZONE_KINDS, type ZoneKind } from '../model/types.ts';
import { isRuleId } from '../standard/catalogue.ts';
import { formatPath } from '../model/json-path.ts';
import { PROP_TYPES } from './prop-types.ts';
import { checkIcon } from './icon-check.ts';
import { assembleCatalog } from './assemble.ts';
import { CatalogError } from './catalog-error.ts';

export { CatalogError };
import { PRODUCT_ROLES, type Catalog, type CatalogData, type Category, type Product, type RawCatalog, type ZoneKindInfo } from './types.ts';

const localized = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/));
const fileName = z.string().check(z.regex(/^[a-z0-9_-]+\.svg$/));

const categorySchema = z.strictObject({ id: z.string().check(z.regex(/^[a-z_]+$/)), name: localized, color: colour, external: z.boolean() });

const editionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  name: localized,
  code: z.optional(z.string().check(z.minLength(1))),
  rank: z.optional(z.int().check(z.minimum(0))),
});

const productSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  name: localized,
  formerNames: z.array(z.string().check(z.minLength(1))),
  aliases: z.array(z.string().check(z.minLength(1))),
  category: z.string(),
  description: localized,
  icon: fileName,
  billed: z.boolean(),
  unit: localized,
  editions: z.optional(z.strictObject({ default: z.string(), list: z.array(editionSchema).check(z.minLength(1)) })),
  props: z.partialRecord(z.enum(PRODUCT_PROP_NAMES), z.union([z.boolean(), z.number(), z.string(), z.null()])),
  roles: z.array(z.enum(PRODUCT_ROLES)),
  satisfies: z.array(z.string()),
});

const zoneSchema = z.strictObject({
  id: z.enum(ZONE_KINDS),
  name: localized,
  description: localized,
  icon: fileName,
  color: colour,
  dash: z.enum(['solid', 'dashed', 'dotted']),
  defaultSize: z.strictObject({ width: z.number().check(z.positive()), height: z.number().check(z.positive()) }),
});

const regionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: localized,
  mainland: z.boolean(),
  finance: z.boolean(),
});


function parse<T>(schema: z.ZodMiniType<T>, data: unknown, where: string, problems: string[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${where} ${formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${describeIssue(issue)}`);
  }
  return undefined;
}

/**
 * A developer-facing line for one schema issue: its code and details, e.g. `too_small (minimum: 1)`.
 * zod/mini carries no English messages (the locale tables would weigh more than the schemas).
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const skip = new Set(['code', 'path', 'message', 'input', 'origin', 'inclusive']);
  const details = Object.entries(issue)
    .filter(([key]) => !skip.has(key))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.map(String).join(', ') : String(value)}`);
  return details.length > 0 ? `${issue.code} (${details.join('; ')})` : issue.code;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function checkProduct(p: z.output<typeof productSchema>, file: string, categories: Map<string, Category>, icons: Record<string, string>, problems: string[]): void {
  const at = `products/${file}:`;
  if (file !== `${p.id}.json`) problems.push(`${at} file name must be ${p.id}.json`);
  if (!categories.has(p.category)) problems.push(`${at} unknown category "${p.category}"`);
  const icon = icons[p.icon];
  if (icon === undefined) problems.push(`${at} icon ${p.icon} not found in catalog/icons`);
  else for (const problem of checkIcon(icon)) problems.push(`${at} icon ${p.icon}: ${problem}`);
  for (const rule of p.satisfies) if (!isRuleId(rule)) problems.push(`${at} satisfies unknown rule id "${rule}"`);
  if (duplicates(p.roles).length) problems.push(`${at} duplicate roles`);

  const external = categories.get(p.category)?.external ?? false;
  if (external && p.billed) problems.push(`${at} external actors are never billed`);
  if (('spec' in p.props) !== p.billed) problems.push(`${at} "spec" applies exactly to billed products`);
  if (('edition' in p.props) !== (p.editions !== undefined)) problems.push(`${at} "edition" applies exactly to products with editions`);

  if (p.editions) {
    const ids = p.editions.list.map((e) => e.id);
    for (const d of duplicates(ids)) problems.push(`${at} duplicate edition "${d}"`);
    if (!ids.includes(p.editions.default)) problems.push(`${at} default edition "${p.editions.default}" is not among ${ids.join(', ')}`);
  }
  for (const [prop, value] of Object.entries(p.props)) {
    const type = PROP_TYPES[prop as keyof typeof PROP_TYPES];
    if (prop === 'edition' || prop === 'spec') {
      if (value !== null) problems.push(`${at} "${prop}" takes no default here (null)`);
    } else if (!type.accepts(value)) {
      problems.push(`${at} default of "${prop}" (${JSON.stringify(value)}) is not ${type.describe}`);
    }
  }
}

/** Validate raw catalog data and build the catalog, or throw a CatalogError listing every problem. */
export function buildCatalog(raw: RawCatalog): Catalog {
  return assembleCatalog(validateCatalog(raw));
}

/** Validate raw catalog data into plain data in palette order, or throw a CatalogError listing every problem. */
export function validateCatalog(raw: RawCatalog): CatalogData {
  const problems: string[] = [];
  const categories = parse(z.array(categorySchema), raw.categories, 'categories.json', problems) ?? [];
  const zones = parse(z.array(zoneSchema), raw.zones, 'zones.json', problems) ?? [];
  const regions = parse(z.array(regionSchema), raw.regions, 'regions.json', problems) ?? [];
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  for (const d of duplicates(categories.map((c) => c.id))) problems.push(`categories.json: duplicate id "${d}"`);
  for (const d of duplicates(regions.map((r) => r.id))) problems.push(`regions.json: duplicate id "${d}"`);

  const products: Product[] = [];
  for (const { file, data } of [...raw.products].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const p = parse(productSchema, data, `products/${file}`, problems);
    if (!p) continue;
    checkProduct(p, file, categoryById, raw.icons, problems);
    products.push({ ...p, icon: raw.icons[p.icon] ?? '' } as Product);
  }
  for (const d of duplicates(products.map((p) => p.id))) problems.push(`products: duplicate id "${d}"`);
  for (const id of PRODUCT_IDS_V1) if (!products.some((p) => p.id === id)) problems.push(`products: file-format product "${id}" is missing`);

  for (const kind of ZONE_KINDS) if (!zones.some((z) => z.id === kind)) problems.push(`zones.json: zone kind "${kind}" is missing`);
  for (const d of duplicates(zones.map((z) => z.id))) problems.push(`zones.json: duplicate zone kind "${d}"`);
  for (const zone of zones) {
    const icon = raw.icons[zone.icon];
    if (icon === undefined) problems.push(`zones.json: icon ${zone.icon} of "${zone.id}" not found`);
    else for (const problem of checkIcon(icon)) problems.push(`zones.json: icon ${zone.icon}: ${problem}`);
  }

  if (problems.length > 0) throw new CatalogError(problems);

  // Palette and BOM order: categories in file order; within one, the spec's product order, then additions by id.
  const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));
  products.sort((a, b) => categoryOrder.get(a.category)! - categoryOrder.get(b.category)! || specOrder(a.id) - specOrder(b.id) || (a.id < b.id ? -1 : 1));

  const zoneInfos: ZoneKindInfo[] = zones.map((z) => ({ ...z, icon: raw.icons[z.icon]! }));
  return { categories, products, zones: zoneInfos, regions };
}

/** Products of version 1 keep the spec's order in the palette; later additions follow. */
function specOrder(id: string): number {
  const index = (PRODUCT_IDS_V1 as readonly string[]).indexOf(id);
  return index === -1 ? PRODUCT_IDS_V1.length : index;
}
