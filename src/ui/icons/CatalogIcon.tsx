import { iconUrl } from './icon-url.ts';

/** A product or zone icon; decorative (the name is always shown beside it). */
export function CatalogIcon({ svg, size = 24 }: { svg: string; size?: number }) {
  return <img className="catalog-icon" src={iconUrl(svg)} width={size} height={size} alt="" draggable={false} />;
}
