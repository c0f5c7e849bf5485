/**
 * A .drawio file read back the way diagrams.net reads it, independently of the writer: each cell's
 * absolute box (geometry is relative to the parent cell), each edge's polyline (fixed exit point,
 * waypoints relative to the edge's parent, fixed entry point; edgeStyle=none draws exactly these)
 * and each edge label's box (mxGraphView.getPoint: a relative distance along the line, then the
 * offset; the box measured with the drawing's text metrics).
 */
import { expect } from 'vitest';
import type { Rect } from '../../../src/core/geometry/geometry.ts';
import { textWidth } from '../../../src/core/export/text/measure.ts';
import { elements, parseXml } from '../../support/xml-safety.ts';

export interface Point {
  x: number;
  y: number;
}

export interface DrawioCell {
  id: string;
  parent?: string;
  value: string;
  style: Record<string, string>;
  vertex: boolean;
  edge: boolean;
  source?: string;
  target?: string;
  geometry: Record<string, string>;
  offset?: Point;
  /** The waypoints as written; undefined when the geometry has no `points` array. */
  points?: Point[];
}

export interface DrawioModel {
  cells: Map<string, DrawioCell>;
  /** Absolute box of every vertex. */
  box(id: string): Rect;
  /** The cells holding `id`, innermost first (not the layers). */
  holders(id: string): string[];
  /** The line diagrams.net draws for an edge, in absolute coordinates. */
  polyline(edge: DrawioCell): Point[];
  /** The box of an edge's label (undefined without text). */
  labelBox(edge: DrawioCell): Rect | undefined;
}

const styleOf = (style: string | undefined): Record<string, string> =>
  Object.fromEntries((style ?? '').split(';').filter((s) => s.includes('=')).map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)]));

const pointOf = (attrs: Record<string, string>): Point => ({ x: Number(attrs.x ?? 0), y: Number(attrs.y ?? 0) });

export function readDrawio(xml: string): DrawioModel {
  const cells = new Map<string, DrawioCell>();
  for (const el of elements(parseXml(xml))) {
    if (el.name !== 'mxCell') continue;
    const geometry = [...elements(el.children)].find((g) => g.name === 'mxGeometry');
    const inGeometry = geometry ? [...elements(geometry.children)] : [];
    const array = inGeometry.find((g) => g.name === 'Array' && g.attrs.as === 'points');
    const offset = inGeometry.find((g) => g.name === 'mxPoint' && g.attrs.as === 'offset');
    const a = el.attrs;
    cells.set(a.id!, {
      id: a.id!, ...(a.parent !== undefined ? { parent: a.parent } : {}), value: a.value ?? '', style: styleOf(a.style),
      vertex: a.vertex === '1', edge: a.edge === '1', ...(a.source !== undefined ? { source: a.source } : {}), ...(a.target !== undefined ? { target: a.target } : {}),
      geometry: geometry?.attrs ?? {},
      ...(offset ? { offset: pointOf(offset.attrs) } : {}),
      ...(array ? { points: [...elements(array.children)].filter((p) => p.name === 'mxPoint').map((p) => pointOf(p.attrs)) } : {}),
    });
  }
  const origin = (id: string | undefined): Point => {
    const cell = id === undefined ? undefined : cells.get(id);
    if (!cell?.vertex) return { x: 0, y: 0 };
    const base = origin(cell.parent);
    return { x: base.x + Number(cell.geometry.x ?? 0), y: base.y + Number(cell.geometry.y ?? 0) };
  };
  const box = (id: string): Rect => {
    const cell = cells.get(id)!;
    return { ...origin(id), width: Number(cell.geometry.width), height: Number(cell.geometry.height) };
  };
  const holders = (id: string): string[] => {
    const out: string[] = [];
    for (let at = cells.get(cells.get(id)!.parent ?? ''); at?.vertex; at = cells.get(at.parent ?? '')) out.push(at.id);
    return out;
  };
  const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const polyline = (edge: DrawioCell): Point[] => {
    const s = box(edge.source!);
    const t = box(edge.target!);
    const base = origin(edge.parent);
    const fixed = (r: Rect, fx: string | undefined, fy: string | undefined) => (fx === undefined || fy === undefined ? centre(r) : { x: r.x + Number(fx) * r.width, y: r.y + Number(fy) * r.height });
    return [
      fixed(s, edge.style.exitX, edge.style.exitY),
      ...(edge.points ?? []).map((p) => ({ x: base.x + p.x, y: base.y + p.y })),
      fixed(t, edge.style.entryX, edge.style.entryY),
    ];
  };
  const labelBox = (edge: DrawioCell): Rect | undefined => {
    if (edge.value === '') return undefined;
    const at = labelPoint(polyline(edge), Number(edge.geometry.x ?? 0), edge.offset ?? { x: 0, y: 0 });
    const rows = edge.value.split('\n');
    const size = Number(edge.style.fontSize);
    expect(size, edge.id).toBeGreaterThan(0);
    const width = Math.max(...rows.map((row) => textWidth(row, size))) + 8;
    const height = rows.length * size * 1.2 + 4;
    return { x: at.x - width / 2, y: at.y - height / 2, width, height };
  };
  return { cells, box, holders, polyline, labelBox };
}

/** mxGraphView.getPoint for a relative edge-label geometry with y = 0. */
function labelPoint(points: readonly Point[], gx: number, offset: Point): Point {
  const segments = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = segments.reduce((a, b) => a + b, 0);
  const dist = Math.round((gx / 2 + 0.5) * total);
  let segment = segments[0]!;
  let length = 0;
  let index = 1;
  while (dist >= Math.round(length + segment) && index < points.length - 1) {
    length += segment;
    segment = segments[index++]!;
  }
  const factor = segment === 0 ? 0 : (dist - length) / segment;
  const p0 = points[index - 1]!;
  const pe = points[index]!;
  return { x: p0.x + (pe.x - p0.x) * factor + offset.x, y: p0.y + (pe.y - p0.y) * factor + offset.y };
}
