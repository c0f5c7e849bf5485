/**
 * The legend: the zone kinds on the sheet (colour and dash pattern), the connection kinds (dash
 * pattern and arrowhead) and the symbols (padlock, quantity, finding badges when marked). Sections
 * flow left to right in columns of at most five entries.
 */
import type { Catalog } from '../../catalog/types.ts';
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import { EDGE_KINDS, type EdgeKind, type ZoneKind } from '../../model/types.ts';
import { edgeLine, padlock } from './edge-shapes.ts';
import { findingBadge } from './findings-marks.ts';
import { translateShapes, type Panel, type Shape } from './shapes.ts';
import { INK, MUTED, RULE_LINE, SIZES, ZONE_DASH } from './style.ts';
import { textWidth } from '../text/measure.ts';

const ROWS = 5;
const ROW = 21;
const SAMPLE = 40;
const PAD = 10;
const TOP = 26;

interface Entry {
  sample: Shape[];
  text: string;
}

export interface LegendContent {
  zones: readonly ZoneKind[];
  edges: readonly EdgeKind[];
  findings: boolean;
}

function zoneEntry(kind: ZoneKind, catalog: Catalog, lang: Lang): Entry {
  const info = catalog.zone(kind);
  const dash = ZONE_DASH[info.dash];
  return {
    sample: [{ kind: 'rect', x: 0, y: -7, width: SAMPLE - 6, height: 14, radius: 2, fill: info.color, fillOpacity: 0.06, stroke: info.color, strokeWidth: 1.4, ...(dash ? { dash } : {}) }],
    text: info.name[lang],
  };
}

function edgeEntry(kind: EdgeKind, lang: Lang): Entry {
  return { sample: edgeLine(kind, [{ x: 0, y: 0 }, { x: SAMPLE - 2, y: 0 }]), text: t(lang, `export.edgeKind.${kind}`) };
}

function symbolEntries(lang: Lang, findings: boolean): Entry[] {
  const entries: Entry[] = [
    { sample: padlock(12, -6, 11, INK), text: t(lang, 'export.symbol.encrypted') },
    { sample: [{ kind: 'text', x: 17, y: 4, text: '×N', size: 10.5, bold: true, color: INK, anchor: 'middle' }], text: t(lang, 'export.symbol.quantity') },
  ];
  if (findings) entries.push({ sample: [...findingBadge(8, 0, { error: 1, warning: 0 }), ...findingBadge(27, 0, { error: 0, warning: 1 })], text: t(lang, 'export.symbol.findings') });
  return entries;
}

export function legendPanel(content: LegendContent, catalog: Catalog, lang: Lang, minHeight = 0): Panel {
  const sections: [string, Entry[]][] = [
    [t(lang, 'export.legend.zones'), content.zones.map((kind) => zoneEntry(kind, catalog, lang))],
    [t(lang, 'export.legend.connections'), (content.edges.length > 0 ? content.edges : EDGE_KINDS).map((kind) => edgeEntry(kind, lang))],
    [t(lang, 'export.legend.symbols'), symbolEntries(lang, content.findings)],
  ];
  const shapes: Shape[] = [{ kind: 'text', x: PAD, y: 18, text: t(lang, 'export.legend.title'), size: SIZES.legendText + 1, bold: true, color: INK, anchor: 'start' }];
  let x = PAD;
  for (const [title, entries] of sections) {
    if (entries.length === 0) continue;
    shapes.push({ kind: 'text', x, y: TOP + 14, text: title, size: SIZES.legendText, bold: true, color: MUTED, anchor: 'start' });
    for (let start = 0; start < entries.length; start += ROWS) {
      const column = entries.slice(start, start + ROWS);
      let width = textWidth(title, SIZES.legendText, true);
      column.forEach((entry, row) => {
        const y = TOP + 20 + ROW * row + ROW / 2;
        shapes.push(...translateShapes(entry.sample, x, y));
        shapes.push({ kind: 'text', x: x + SAMPLE + 6, y: y + SIZES.legendText * 0.36, text: entry.text, size: SIZES.legendText, color: INK, anchor: 'start' });
        width = Math.max(width, SAMPLE + 6 + textWidth(entry.text, SIZES.legendText));
      });
      x += width + 18;
    }
  }
  const height = Math.max(TOP + 20 + ROW * ROWS + 6, minHeight);
  const width = x - 18 + PAD;
  shapes.unshift({ kind: 'rect', x: 0, y: 0, width, height, stroke: RULE_LINE, strokeWidth: 1.4 });
  return { width, height, shapes };
}
