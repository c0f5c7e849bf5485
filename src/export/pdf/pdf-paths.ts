/**
 * The drawing's outlines as PDF path operators, mapped from sheet coordinates (y down) to the page
 * (y up) as they are built. pdf-lib's own route (an SVG path string, parsed, under a translate and a
 * flip) parsed every card's rounded rectangle and every connection again: two thirds of a drawing's
 * painting time. The scene's paths are its own plain subset of SVG (shapes.ts: absolute M, L, C and Z,
 * numbers separated by spaces), read here without pdf-lib's general parser.
 */
import { appendBezierCurve, closePath, lineTo, moveTo, type PDFOperator } from 'pdf-lib';

/** Sheet → page: x' = x0 + k·x, y' = top − k·y (top: the page's height less the sheet's y offset). */
export interface PageMap {
  x0: number;
  top: number;
  k: number;
}

export class ScenePathError extends Error {}

/**
 * Page coordinates to a hundredth of a point (3.5 µm on paper): a mapped coordinate has up to 17
 * digits, and pdf-lib writes them all, which made the file a third larger and slower to compress.
 */
export const pt = (v: number) => Math.round(v * 100) / 100;

/** A scene path (absolute M, L, C, Z) as operators on the page. */
export function scenePath(d: string, map: PageMap): PDFOperator[] {
  const { x0, top, k } = map;
  const X = (v: string) => pt(x0 + k * number(v, d));
  const Y = (v: string) => pt(top - k * number(v, d));
  const tokens = d.split(' ').filter((token) => token !== '');
  const operators: PDFOperator[] = [];
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i++];
    if (command === 'M' || command === 'L') {
      const x = X(tokens[i++]!);
      const y = Y(tokens[i++]!);
      operators.push(command === 'M' ? moveTo(x, y) : lineTo(x, y));
    } else if (command === 'C') {
      const c = [X(tokens[i]!), Y(tokens[i + 1]!), X(tokens[i + 2]!), Y(tokens[i + 3]!), X(tokens[i + 4]!), Y(tokens[i + 5]!)] as const;
      i += 6;
      operators.push(appendBezierCurve(...c));
    } else if (command === 'Z') operators.push(closePath());
    else throw new ScenePathError(`scene path command "${command}" in "${d}" is not one of M, L, C, Z`);
  }
  return operators;
}

function number(token: string | undefined, d: string): number {
  const value = Number(token);
  if (token === undefined || !Number.isFinite(value)) throw new ScenePathError(`scene path "${d}" has "${token ?? ''}" where a number belongs`);
  return value;
}

/** Kappa for a quarter circle drawn as one cubic Bézier (the SVG writer's rounded corners too). */
const KAPPA = 0.5523;

/** A rectangle with corners of radius r (0: square), in sheet units, as operators on the page. */
export function roundedRect(x: number, y: number, w: number, h: number, r: number, map: PageMap): PDFOperator[] {
  const { x0, top, k } = map;
  const X = (v: number) => pt(x0 + k * v);
  const Y = (v: number) => pt(top - k * v);
  if (r <= 0) return [moveTo(X(x), Y(y)), lineTo(X(x + w), Y(y)), lineTo(X(x + w), Y(y + h)), lineTo(X(x), Y(y + h)), closePath()];
  const c = r * (1 - KAPPA);
  return [
    moveTo(X(x + r), Y(y)),
    lineTo(X(x + w - r), Y(y)),
    appendBezierCurve(X(x + w - c), Y(y), X(x + w), Y(y + c), X(x + w), Y(y + r)),
    lineTo(X(x + w), Y(y + h - r)),
    appendBezierCurve(X(x + w), Y(y + h - c), X(x + w - c), Y(y + h), X(x + w - r), Y(y + h)),
    lineTo(X(x + r), Y(y + h)),
    appendBezierCurve(X(x + c), Y(y + h), X(x), Y(y + h - c), X(x), Y(y + h - r)),
    lineTo(X(x), Y(y + r)),
    appendBezierCurve(X(x), Y(y + c), X(x + c), Y(y), X(x + r), Y(y)),
    closePath(),
  ];
}
