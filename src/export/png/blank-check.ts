/**
 * Whether a rendered image is blank: every pixel transparent, or every pixel the same colour. A
 * drawing always has ink on its paper (frame, title, zones), so a blank result means the browser did
 * not paint the SVG (a known first-attempt failure of SVG images drawn to a canvas). Works on any
 * RGBA array (ImageData's `data`), so it is unit-tested in Node; the caller checks a small copy of
 * the canvas, scaled down with smoothing so that thin lines still show as grey.
 */

/** Channel differences up to this are noise from smoothing, not ink. */
const TOLERANCE = 3;

export function isBlankImage(rgba: ArrayLike<number>, width: number, height: number): boolean {
  const pixels = Math.min(width * height, Math.floor(rgba.length / 4));
  if (pixels === 0) return true;
  const r = rgba[0]!;
  const g = rgba[1]!;
  const b = rgba[2]!;
  const a = rgba[3]!;
  for (let i = 0; i < pixels * 4; i += 4) {
    if (
      Math.abs(rgba[i]! - r) > TOLERANCE || Math.abs(rgba[i + 1]! - g) > TOLERANCE ||
      Math.abs(rgba[i + 2]! - b) > TOLERANCE || Math.abs(rgba[i + 3]! - a) > TOLERANCE
    ) {
      return false;
    }
  }
  return true;
}
