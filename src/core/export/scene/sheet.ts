/**
 * Where the parts of the drawing go on a sheet. At natural size (SVG) the sheet grows to fit the
 * diagram; on a fixed page (PDF, A4 or A3 landscape) the heading, legend and title block keep a
 * legible size and the diagram is scaled into the space left, centred.
 */
import type { Scene } from './scene.ts';
import type { Panel } from './shapes.ts';

/** A panel on the sheet: a shape at (sx, sy) of the panel is drawn at (x + sx · scale, y + sy · scale). */
export interface Placement {
  panel: Panel;
  role: 'header' | 'diagram' | 'legend' | 'title-block';
  x: number;
  y: number;
  scale: number;
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
function place(panel: Panel, role: Placement['role'], x: number, y: number, scale: number): Placement {
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

/** The sheet on a page of fixed size (in points): heading and footer at `textScale`, the diagram fitted. */
export function fittedSheet(scene: Scene, page: { width: number; height: number }, textScale = 0.66): Sheet {
  const { header, diagram, legend, titleBlock } = scene;
  const margin = 24;
  const inner = page.width - margin * 2;
  const footerScale = Math.min(textScale, inner / (legend.width + GAP + titleBlock.width));
  const footerHeight = Math.max(legend.height, titleBlock.height) * footerScale;
  const headerScale = Math.min(textScale, inner / header.width);
  const top = margin + header.height * headerScale + 6;
  const bottom = page.height - margin - footerHeight - 10;
  const scale = Math.min(inner / diagram.width, (bottom - top) / diagram.height, 1.25);
  return {
    width: page.width,
    height: page.height,
    frameInset: 10,
    placements: [
      place(header, 'header', margin, margin, headerScale),
      place(diagram, 'diagram', margin + (inner - diagram.width * scale) / 2, top + (bottom - top - diagram.height * scale) / 2, scale),
      place(legend, 'legend', margin, page.height - margin - footerHeight, footerScale),
      place(titleBlock, 'title-block', page.width - margin - titleBlock.width * footerScale, page.height - margin - footerHeight, footerScale),
    ],
  };
}
