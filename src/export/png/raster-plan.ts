/**
 * How large a PNG of the drawing can be. Browsers refuse canvases beyond a limit, and many do so
 * silently: the canvas stays blank, or `toBlob` gives nothing. Chromium and Firefox stop at 32,767 px
 * per side and Safari at about 268 M pixels (16,384²) on desktop; we keep within 16,384 px per side
 * and 268,435,456 pixels everywhere. A requested scale (2×, 3×) that would exceed them is reduced to
 * the largest that fits, and the caller says so to the user. Pure: unit-tested in Node.
 */

export interface CanvasLimits {
  maxSide: number;
  maxPixels: number;
}

export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxPixels: 268_435_456 };

export interface RasterPlan {
  /** The scale used: the requested one, or less when that would exceed the limits. */
  scale: number;
  requestedScale: number;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  /** Whether the scale had to be reduced. */
  reduced: boolean;
}

/**
 * The plan for a drawing of `width` × `height` (CSS pixels) at `requestedScale`, or undefined when
 * even 1× would not fit (or the size is not a positive finite number).
 */
export function planRaster(width: number, height: number, requestedScale: number, limits: CanvasLimits = CANVAS_LIMITS): RasterPlan | undefined {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) && requestedScale > 0 && Number.isFinite(requestedScale))) return undefined;
  const fit = Math.min(limits.maxSide / width, limits.maxSide / height, Math.sqrt(limits.maxPixels / (width * height)));
  const reduced = fit < requestedScale;
  // A reduced scale is rounded down to hundredths: a number the user can read, and still within limits.
  const scale = reduced ? Math.floor(fit * 100) / 100 : requestedScale;
  if (scale < 1) return undefined;
  const pixelWidth = Math.max(1, Math.floor(width * scale));
  const pixelHeight = Math.max(1, Math.floor(height * scale));
  return { scale, requestedScale, width: pixelWidth, height: pixelHeight, reduced };
}
