/**
 * A zone as a labelled frame: the catalog's colour and dash pattern for its kind (readable in
 * greyscale), a faint tint of the same colour, and a header with the kind's icon, the zone's name and
 * what it is (kind, CIDR or region), on more lines when the frame is narrow (the header band grows
 * on the drawing; the document is not changed).
 */
import type { Catalog } from '../../catalog/types.ts';
import type { Rect } from '../../geometry/geometry.ts';
import type { Lang } from '../../model/localized.ts';
import type { ZoneNode } from '../../model/types.ts';
import { zoneFacts, zoneTitle } from '../names.ts';
import { drawable } from '../text/clean-text.ts';
import { textWidth, wrapLines } from '../text/measure.ts';
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
  let title: string | undefined;
  if (room > 20) {
    shapes.push({ kind: 'icon', x: rect.x + PAD, y: rect.y + 8, size: ICON, svg: info.icon });
    const fullTitle = drawable(zoneTitle(zone, catalog, lang));
    const facts = drawable(zoneFacts(zone, catalog, lang).join(' · '));
    const color = info.color === '#adb5bd' ? MUTED : darker(info.color);
    // The header band grows on the drawing only (two lines of title, two of facts) rather than cut a name.
    const titleLines = wrapLines(fullTitle, room, SIZES.zoneTitle, 2, true);
    let baseline = rect.y + 21;
    titleLines.lines.forEach((line, i) => {
      if (i > 0) baseline += 16;
      shapes.push({ kind: 'text', x: textX, y: baseline, text: line, size: SIZES.zoneTitle, bold: true, color, anchor: 'start' });
      headerRight = Math.max(headerRight, textX + textWidth(line, SIZES.zoneTitle, true));
    });
    headerBottom = baseline + 5;
    let cut = titleLines.cut || titleLines.lines.length > 1;
    if (facts !== '') {
      const last = titleLines.lines[titleLines.lines.length - 1]!;
      // Facts go beside the title when they fit there, else on the lines below.
      const besideX = textX + textWidth(last, SIZES.zoneTitle, true) + 10;
      const besideRoom = rect.x + rect.width - PAD - besideX;
      if (textWidth(facts, SIZES.zoneSubtitle) <= besideRoom) {
        shapes.push({ kind: 'text', x: besideX, y: baseline, text: facts, size: SIZES.zoneSubtitle, color: MUTED, anchor: 'start' });
        headerRight = Math.max(headerRight, besideX + textWidth(facts, SIZES.zoneSubtitle));
      } else {
        const factLines = wrapLines(facts, room, SIZES.zoneSubtitle, 2);
        cut ||= factLines.cut || factLines.lines.length > 1;
        for (const line of factLines.lines) {
          baseline += 14;
          shapes.push({ kind: 'text', x: textX, y: baseline, text: line, size: SIZES.zoneSubtitle, color: MUTED, anchor: 'start' });
          headerRight = Math.max(headerRight, textX + textWidth(line, SIZES.zoneSubtitle));
        }
        headerBottom = baseline + 4;
      }
    }
    if (cut) title = [fullTitle, facts].filter((s) => s !== '').join(' · ');
  } else {
    // Too narrow for a header: the name and facts are still in the file.
    title = [drawable(zoneTitle(zone, catalog, lang)), drawable(zoneFacts(zone, catalog, lang).join(' · '))].filter((s) => s !== '').join(' · ');
  }
  const header = room > 20 ? { x: rect.x + 4, y: rect.y + 4, width: headerRight - rect.x, height: headerBottom - rect.y - 4 } : undefined;
  return { shape: group('zone', shapes, zone.id, title), ...(header ? { header } : {}) };
}
