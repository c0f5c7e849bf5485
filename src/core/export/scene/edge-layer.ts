/**
 * Every drawn connection: routed between node borders, styled by kind, and labelled. Labels go on the
 * free stretch of their line that overlaps no other label and no node (a coarse grid keeps the search
 * linear for thousands of edges); when none is free, the longest stretch is used.
 */
import type { Rect } from '../../geometry/geometry.ts';
import { t } from '../../i18n/translate.ts';
import type { Lang } from '../../model/localized.ts';
import { isEncrypted } from '../../model/encryption.ts';
import type { DiagramEdge, DiagramNode } from '../../model/types.ts';
import type { Marks } from '../../rules/finding-marks.ts';
import { drawable } from '../text/clean-text.ts';
import { textWidth, wrapLines } from '../text/measure.ts';
import { darker } from './colour.ts';
import { edgeLine, labelSpots, padlock } from './edge-shapes.ts';
import { findingBadge } from './findings-marks.ts';
import { routeEdges, type Point } from './routing.ts';
import { group, type Shape } from './shapes.ts';
import { RectGrid } from './spatial-grid.ts';
import { EDGE_LOOK, INK, PAPER, SIZES } from './style.ts';

const MAX_LABEL_WIDTH = 150;
const LOCK = 9;
const LINE = 13;

export interface EdgeLayer {
  lines: Shape[];
  labels: Shape[];
  /** Everything drawn, for the panel's bounds. */
  extent: Rect[];
}

/** The text lines of a connection's label: "HTTPS:443" (and the backup mode), then the user's label. */
export function edgeLabelLines(edge: DiagramEdge, lang: Lang): string[] {
  const first = [edge.protocol === undefined ? (edge.port === undefined ? '' : `:${edge.port}`) : edge.port === undefined ? edge.protocol : `${edge.protocol}:${edge.port}`];
  if (edge.kind === 'backup') first.push(t(lang, `export.backupMode.${edge.mode ?? 'scheduled'}`));
  const lines = [first.filter((s) => s !== '').join(' ')];
  if (edge.label !== undefined) lines.push(drawable(edge.label));
  return lines;
}

export function edgeLayer(
  edges: readonly DiagramEdge[], rects: ReadonlyMap<string, Rect>, headers: readonly Rect[], nodes: (id: string) => DiagramNode | undefined,
  marks: ReadonlyMap<string, Marks>, lang: Lang,
): EdgeLayer {
  const { drawn, routes, boxes, obstacles: grid } = routeDrawnEdges(edges, rects, headers, (id) => nodes(id)?.kind === 'product');
  // Labels keep clear of each other first, then of products, zone headers and arrowheads.
  const placed = new RectGrid();

  const lines: Shape[] = [];
  const labels: Shape[] = [];
  const extent: Rect[] = [];
  drawn.forEach((edge, i) => {
    const points = routes[i]!;
    lines.push(group('edge', edgeLine(edge.kind, points), edge.id));
    extent.push(boundsOf(points));
    const encrypted = isEncrypted(edge, nodes(edge.target));
    const text = edgeLabelLines(edge, lang);
    const mark = marks.get(edge.id);
    const hasText = text.some((line) => line !== '') || encrypted;
    if (!hasText && !mark) return;
    const label = hasText ? labelBox(text, encrypted, EDGE_LOOK[edge.kind].color) : undefined;
    const size = label ? { width: label.width, height: label.height } : { width: 16, height: 16 };
    const spot = pickSpot(points, size, placed, boxes, grid);
    const box = { x: spot.x - size.width / 2, y: spot.y - size.height / 2, ...size };
    placed.add(box);
    extent.push(box);
    const shapes = label ? label.draw(box.x, box.y) : [];
    // At the label's start: its end is often near the target, whose own badge sits on its corner.
    if (mark) shapes.push(...findingBadge(label ? box.x : spot.x, label ? box.y : spot.y, mark));
    labels.push(group('edge-label', shapes, edge.id, label?.wrapped ? text.filter((line) => line !== '').join(' / ') : undefined));
  });
  return { lines, labels, extent };
}

export interface RoutedEdges {
  /** The edges whose two ends are drawn, in order. */
  drawn: DiagramEdge[];
  /** Their polylines, border to border, in absolute drawing coordinates. */
  routes: Point[][];
  /** The product boxes: a label never sits on one. */
  boxes: RectGrid;
  /** What labels keep clear of where they can: zone headers and the lines' ends (arrowheads). */
  obstacles: RectGrid;
}

/** The routes of the drawn connections, shared by the SVG drawing and the draw.io file (same geometry in both). */
export function routeDrawnEdges(
  edges: readonly DiagramEdge[], rects: ReadonlyMap<string, Rect>, headers: readonly Rect[], isProduct: (id: string) => boolean,
): RoutedEdges {
  const drawn = edges.filter((e) => rects.has(e.source) && rects.has(e.target));
  const productRects = [...rects].filter(([id]) => isProduct(id)).map(([, rect]) => rect);
  const routes = routeEdges(drawn.map((e) => ({ sourceId: e.source, targetId: e.target, source: rects.get(e.source)!, target: rects.get(e.target)! })), productRects, headers);
  const boxes = new RectGrid();
  for (const rect of productRects) boxes.add(rect);
  const obstacles = new RectGrid();
  for (const rect of headers) obstacles.add(rect);
  for (const points of routes) {
    for (const end of [points[0]!, points[points.length - 1]!]) obstacles.add({ x: end.x - 7, y: end.y - 7, width: 14, height: 14 });
  }
  return { drawn, routes, boxes, obstacles };
}

/**
 * The first place on (then beside) the line that is clear of everything; failing that, the one that
 * overlaps no node box and the fewest other labels, then the fewest other things. A label never sits
 * on a node box: when every place near the line does, it moves further off the line until clear.
 */
export function pickSpot(points: readonly Point[], size: { width: number; height: number }, labels: RectGrid, boxes: RectGrid, things: RectGrid): Point {
  const spots = labelSpots(points);
  const candidates: Point[] = spots.map((s) => s.at);
  // Beside the line: above or below a horizontal stretch, left or right of a vertical one, then further off.
  for (const away of [0, 14, 30, 50, 75, 105]) {
    for (const { at, horizontal } of spots) {
      const dx = horizontal ? 0 : size.width / 2 + 3 + away;
      const dy = horizontal ? size.height / 2 + 3 + away : 0;
      candidates.push({ x: at.x - dx, y: at.y - dy }, { x: at.x + dx, y: at.y + dy });
    }
  }
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const [i, p] of candidates.entries()) {
    const box = { x: p.x - size.width / 2, y: p.y - size.height / 2, ...size };
    const cost = boxes.query(box).length * 1e6 + labels.query(box).length * 1000 + things.query(box).length * 10 + i * 0.01;
    if (cost < 1) return p;
    if (cost < bestCost) {
      bestCost = cost;
      best = p;
    }
  }
  return best;
}

function labelBox(lines: string[], encrypted: boolean, color: string) {
  const size = SIZES.edgeLabel;
  // Each line of the label may wrap once; what still does not fit is cut and the full text kept in the title.
  const wrapped = lines.map((line, i) => (line === '' ? { lines: [''], cut: false } : wrapLines(line, MAX_LABEL_WIDTH - (i === 0 && encrypted ? LOCK + 3 : 0), size, 2)));
  const rows = wrapped.flatMap((w) => w.lines).filter((line, i) => line !== '' || i === 0);
  const widths = rows.map((row, i) => textWidth(row, size) + (i === 0 && encrypted ? LOCK + (row === '' ? 0 : 3) : 0));
  const width = Math.max(...widths) + 8;
  const height = rows.length * LINE + 4;
  return {
    width,
    height,
    wrapped: wrapped.some((w) => w.cut || w.lines.length > 1),
    draw(x: number, y: number): Shape[] {
      const shapes: Shape[] = [{ kind: 'rect', x, y, width, height, radius: 3, fill: PAPER, fillOpacity: 0.94 }];
      rows.forEach((row, i) => {
        let left = x + width / 2 - widths[i]! / 2;
        const baseline = y + 2 + LINE * i + 10;
        if (i === 0 && encrypted) {
          shapes.push(...padlock(left, baseline - LOCK + 0.5, LOCK, darker(color)));
          left += LOCK + 3;
        }
        if (row !== '') shapes.push({ kind: 'text', x: left, y: baseline, text: row, size, color: i === 0 ? darker(color) : INK, anchor: 'start' });
      });
      return shapes;
    },
  };
}

function boundsOf(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x: x - 6, y: y - 6, width: Math.max(...xs) - x + 12, height: Math.max(...ys) - y + 12 };
}
