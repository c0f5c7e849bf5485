/**
 * The drawing as a list of simple shapes in one coordinate system (y down, unit = canvas pixel), built
 * once from the document and painted by both the SVG and the PDF writers, so the two always show the
 * same thing. Only what both can draw exactly: rectangles, paths of M/L/C/Z commands, single-line
 * text with a baseline, and catalog icons. Arrowheads are shapes too, so SVG needs no <defs> or ids.
 */

export type Anchor = 'start' | 'middle' | 'end';

interface Stroked {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  /** Dash pattern in drawing units (on, off, …). */
  dash?: readonly number[];
}

export interface RectShape extends Stroked {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius?: number;
}

export interface PathShape extends Stroked {
  kind: 'path';
  /** Absolute M, L, C and Z commands only, numbers separated by spaces. */
  d: string;
  lineJoin?: 'miter' | 'round';
}

export interface TextShape {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  /** Printable text (see clean-text.ts), already fitted to its space. */
  text: string;
  size: number;
  bold?: boolean;
  color: string;
  anchor: Anchor;
  /** A product's name: printed at 7 pt or more, other text at 6 pt or more (see legibility.ts). */
  name?: boolean;
}

export interface IconShape {
  kind: 'icon';
  x: number;
  y: number;
  size: number;
  /** The catalog icon's full SVG markup (24 × 24, checked by icon-check.ts). */
  svg: string;
}

/** A named group: a node, an edge or a part of the sheet; writers may use the name and id (SVG: class, data-id). */
export interface GroupShape {
  kind: 'group';
  role: string;
  id?: string;
  /**
   * The element's full text, when a line of it had to be wrapped or shortened: SVG writes it as the
   * group's <title>, PDF as invisible (extractable) text, so no fact is lost to the cut.
   */
  title?: string;
  children: Shape[];
}

export type Shape = RectShape | PathShape | TextShape | IconShape | GroupShape;

/**
 * A self-contained part of the sheet (the diagram, the legend, the title block). Its shapes cover the
 * box from (originX, originY), width × height; the diagram keeps the document's coordinates that way.
 */
export interface Panel {
  width: number;
  height: number;
  shapes: Shape[];
  originX?: number;
  originY?: number;
}

export const group = (role: string, children: Shape[], id?: string, title?: string): GroupShape => ({
  kind: 'group', role, ...(id === undefined ? {} : { id }), ...(title === undefined ? {} : { title }), children,
});

/** Move every shape of a list by (dx, dy) (used to place panels; paths are rewritten). */
export function translateShapes(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  return shapes.map((shape) => translateShape(shape, dx, dy));
}

function translateShape(shape: Shape, dx: number, dy: number): Shape {
  switch (shape.kind) {
    case 'group':
      return { ...shape, children: translateShapes(shape.children, dx, dy) };
    case 'path':
      return { ...shape, d: translatePath(shape.d, dx, dy) };
    default:
      return { ...shape, x: shape.x + dx, y: shape.y + dy };
  }
}

/** Paths hold absolute M/L/C/Z only, so every number pair is a point. */
function translatePath(d: string, dx: number, dy: number): string {
  const out: string[] = [];
  let pending: number | undefined;
  for (const token of d.trim().split(/\s+/)) {
    if (/^[MLCZ]$/.test(token)) {
      out.push(token);
      continue;
    }
    const value = Number(token);
    if (pending === undefined) pending = value;
    else {
      out.push(fmt(pending + dx), fmt(value + dy));
      pending = undefined;
    }
  }
  return out.join(' ');
}

export function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A path through points, as M/L commands. */
export function polylinePath(points: readonly { x: number; y: number }[], close = false): string {
  const parts = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${fmt(p.x)} ${fmt(p.y)}`);
  return close ? `${parts.join(' ')} Z` : parts.join(' ');
}
