/**
 * The parts of a drawing spread over several sheets: the page map on the first sheet (the diagram's
 * frames and lines without text, each tile outlined with its page number) and, on each tile, the
 * caption saying which part it is, crop marks at the corners of the printed area and a dashed line
 * where the overlap with each neighbouring sheet begins.
 */
import type { Rect } from '../../geometry/geometry.ts';
import { t } from '../../i18n/translate.ts';
import type { Scene } from './scene.ts';
import { group, polylinePath, type Panel, type Shape } from './shapes.ts';
import { INK, MUTED } from './style.ts';

const TILE_COLOR = '#1c7ed6';

/** Frames and lines only: the map shows where things are, the tiles show what they say. */
function outlines(shapes: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const shape of shapes) {
    if (shape.kind === 'group') out.push({ ...shape, children: outlines(shape.children) });
    else if (shape.kind === 'rect' || shape.kind === 'path') out.push(shape);
  }
  return out;
}

/** The page map in the diagram's own coordinates (drawn where the diagram would be, at `scale`). */
export function pageMapPanel(scene: Scene, tiles: readonly Rect[], scale: number, pageOf: (i: number) => number): Panel {
  const { diagram } = scene;
  const k = 1 / scale;
  const shapes: Shape[] = [...outlines(diagram.shapes)];
  tiles.forEach((tile, i) => {
    shapes.push({ kind: 'rect', ...tile, stroke: TILE_COLOR, strokeWidth: 1.2 * k, dash: [6 * k, 3 * k] });
    shapes.push({ kind: 'text', x: tile.x + tile.width / 2, y: tile.y + tile.height / 2 + 7 * k, text: String(pageOf(i)), size: 20 * k, bold: true, color: TILE_COLOR, anchor: 'middle' });
  });
  const x = diagram.originX ?? 0;
  const y = diagram.originY ?? 0;
  shapes.push({ kind: 'text', x: x + 4 * k, y: y + 12 * k, text: t(scene.lang, 'print.pageMap', { pages: tiles.length + 1 }), size: 10 * k, bold: true, color: INK, anchor: 'start' });
  return { ...diagram, shapes: [group('page-map', shapes)] };
}

/** Caption, crop marks and overlap lines of one tile, in page coordinates. */
export function tileMarksPanel(
  page: { width: number; height: number }, area: Rect, caption: string,
  neighbours: { left: boolean; top: boolean; right: boolean; bottom: boolean }, overlap: number,
): Panel {
  const shapes: Shape[] = [{ kind: 'text', x: area.x, y: area.y - 7, text: caption, size: 9, color: MUTED, anchor: 'start' }];
  const mark = (points: { x: number; y: number }[]) => shapes.push({ kind: 'path', d: polylinePath(points), stroke: INK, strokeWidth: 0.5 });
  const L = 10;
  const G = 3;
  for (const [cx, sx] of [[area.x, -1], [area.x + area.width, 1]] as const) {
    for (const [cy, sy] of [[area.y, -1], [area.y + area.height, 1]] as const) {
      mark([{ x: cx + sx * G, y: cy }, { x: cx + sx * (G + L), y: cy }]);
      mark([{ x: cx, y: cy + sy * G }, { x: cx, y: cy + sy * (G + L) }]);
    }
  }
  const guide = (a: { x: number; y: number }, b: { x: number; y: number }) => shapes.push({ kind: 'path', d: polylinePath([a, b]), stroke: TILE_COLOR, strokeWidth: 0.5, dash: [4, 3] });
  if (neighbours.left) guide({ x: area.x + overlap, y: area.y }, { x: area.x + overlap, y: area.y + area.height });
  if (neighbours.right) guide({ x: area.x + area.width - overlap, y: area.y }, { x: area.x + area.width - overlap, y: area.y + area.height });
  if (neighbours.top) guide({ x: area.x, y: area.y + overlap }, { x: area.x + area.width, y: area.y + overlap });
  if (neighbours.bottom) guide({ x: area.x, y: area.y + area.height - overlap }, { x: area.x + area.width, y: area.y + area.height - overlap });
  return { width: page.width, height: page.height, shapes: [group('tile-marks', shapes)] };
}
