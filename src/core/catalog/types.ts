/**
 * The product catalog: every product and zone kind defined once, as data (`catalog/`). The palette,
 * inspector, canvas, rules, BOM and exporters all read these records.
 */
import type { Localized } from '../model/localized.ts';
import type { ProductPropName, ZoneKind } from '../model/types.ts';

/** Sets of products that rules and the editor reason about (`shared/spec/rules.md`, "Terms"). */
export const PRODUCT_ROLES = ['compute', 'database', 'dataStore', 'boundaryControl', 'vpcBound'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export interface Category {
  id: string;
  name: Localized;
  /** Accent colour of the category's icons and palette group. */
  color: string;
  /** Whether products of this category are external actors (never billed, never in a VPC). */
  external: boolean;
}

export interface Edition {
  id: string;
  name: Localized;
  /** The vendor's own code for it (API / IaC), when there is one: a stable key for quotes. */
  code?: string;
  /** Position in the product's ladder of editions where rules compare them (higher is more capable). */
  rank?: number;
}

export type PropDefault = boolean | number | string;

export interface Product {
  id: string;
  name: Localized;
  /** Names the product had before (安骑士, 态势感知 …): users still search by them. */
  formerNames: string[];
  /** Other words people use for it: abbreviations, English names, colloquial names. */
  aliases: string[];
  category: string;
  /** What it does, one line per language. */
  description: Localized;
  /** The icon as SVG markup (a restricted, self-contained subset: see `icon-check.ts`). */
  icon: string;
  billed: boolean;
  /** Unit of the quantity on a BOM line (台, 个, 套 …). */
  unit: Localized;
  editions?: { default: string; list: Edition[] };
  /** The props this product accepts, each with its default (`edition` and `spec` have none: absent is fine). */
  props: Partial<Record<ProductPropName, PropDefault | null>>;
  roles: ProductRole[];
  /** Rule ids this product helps satisfy: the BOM's 用途 column and the control-point matrix. */
  satisfies: string[];
}

export interface ZoneKindInfo {
  id: ZoneKind;
  name: Localized;
  description: Localized;
  icon: string;
  /** Frame colour on the canvas and in exports; kinds also differ by dash pattern, for greyscale. */
  color: string;
  dash: 'solid' | 'dashed' | 'dotted';
  defaultSize: { width: number; height: number };
}

export interface Region {
  id: string;
  name: Localized;
  mainland: boolean;
  finance: boolean;
}

export interface Catalog {
  categories: Category[];
  products: Product[];
  zones: ZoneKindInfo[];
  regions: Region[];
  product(id: string): Product | undefined;
  category(id: string): Category | undefined;
  zone(kind: ZoneKind): ZoneKindInfo;
  region(id: string): Region | undefined;
  /** Products with the given role, e.g. every `compute` product. */
  withRole(role: ProductRole): ReadonlySet<string>;
}

/**
 * The validated catalog as plain data (icons as SVG text, products in palette order): what the build
 * bundles for the browser, already checked, and what `assembleCatalog` indexes.
 */
export interface CatalogData {
  categories: Category[];
  products: Product[];
  zones: ZoneKindInfo[];
  regions: Region[];
}

/** The catalog as read from disk or bundled, before validation: JSON records and SVG texts by file name. */
export interface RawCatalog {
  categories: unknown;
  zones: unknown;
  regions: unknown;
  products: { file: string; data: unknown }[];
  icons: Record<string, string>;
}
