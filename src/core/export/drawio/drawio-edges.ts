/**
 * Where draw.io draws each connection: the SVG drawing's own routes (same router, same obstacles), so
 * diagrams.net shows our polylines instead of re-routing them through other boxes, and a label box
 * for each, placed the way the SVG places its labels: on a free stretch of the line, clear of
 * products, zone headers, arrowheads and the other labels. All in absolute drawing coordinates; the
 * writer makes them relative to the cells that hold them.
 */
import type { Catalog } from '../../catalog/types.ts';
import { nodeRect, type Rect } from '../../geometry/geometry.ts';
import { indexOf } from '../../index/diagram-index.ts';
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import { isEncrypted } from '../../model/encryption.ts';
import type { Diagram, DiagramEdge } from '../../model/types.ts';
import { edgeLabelLines, pickSpot, routeDrawnEdges } from '../scene/edge-layer.ts';
import type { Point } from '../scene/routing.ts';
import type { Drawn } from '../scene/select.ts';
import { RectGrid } from '../scene/spatial-grid.ts';
import { SIZES } from '../scene/style.ts';
import { zoneFrame } from '../scene/zone-frame.ts';
import { textWidth } from '../text/measure.ts';

/** Edge label type size (as in the SVG) and the box drawn around it (text plus padding). */
export const EDGE_LABEL_SIZE = SIZES.edgeLabel;
const LABEL_LINE = 13;
const LABEL_PAD_X = 4;
const LABEL_PAD_Y = 2;

export interface DrawioEdge {
  edge: DiagramEdge;
  /** The polyline from the source's border to the target's border. */
  points: Point[];
  /** The label's lines (empty when there is none) and its box. */
  rows: string[];
  label?: Rect;
}

/** The box a label of these lines takes, by the drawing's text metrics. */
export function edgeLabelSize(rows: readonly string[]): { width: number; height: number } {
  const width = Math.max(0, ...rows.map((row) => textWidth(row, EDGE_LABEL_SIZE))) + 2 * LABEL_PAD_X;
  return { width, height: rows.length * LABEL_LINE + 2 * LABEL_PAD_Y };
}

/**
 * The label's lines: protocol:port (and backup mode), then the user's label. Encryption is a word,
 * not the 🔒 emoji, which shows as an empty box where no emoji font is installed.
 */
export function drawioEdgeRows(edge: DiagramEdge, encrypted: boolean, lang: Lang): string[] {
  // Stryker disable next-line StringLiteral: edgeLabelLines always returns a first line, so the default is never used
  const [first = '', ...rest] = edgeLabelLines(edge, lang);
  const mark = encrypted ? `[${t(lang, 'a11y.encrypted')}]` : '';
  return [[mark, first].filter((s) => s !== '').join(' '), ...rest].filter((s) => s !== '');
}

export function layoutDrawioEdges(doc: Diagram, drawn: Drawn, catalog: Catalog, lang: Lang): DrawioEdge[] {
  const index = indexOf(doc);
  const rects = new Map<string, Rect>();
  // Stryker disable next-line ArrayDeclaration: a stray non-rectangle in the list has no x, y, width or height, so it overlaps nothing
  const headers: Rect[] = [];
  for (const node of drawn.nodes) {
    const rect = nodeRect(doc, node.id)!;
    rects.set(node.id, rect);
    if (node.kind === 'zone') {
      const header = zoneFrame(node, rect, catalog, lang).header;
      if (header) headers.push(header);
    }
  }
  // Stryker disable next-line OptionalChaining: routing only asks about the drawn nodes' ids, which the index always has
  const { drawn: edges, routes, boxes, obstacles } = routeDrawnEdges(drawn.edges, rects, headers, (id) => index.node(id)?.kind === 'product');
  const placed = new RectGrid();
  return edges.map((edge, i) => {
    const points = routes[i]!;
    const rows = drawioEdgeRows(edge, isEncrypted(edge, index.node(edge.target)), lang);
    if (rows.length === 0) return { edge, points, rows };
    const size = edgeLabelSize(rows);
    const spot = pickSpot(points, size, placed, boxes, obstacles);
    const label = { x: spot.x - size.width / 2, y: spot.y - size.height / 2, ...size };
    placed.add(label);
    return { edge, points, rows, label };
  });
}
