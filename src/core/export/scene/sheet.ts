/**
 * Where the parts of the drawing go on a sheet. At natural size (SVG) the sheet grows to fit the
 * diagram; on a fixed page (PDF) the heading, legend and title block keep a legible size and the
 * diagram is scaled into the space left, centred, with the legend and title block under it or in a
 * column beside it, whichever leaves the diagram larger (print-plan.ts picks paper and orientation).
 */
import type { Rect } from '../../geometry/geometry.ts';
import type { Scene } from './scene.ts';
import type { Panel } from './shapes.ts';

/** A panel on the sheet: a shape at (sx, sy) of the panel is drawn at (x + sx · scale, y + sy · scale). */
export interface Placement {
  panel: Panel;
  role: 'header' | 'diagram' | 'legend' | 'title-block' | 'page-map' | 'marks';
  x: number;
  y: number;
  scale: number;
  /** Page area outside which nothing of the panel is painted (a tile of a drawing spread over pages). */
  clip?: Rect;
  /**
   * Whether a text whose box on the page is `box` is printed on this page (tiles: each text whole,
   * on the tiles that hold it whole, never cut in half by a sheet's edge); all texts when absent.
   */
  ownsText?: (box: Rect) => boolean;
}

export interface Sheet {
  width: number;
  height: number;
  /** Inset of the thin frame drawn around the sheet. */
  frameInset: number;
  placements: Placement[];
}

const MARGIN = 28;

/** A panel placed with its box's top-left corner at (x, y). */
export function place(panel: Panel, role: Placement['role'], x: number, y: number, scale: number): Placement {
  return { panel, role, x: x - (panel.originX ?? 0) * scale, y: y - (panel.originY ?? 0) * scale, scale };
}
const GAP = 18;

/** The sheet at one unit per canvas pixel: as wide as the widest part. */
export function naturalSheet(scene: Scene): Sheet {
  const { header, diagram, legend, titleBlock } = scene;
  const footerWidth = legend.width + GAP + titleBlock.width;
  const inner = Math.max(header.width, diagram.width, footerWidth);
  const width = inner + MARGIN * 2;
  const diagramY = MARGIN + header.height + 6;
  const footerY = diagramY + diagram.height + GAP;
  const footerHeight = Math.max(legend.height, titleBlock.height);
  return {
    width,
    height: footerY + footerHeight + MARGIN,
    frameInset: 10,
    placements: [
      place(header, 'header', MARGIN, MARGIN, 1),
      place(diagram, 'diagram', MARGIN + (inner - diagram.width) / 2, diagramY, 1),
      place(legend, 'legend', MARGIN, footerY, 1),
      place(titleBlock, 'title-block', width - MARGIN - titleBlock.width, footerY, 1),
    ],
  };
}

/** A sheet on a page of fixed size, and the scale its diagram got (paper points per drawing unit). */
export interface FittedSheet {
  sheet: Sheet;
  diagramScale: number;
}

export const PAGE_MARGIN = 24;

/**
 * The sheet on a page of fixed size (in points): heading, legend and title block at `textScale`, the
 * diagram as large as the space left allows. Two arrangements are tried (legend and title block under
 * the diagram, or in a column at its right) and the one giving the larger diagram is kept, so a wide
 * drawing and a tall one both fill the sheet.
 */
export function fittedSheet(scene: Scene, page: { width: number; height: number }, textScale = 0.66): Sheet {
  return fitSheet(scene, page, textScale).sheet;
}

export function fitSheet(scene: Scene, page: { width: number; height: number }, textScale = 0.66): FittedSheet {
  const below = footerBelow(scene, page, textScale);
  const beside = footerBeside(scene, page, textScale);
  return beside && beside.diagramScale > below.diagramScale ? beside : below;
}

/** At most this many times the canvas size: a small design on a large sheet stays a drawing, not a poster. */
const MAX_SCALE = 2.5;

function headerPlacement(scene: Scene, inner: number, textScale: number): { placement: Placement; bottom: number } {
  const headerScale = Math.min(textScale, inner / scene.header.width);
  return { placement: place(scene.header, 'header', PAGE_MARGIN, PAGE_MARGIN, headerScale), bottom: PAGE_MARGIN + scene.header.height * headerScale + 6 };
}

function diagramIn(scene: Scene, area: Rect): Placement {
  const { diagram } = scene;
  const scale = Math.min(area.width / diagram.width, area.height / diagram.height, MAX_SCALE);
  return place(diagram, 'diagram', area.x + (area.width - diagram.width * scale) / 2, area.y + (area.height - diagram.height * scale) / 2, scale);
}

/** Legend at the left and title block at the right under the diagram (stacked when the page is too narrow for both). */
function footerBelow(scene: Scene, page: { width: number; height: number }, textScale: number): FittedSheet {
  const { legend, titleBlock } = scene;
  const margin = PAGE_MARGIN;
  const inner = page.width - margin * 2;
  const header = headerPlacement(scene, inner, textScale);
  const sideBySide = inner / (legend.width + GAP + titleBlock.width);
  const placements: Placement[] = [header.placement];
  let footerTop: number;
  if (sideBySide >= textScale * 0.83) {
    const fs = Math.min(textScale, sideBySide);
    const footerHeight = Math.max(legend.height, titleBlock.height) * fs;
    footerTop = page.height - margin - footerHeight;
    placements.push(place(legend, 'legend', margin, footerTop, fs), place(titleBlock, 'title-block', page.width - margin - titleBlock.width * fs, footerTop, fs));
  } else {
    const fs = Math.min(textScale, inner / Math.max(legend.width, titleBlock.width));
    const blockTop = page.height - margin - titleBlock.height * fs;
    footerTop = blockTop - GAP * fs - legend.height * fs;
    placements.push(place(legend, 'legend', margin, footerTop, fs), place(titleBlock, 'title-block', page.width - margin - titleBlock.width * fs, blockTop, fs));
  }
  const diagram = diagramIn(scene, { x: margin, y: header.bottom, width: inner, height: footerTop - 10 - header.bottom });
  return { sheet: { width: page.width, height: page.height, frameInset: 10, placements: [header.placement, diagram, ...placements.slice(1)] }, diagramScale: diagram.scale };
}

/** Legend over title block in a column at the right, the diagram beside them from top to bottom. */
function footerBeside(scene: Scene, page: { width: number; height: number }, textScale: number): FittedSheet | undefined {
  const { legend, titleBlock } = scene;
  const margin = PAGE_MARGIN;
  const fs = textScale;
  const column = Math.max(legend.width, titleBlock.width) * fs;
  const stacked = (legend.height + GAP + titleBlock.height) * fs;
  if (column > (page.width - margin * 2) * 0.45 || stacked > page.height - margin * 2) return undefined;
  const left = page.width - margin - column;
  const header = headerPlacement(scene, left - GAP - margin, textScale);
  const blockTop = page.height - margin - titleBlock.height * fs;
  const diagram = diagramIn(scene, { x: margin, y: header.bottom, width: left - GAP - margin, height: page.height - margin - header.bottom });
  return {
    sheet: {
      width: page.width, height: page.height, frameInset: 10,
      placements: [
        header.placement, diagram,
        place(legend, 'legend', left, blockTop - GAP * fs - legend.height * fs, fs),
        place(titleBlock, 'title-block', page.width - margin - titleBlock.width * fs, blockTop, fs),
      ],
    },
    diagramScale: diagram.scale,
  };
}
