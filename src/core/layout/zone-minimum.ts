/**
 * The smallest size a zone is given by the layout: an empty zone keeps the catalog's default size (a
 * blank template still shows roomy zones to drop things into); a zone with contents is at least wide
 * enough for its header on one line (name, kind, CIDR or region), so the layout never squeezes the
 * header text into an ellipsis it could have avoided.
 */
import type { Catalog } from '../catalog/types.ts';
import { zoneFacts, zoneTitle } from '../export/names.ts';
import { SIZES } from '../export/scene/style.ts';
import { textWidth } from '../export/text/measure.ts';
import type { Size, ZoneNode } from '../model/types.ts';

/** A zone with contents is never narrower or lower than this. */
export const MIN_ZONE: Readonly<Size> = Object.freeze({ width: 200, height: 120 });
/** Beyond this the header's facts may go to a second line (the padding leaves room for it). */
const MAX_HEADER_WIDTH = 480;
/** Icon, gaps and margins around the header text, as the exports draw it. */
const HEADER_CHROME = 8 + 16 + 6 + 10 + 12;

export function zoneMinimum(zone: ZoneNode, hasChildren: boolean, catalog: Catalog): Size {
  if (!hasChildren) return catalog.zone(zone.zone).defaultSize;
  // Wide enough in either language the drawing may be exported in.
  const widths = (['zh', 'en'] as const).map(
    (lang) => textWidth(zoneTitle(zone, catalog, lang), SIZES.zoneTitle, true) + textWidth(zoneFacts(zone, catalog, lang).join(' · '), SIZES.zoneSubtitle),
  );
  const header = Math.min(MAX_HEADER_WIDTH, Math.ceil(HEADER_CHROME + Math.max(...widths)));
  return { width: Math.max(MIN_ZONE.width, header), height: MIN_ZONE.height };
}
