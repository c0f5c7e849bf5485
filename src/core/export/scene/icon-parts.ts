/**
 * Catalog icons taken apart for writers that cannot embed SVG (the PDF): each shape element becomes
 * an SVG path string in icon units (0–24) with its resolved paint (inherited from its <g> ancestors,
 * over the root's fill="none") and transform. Icons are a small checked subset of SVG (icon-check.ts):
 * g, path, circle, ellipse, rect, line, polyline, polygon, presentation attributes, no styles.
 */
import { iconBody } from '../../catalog/icon-check.ts';
import { memoByString } from '../../model/memo.ts';

/** An affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface IconPart {
  d: string;
  fill?: string;
  fillOpacity: number;
  stroke?: string;
  strokeWidth: number;
  lineCap: 'butt' | 'round' | 'square';
  lineJoin: 'miter' | 'round' | 'bevel';
  transform: Matrix;
}

interface Paint {
  fill?: string;
  fillOpacity: number;
  stroke?: string;
  strokeWidth: number;
  lineCap: IconPart['lineCap'];
  lineJoin: IconPart['lineJoin'];
  opacity: number;
  transform: Matrix;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function parseTransform(text: string): Matrix {
  let m = IDENTITY;
  for (const [, name, args] of text.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const v = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    let next: Matrix = IDENTITY;
    if (name === 'translate') next = [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0];
    else if (name === 'scale') next = [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0];
    else if (name === 'matrix' && v.length === 6) next = v as unknown as Matrix;
    else if (name === 'rotate') {
      const r = ((v[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [v[1] ?? 0, v[2] ?? 0];
      const rot: Matrix = [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
      next = multiply(multiply([1, 0, 0, 1, cx, cy], rot), [1, 0, 0, 1, -cx, -cy]);
    }
    m = multiply(m, next);
  }
  return m;
}

const n = (attrs: Record<string, string>, key: string) => Number(attrs[key] ?? 0);

function shapePath(name: string, a: Record<string, string>): string | undefined {
  switch (name) {
    case 'path':
      return a.d;
    case 'line':
      return `M ${n(a, 'x1')} ${n(a, 'y1')} L ${n(a, 'x2')} ${n(a, 'y2')}`;
    case 'polyline':
    case 'polygon': {
      const v = (a.points ?? '').split(/[\s,]+/).filter(Boolean);
      const pairs: string[] = [];
      for (let i = 0; i + 1 < v.length; i += 2) pairs.push(`${i === 0 ? 'M' : 'L'} ${v[i]} ${v[i + 1]}`);
      return `${pairs.join(' ')}${name === 'polygon' ? ' Z' : ''}`;
    }
    case 'circle':
    case 'ellipse': {
      const cx = n(a, 'cx');
      const cy = n(a, 'cy');
      const rx = name === 'circle' ? n(a, 'r') : n(a, 'rx');
      const ry = name === 'circle' ? n(a, 'r') : n(a, 'ry');
      return `M ${cx - rx} ${cy} A ${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A ${rx} ${ry} 0 1 0 ${cx - rx} ${cy} Z`;
    }
    case 'rect': {
      const [x, y, w, h] = [n(a, 'x'), n(a, 'y'), n(a, 'width'), n(a, 'height')];
      const rx = Math.min(Number(a.rx ?? a.ry ?? 0), w / 2);
      const ry = Math.min(Number(a.ry ?? a.rx ?? 0), h / 2);
      if (rx <= 0 || ry <= 0) return `M ${x} ${y} L ${x + w} ${y} L ${x + w} ${y + h} L ${x} ${y + h} Z`;
      return `M ${x + rx} ${y} L ${x + w - rx} ${y} A ${rx} ${ry} 0 0 1 ${x + w} ${y + ry} L ${x + w} ${y + h - ry} A ${rx} ${ry} 0 0 1 ${x + w - rx} ${y + h} L ${x + rx} ${y + h} A ${rx} ${ry} 0 0 1 ${x} ${y + h - ry} L ${x} ${y + ry} A ${rx} ${ry} 0 0 1 ${x + rx} ${y} Z`;
    }
    default:
      return undefined;
  }
}

function inherit(parent: Paint, a: Record<string, string>): Paint {
  const paint = { ...parent, transform: a.transform ? multiply(parent.transform, parseTransform(a.transform)) : parent.transform };
  if (a.fill !== undefined) paint.fill = a.fill === 'none' ? undefined : a.fill;
  if (a.stroke !== undefined) paint.stroke = a.stroke === 'none' ? undefined : a.stroke;
  if (a['stroke-width'] !== undefined) paint.strokeWidth = Number(a['stroke-width']);
  if (a['fill-opacity'] !== undefined) paint.fillOpacity = Number(a['fill-opacity']);
  if (a['stroke-linecap'] !== undefined) paint.lineCap = a['stroke-linecap'] as IconPart['lineCap'];
  if (a['stroke-linejoin'] !== undefined) paint.lineJoin = a['stroke-linejoin'] as IconPart['lineJoin'];
  if (a.opacity !== undefined) paint.opacity *= Number(a.opacity);
  return paint;
}

/** The icon's shapes, in painting order (an icon is parsed once). */
export const iconParts = memoByString(parseIconParts);

function parseIconParts(svg: string): IconPart[] {
  const parts: IconPart[] = [];
  const stack: Paint[] = [{ fillOpacity: 1, strokeWidth: 1, lineCap: 'butt', lineJoin: 'miter', opacity: 1, transform: IDENTITY }];
  for (const m of iconBody(svg).matchAll(/<(\/?)([a-z]+)((?:\s+[^\s=>/]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, name = '', attrText = '', selfClosing] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, key, value] of attrText.matchAll(/([^\s=]+)="([^"]*)"/g)) attrs[key!] = value!;
    const paint = inherit(stack[stack.length - 1]!, attrs);
    if (name === 'g') {
      if (!selfClosing) stack.push(paint);
      continue;
    }
    const d = shapePath(name, attrs);
    if (d !== undefined && (paint.fill !== undefined || paint.stroke !== undefined)) {
      parts.push({
        d, ...(paint.fill !== undefined ? { fill: paint.fill } : {}), ...(paint.stroke !== undefined ? { stroke: paint.stroke } : {}),
        fillOpacity: paint.fillOpacity * paint.opacity, strokeWidth: paint.strokeWidth, lineCap: paint.lineCap, lineJoin: paint.lineJoin, transform: paint.transform,
      });
    }
    if (!selfClosing) stack.push(paint);
  }
  return parts;
}
