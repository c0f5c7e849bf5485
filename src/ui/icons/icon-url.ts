/**
 * Catalog icons as image URLs. The markup is the catalog's own (checked on load to be inert shapes
 * only) and is shown through <img>, which never runs anything inside an SVG.
 */
const cache = new Map<string, string>();

export function iconUrl(svg: string): string {
  let url = cache.get(svg);
  if (url === undefined) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    cache.set(svg, url);
  }
  return url;
}
