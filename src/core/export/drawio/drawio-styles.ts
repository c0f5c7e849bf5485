/**
 * draw.io styles for zones, products and connections: the same colours, dash patterns and arrowheads
 * as the SVG drawing, written the way diagrams.net writes its own (key=value;…). Labels are plain text
 * (html=0), so a label that looks like markup stays text when the file is opened there.
 */
import type { Catalog } from '../../catalog/types.ts';
import type { EdgeKind, ZoneKind } from '../../model/types.ts';
import { memoByString } from '../../model/memo.ts';
import { darker, tint } from '../scene/colour.ts';
import { EDGE_LOOK, INK, MUTED, PAPER, ZONE_DASH } from '../scene/style.ts';
import { base64Utf8 } from '../text/base64.ts';
import { EDGE_LABEL_SIZE } from './drawio-edges.ts';
import { PRODUCT_TEXT } from './drawio-product-text.ts';

const style = (entries: Record<string, string | number>): string => `${Object.entries(entries).map(([k, v]) => `${k}=${v}`).join(';')};`;

export function zoneStyle(kind: ZoneKind, catalog: Catalog): string {
  const info = catalog.zone(kind);
  const dash = ZONE_DASH[info.dash];
  return style({
    rounded: 1, arcSize: 2, whiteSpace: 'wrap', html: 0, container: 1, collapsible: 0, recursiveResize: 0,
    fillColor: tint(info.color, kind === 'region' || kind === 'vpc' ? 0.03 : 0.06), strokeColor: info.color, strokeWidth: 1.5,
    ...(dash ? { dashed: 1, dashPattern: dash.join(' ') } : {}),
    verticalAlign: 'top', align: 'left', spacingLeft: 10, spacingTop: 4, fontStyle: 1, fontSize: 13, fontColor: darker(info.color),
  });
}

// draw.io's own convention for embedded images in a style: the data URI without ";base64".
const iconImage = memoByString((svg: string) => `data:image/svg+xml,${base64Utf8(svg)}`);

export function productStyle(productId: string, catalog: Catalog, fontSize: number): string {
  const product = catalog.product(productId);
  // Stryker disable next-line StringLiteral: without a product any string that names no category does, '' is just the obvious one
  const color = catalog.category(product?.category ?? '')?.color ?? MUTED;
  const image = product ? iconImage(product.icon) : undefined;
  return style({
    shape: 'label', rounded: 1, arcSize: 10, whiteSpace: 'wrap', html: 0, fillColor: PAPER, strokeColor: color, strokeWidth: 1.3,
    align: 'left', verticalAlign: 'middle', ...PRODUCT_TEXT, fontSize, fontColor: INK,
    ...(image ? { image, imageWidth: 26, imageHeight: 26, imageAlign: 'left', imageVerticalAlign: 'middle' } : {}),
  });
}

const ARROWS: Record<EdgeKind, Record<string, string | number>> = {
  traffic: { endArrow: 'block', endFill: 1 },
  management: { endArrow: 'open', endFill: 0 },
  backup: { endArrow: 'block', endFill: 0 },
  log: { endArrow: 'oval', endFill: 1 },
};

/** Where a line leaves or enters its box, as fractions of the box (draw.io's connection constraint). */
export interface EdgeEnds {
  exitX: number;
  exitY: number;
  entryX: number;
  entryY: number;
}

const fraction = (value: number) => Math.round(value * 10000) / 10000;

/**
 * No edge style: diagrams.net then draws exactly the fixed exit point, the waypoints and the fixed
 * entry point (orthogonalEdgeStyle would treat the points as hints and route its own way). The
 * perimeters are off so the exit and entry points are the ones given, not projections.
 */
export function edgeStyle(kind: EdgeKind, ends: EdgeEnds): string {
  const look = EDGE_LOOK[kind];
  return style({
    edgeStyle: 'none', rounded: 0, html: 0, strokeColor: look.color, strokeWidth: look.width,
    ...(look.dash ? { dashed: 1, dashPattern: look.dash.join(' ') } : {}),
    ...ARROWS[kind], fontSize: EDGE_LABEL_SIZE, fontColor: darker(look.color), labelBackgroundColor: PAPER,
    exitX: fraction(ends.exitX), exitY: fraction(ends.exitY), exitPerimeter: 0,
    entryX: fraction(ends.entryX), entryY: fraction(ends.entryY), entryPerimeter: 0,
  });
}
