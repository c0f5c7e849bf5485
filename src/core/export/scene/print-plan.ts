/**
 * Paper, orientation and scale of the printed drawing. The drawing is printed no smaller than the
 * scale at which its smallest text is 6 pt and product names 7 pt (legibility.ts): on A3 when it fits
 * there, else A2, else A1 (`auto`); on the paper the user asks for when it fits; otherwise spread over
 * several sheets of that paper (tiles that overlap, with crop marks and a caption saying which part
 * each is), the first sheet keeping the heading, legend and title block with a page map of the tiles.
 */
import type { Rect } from '../../geometry/geometry.ts';
import { t } from '../../i18n/translate.ts';
import { legibleScale } from './legibility.ts';
import { pageMapPanel, tileMarksPanel } from './page-map.ts';
import type { Scene } from './scene.ts';
import type { Shape } from './shapes.ts';
import { textWidth } from '../text/measure.ts';
import { fitSheet, PAGE_MARGIN, place, type FittedSheet, type Placement, type Sheet } from './sheet.ts';

export const PAPERS = ['A4', 'A3', 'A2', 'A1'] as const;
export type Paper = (typeof PAPERS)[number];
export type PaperChoice = 'auto' | Paper;
export type Orientation = 'landscape' | 'portrait';

/** Landscape pages in PDF points (1/72 in). */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
  A2: { width: 1683.78, height: 1190.55 },
  A1: { width: 2383.94, height: 1683.78 },
};

/** Heading, legend and title block grow a little with the paper, so they stay in proportion. */
const TEXT_SCALE: Record<Paper, number> = { A4: 0.6, A3: 0.66, A2: 0.8, A1: 0.95 };
/** What auto tries, smallest first. */
const AUTO: readonly Paper[] = ['A3', 'A2', 'A1'];
/** Tiles overlap by at least this much (about 17 mm) for trimming and gluing, more when a label is wider. */
export const TILE_OVERLAP = 48;
const CAPTION = 20;

export interface PrintPlan {
  paper: Paper;
  orientation: Orientation;
  /** Each page's sheet (its width and height are the page's, in points). */
  pages: Sheet[];
  /** The diagram's scale on paper (points per drawing unit) and the smallest that keeps it legible. */
  diagramScale: number;
  legibleScale: number;
  /** Rows and columns of tiles when the diagram is spread over several sheets. */
  tiles?: { rows: number; columns: number };
}

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return orientation === 'landscape' ? { width, height } : { width: height, height: width };
}

/** The better orientation for one sheet: the one that prints the diagram larger. */
function bestSheet(scene: Scene, paper: Paper): FittedSheet & { orientation: Orientation } {
  const landscape = fitSheet(scene, pageSize(paper, 'landscape'), TEXT_SCALE[paper]);
  const portrait = fitSheet(scene, pageSize(paper, 'portrait'), TEXT_SCALE[paper]);
  return portrait.diagramScale > landscape.diagramScale * 1.001 ? { ...portrait, orientation: 'portrait' } : { ...landscape, orientation: 'landscape' };
}

export function planPrint(scene: Scene, choice: PaperChoice): PrintPlan {
  const needed = legibleScale(scene.diagram.shapes);
  const papers = choice === 'auto' ? AUTO : [choice];
  for (const paper of papers) {
    const best = bestSheet(scene, paper);
    if (best.diagramScale >= needed) return { paper, orientation: best.orientation, pages: [best.sheet], diagramScale: best.diagramScale, legibleScale: needed };
  }
  return tiledPlan(scene, papers[papers.length - 1]!, needed);
}

interface Grid {
  orientation: Orientation;
  page: { width: number; height: number };
  area: Rect;
  rows: number;
  columns: number;
  scale: number;
  overlap: number;
}

function widestText(shapes: readonly Shape[]): number {
  let widest = 0;
  for (const shape of shapes) {
    if (shape.kind === 'group') widest = Math.max(widest, widestText(shape.children));
    else if (shape.kind === 'text') widest = Math.max(widest, textWidth(shape.text, shape.size, shape.bold));
  }
  return widest;
}

/** Rows and columns of tiles on one orientation, and the scale that fills them exactly (never below `needed`). */
function grid(scene: Scene, paper: Paper, orientation: Orientation, needed: number): Grid {
  const page = pageSize(paper, orientation);
  const area = { x: PAGE_MARGIN, y: PAGE_MARGIN + CAPTION, width: page.width - PAGE_MARGIN * 2, height: page.height - PAGE_MARGIN * 2 - CAPTION };
  const { width, height } = scene.diagram;
  // Every line of text is narrower than the overlap, so some tile always holds it whole.
  const overlap = Math.min(Math.max(TILE_OVERLAP, widestText(scene.diagram.shapes) * needed * 1.3 + 6), area.width * 0.45, area.height * 0.45);
  const step = { x: area.width - overlap, y: area.height - overlap };
  const columns = Math.max(1, Math.ceil((width * needed - overlap) / step.x));
  const rows = Math.max(1, Math.ceil((height * needed - overlap) / step.y));
  const scale = Math.max(needed, Math.min((columns * step.x + overlap) / width, (rows * step.y + overlap) / height));
  return { orientation, page, area, rows, columns, scale, overlap };
}

function tiledPlan(scene: Scene, paper: Paper, needed: number): PrintPlan {
  const landscape = grid(scene, paper, 'landscape', needed);
  const portrait = grid(scene, paper, 'portrait', needed);
  const g = portrait.rows * portrait.columns < landscape.rows * landscape.columns ? portrait : landscape;
  const { area, rows, columns, scale, page, overlap } = g;
  const step = { x: area.width - overlap, y: area.height - overlap };
  // The diagram centred on the whole grid of tiles, in "grid" coordinates (points from the grid's top-left).
  const gridWidth = columns * step.x + overlap;
  const gridHeight = rows * step.y + overlap;
  const offset = { x: (gridWidth - scene.diagram.width * scale) / 2, y: (gridHeight - scene.diagram.height * scale) / 2 };
  const gridToDiagram = (rect: Rect): Rect => ({
    x: (rect.x - offset.x) / scale + (scene.diagram.originX ?? 0), y: (rect.y - offset.y) / scale + (scene.diagram.originY ?? 0),
    width: rect.width / scale, height: rect.height / scale,
  });
  // A tile that would show nothing of the drawing (a corner of the grid the drawing does not reach)
  // is not printed: every printed sheet carries part of the design.
  const drawn = boxesOf(scene.diagram.shapes);
  const tiles: { window: Rect; row: number; column: number }[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const window = { x: c * step.x, y: r * step.y, width: area.width, height: area.height };
      const seen = gridToDiagram(window);
      if (drawn.some((box) => overlaps(box, seen))) tiles.push({ window, row: r, column: c });
    }
  }
  const windows = tiles.map((tile) => tile.window);

  // Page 1: heading, legend, title block, and the page map where the diagram would be.
  const first = bestSheet(scene, paper);
  const mapAt = first.sheet.placements.find((p) => p.role === 'diagram')!;
  const map = pageMapPanel(scene, windows.map(gridToDiagram), mapAt.scale, (i) => i + 2);
  const cover: Sheet = { ...first.sheet, placements: first.sheet.placements.map((p) => (p.role === 'diagram' ? { ...p, panel: map, role: 'page-map' } : p)) };

  const total = windows.length + 1;
  const pages: Sheet[] = [cover];
  tiles.forEach(({ window: win, row, column }, i) => {
    const clip = { ...area };
    // Grid point (gx, gy) is drawn at (area.x + gx − win.x, area.y + gy − win.y) on this page.
    const dx = area.x - win.x;
    const dy = area.y - win.y;
    const diagram: Placement = {
      ...place(scene.diagram, 'diagram', dx + offset.x, dy + offset.y, scale),
      clip,
      ownsText: (box) => ownsText({ x: box.x - dx, y: box.y - dy, width: box.width, height: box.height }, i, windows),
    };
    const caption = t(scene.lang, 'print.tileCaption', { page: i + 2, pages: total, row: row + 1, column: column + 1 });
    const marks = tileMarksPanel(page, area, caption, { left: column > 0, top: row > 0, right: column < columns - 1, bottom: row < rows - 1 }, overlap);
    pages.push({ width: page.width, height: page.height, frameInset: 10, placements: [diagram, { panel: marks, role: 'marks', x: 0, y: 0, scale: 1 }] });
  });
  return { paper, orientation: g.orientation, pages, diagramScale: scale, legibleScale: needed, tiles: { rows, columns } };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes drawn (products, zones, labels), from the scene's rectangles at any depth. */
function boxesOf(shapes: readonly Shape[]): Rect[] {
  const out: Rect[] = [];
  for (const shape of shapes) {
    if (shape.kind === 'rect') out.push({ x: shape.x, y: shape.y, width: shape.width, height: shape.height });
    else if (shape.kind === 'group') out.push(...boxesOf(shape.children));
  }
  return out;
}

const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/**
 * A text goes on every tile that holds it whole; one that no tile holds whole goes on the tile
 * holding its centre, printed whole over that tile's margin rather than cut.
 */
function ownsText(box: Rect, index: number, windows: readonly Rect[]): boolean {
  if (inside(box, windows[index]!)) return true;
  if (windows.some((w) => inside(box, w))) return false;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const owner = windows.findIndex((w) => cx >= w.x && cy >= w.y && cx < w.x + w.width && cy < w.y + w.height);
  return owner === index || (owner === -1 && index === 0);
}
