/**
 * Words every export uses for the same things: a zone's title and what it is (kind, CIDR or region),
 * the level and platform as printed in a title block, a product's edition name.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import { t } from '../i18n/translate.ts';
import type { Lang } from '../model/localized.ts';
import { PLATFORM_LEVEL, type DiagramMeta, type Level, type ProductNode, type ZoneNode } from '../model/types.ts';
import { drawable } from './text/clean-text.ts';

export function levelName(level: Level, lang: Lang): string {
  return t(lang, `export.level.${level}`);
}

export function platformName(meta: DiagramMeta, lang: Lang): string {
  return t(lang, `export.platform.${meta.platform}`);
}

/** "阿里云公共云（云平台安全保护等级：第三级）": the platform with its own certified level. */
export function platformWithLevel(meta: DiagramMeta, lang: Lang): string {
  return t(lang, 'export.platform.withLevel', { platform: platformName(meta, lang), level: levelName(PLATFORM_LEVEL[meta.platform], lang) });
}

/** A zone's printed name: the user's label, else the zone kind's name (cut to a drawable length). */
export function zoneTitle(zone: ZoneNode, catalog: Catalog, lang: Lang): string {
  return drawable(nodeDisplayName(zone, catalog)[lang]);
}

/** What a zone is: its kind (when a label hides it), its CIDR, or its region's name and id. */
export function zoneFacts(zone: ZoneNode, catalog: Catalog, lang: Lang): string[] {
  const facts: string[] = [];
  if (zone.label !== undefined && zone.label.trim() !== '') facts.push(catalog.zone(zone.zone).name[lang]);
  if (zone.props?.cidr !== undefined) facts.push(zone.props.cidr);
  const regionId = zone.props?.regionId;
  if (regionId !== undefined) {
    const region = catalog.region(regionId);
    facts.push(region ? `${region.name[lang]} ${regionId}` : regionId);
  }
  return facts;
}

/** The edition a product node has: its own, else the catalog default; undefined for products without editions. */
export function effectiveEdition(node: ProductNode, product: Product | undefined): string | undefined {
  if (!product?.editions) return undefined;
  return node.props?.edition ?? product.editions.default;
}

export function editionName(product: Product | undefined, edition: string | undefined, lang: Lang): string | undefined {
  if (edition === undefined) return undefined;
  return product?.editions?.list.find((e) => e.id === edition)?.name[lang] ?? edition;
}
