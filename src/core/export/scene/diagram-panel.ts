/**
 * The diagram itself: zone frames (outermost first), connection lines, product cards over the lines'
 * ends, then connection labels and finding badges on top, all moved so the drawing starts at the
 * panel's padding.
 */
import type { Catalog } from '../../catalog/types.ts';
import { nodeRect, type Rect } from '../../geometry/geometry.ts';
import { indexOf } from '../../index/diagram-index.ts';
import type { Lang } from '../../model/localized.ts';
import type { Diagram } from '../../model/types.ts';
import type { Marks } from '../../rules/finding-marks.ts';
import { edgeLayer } from './edge-layer.ts';
import { findingBadge } from './findings-marks.ts';
import { productCard } from './product-card.ts';
import type { Drawn } from './select.ts';
import { group, type Panel, type Shape } from './shapes.ts';
import { SIZES } from './style.ts';
import { zoneFrame } from './zone-frame.ts';

export function diagramPanel(doc: Diagram, drawn: Drawn, catalog: Catalog, lang: Lang, marks: ReadonlyMap<string, Marks>): Panel {
  const index = indexOf(doc);
  const rects = new Map<string, Rect>();
  for (const node of drawn.nodes) rects.set(node.id, nodeRect(doc, node.id)!);

  const zones: Shape[] = [];
  const headers: Rect[] = [];
  const products: Shape[] = [];
  const badges: Shape[] = [];
  for (const node of drawn.nodes) {
    const rect = rects.get(node.id)!;
    if (node.kind === 'zone') {
      const frame = zoneFrame(node, rect, catalog, lang);
      zones.push(frame.shape);
      if (frame.header) headers.push(frame.header);
    }
    else products.push(productCard(node, rect, catalog, lang));
    const mark = marks.get(node.id);
    // On a product's top-right corner (free: the quantity sits under the icon); inside a zone's.
    if (mark) badges.push(group('finding', findingBadge(rect.x + rect.width - (node.kind === 'zone' ? 12 : 0), rect.y + (node.kind === 'zone' ? 12 : 0), mark), node.id));
  }
  const edges = edgeLayer(drawn.edges, rects, headers, (id) => index.node(id), marks, lang);

  const bounds = union([...rects.values(), ...edges.extent]);
  const pad = SIZES.diagramPadding;
  if (!bounds) return { width: pad * 2, height: pad * 2, shapes: [] };
  const shapes = [group('zones', zones), group('edges', edges.lines), group('products', products), group('edge-labels', edges.labels), group('findings', badges)];
  return { width: bounds.width + pad * 2, height: bounds.height + pad * 2, shapes, originX: bounds.x - pad, originY: bounds.y - pad };
}

function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
