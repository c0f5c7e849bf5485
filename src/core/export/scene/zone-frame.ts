/**
 * A zone as a labelled frame: the catalog's colour and dash pattern for its kind (readable in
 * greyscale), a faint tint of the same colour, and a header with the kind's icon, the zone's name and
 * what it is (kind, CIDR or region).
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Rect } from '../../geometry/geometry.ts';
import type { Lang } from '../../model/localized.ts';
import type { ZoneNode } from '../../model/types.ts';
import { zoneFacts, zoneTitle } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { ellipsize, textWidth } from '../text/measure.ts';
import { darker } from './colour.ts';
import { group, type Shape } from './shapes.ts';
import { MUTED, SIZES, ZONE_DASH } from './style.ts';

const ICON = 16;
const PAD = 8;

export interface ZoneFrame {
  shape: Shape;
  /** Where the header's text is: connection lines and labels keep clear of it. */
  header?: Rect;
}

export function zoneFrame(zone: ZoneNode, rect: Rect, catalog: Catalog, lang: Lang): ZoneFrame {
  const info = catalog.zone(zone.zone);
  const outer = zone.zone === 'region' || zone.zone === 'vpc';
  const dash = ZONE_DASH[info.dash];
  const shapes: Shape[] = [
    {
      kind: 'rect', x: rect.x, y: rect.y, width: rect.width, height: rect.height, radius: outer ? 6 : 4,
      fill: info.color, fillOpacity: outer ? 0.025 : 0.05, stroke: info.color, strokeWidth: outer ? 1.8 : 1.4, ...(dash ? { dash } : {}),
    },
  ];

  const textX = rect.x + PAD + ICON + 6;
  const room = rect.x + rect.width - PAD - textX;
  let headerRight = textX;
  let headerBottom = rect.y + 26;
  if (room > 20) {
    shapes.push({ kind: 'icon', x: rect.x + PAD, y: rect.y + 8, size: ICON, svg: info.icon });
    const title = ellipsize(drawable(zoneTitle(zone, catalog, lang)), room, SIZES.zoneTitle, true);
    shapes.push({ kind: 'text', x: textX, y: rect.y + 21, text: title, size: SIZES.zoneTitle, bold: true, color: info.color === '#adb5bd' ? MUTED : darker(info.color), anchor: 'start' });
    headerRight = textX + textWidth(title, SIZES.zoneTitle, true);
    const facts = drawable(zoneFacts(zone, catalog, lang).join(' · '));
    if (facts !== '') {
      // Facts go beside the title when they fit there, else on a second line.
      const besideX = textX + textWidth(title, SIZES.zoneTitle, true) + 10;
      const besideRoom = rect.x + rect.width - PAD - besideX;
      if (textWidth(facts, SIZES.zoneSubtitle) <= besideRoom) {
        shapes.push({ kind: 'text', x: besideX, y: rect.y + 21, text: facts, size: SIZES.zoneSubtitle, color: MUTED, anchor: 'start' });
        headerRight = besideX + textWidth(facts, SIZES.zoneSubtitle);
      } else {
        const second = ellipsize(facts, room, SIZES.zoneSubtitle);
        shapes.push({ kind: 'text', x: textX, y: rect.y + 35, text: second, size: SIZES.zoneSubtitle, color: MUTED, anchor: 'start' });
        headerRight = Math.max(headerRight, textX + textWidth(second, SIZES.zoneSubtitle));
        headerBottom = rect.y + 39;
      }
    }
  }
  const header = room > 20 ? { x: rect.x + 4, y: rect.y + 4, width: headerRight - rect.x, height: headerBottom - rect.y - 4 } : undefined;
  return { shape: group('zone', shapes, zone.id), ...(header ? { header } : {}) };
}
