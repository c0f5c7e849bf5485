/**
 * The topology drawing as PNG (2×, 3×), in the browser: our SVG, resized to the target pixel size, is
 * loaded as an <img> from a blob: URL (the CSP allows `img-src blob:`) and drawn onto a canvas, which
 * is encoded as PNG. Before a file is offered it is checked: within canvas limits (else the scale is
 * reduced and the plan says so, or the export is refused), and not blank (a blank first attempt is
 * retried once, then refused). Errors are `PngExportError`s the UI shows as they are. No React.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { SceneOptions } from '../../core/export/scene/scene.ts';
import { exportSvg } from '../../core/export/svg/export-svg.ts';
import type { Diagram } from '../../core/model/types.ts';
import { isBlankImage } from './blank-check.ts';
import { PngExportError } from './png-error.ts';
import { planRaster, type RasterPlan } from './raster-plan.ts';
import { svgSize, withSvgSize } from './svg-size.ts';
import { dpiForScale, withDpi } from './png-dpi.ts';

export interface PngResult {
  bytes: Uint8Array;
  plan: RasterPlan;
}

/** Side of the small copy the blank check reads (reading a 16k canvas whole would cost a gigabyte). */
const PROBE_SIDE = 256;

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new PngExportError('load');
  } finally {
    // The decoded image keeps its pixels; the URL is no longer needed.
    URL.revokeObjectURL(url);
  }
}

function paint(image: HTMLImageElement, plan: RasterPlan): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const context = canvas.getContext('2d');
  // No context for a canvas this large: the browser is out of memory for it.
  if (!context) throw new PngExportError('tooLarge', { width: plan.width, height: plan.height });
  context.drawImage(image, 0, 0, plan.width, plan.height);
  return canvas;
}

function looksBlank(canvas: HTMLCanvasElement): boolean {
  const ratio = Math.min(1, PROBE_SIDE / Math.max(canvas.width, canvas.height));
  const width = Math.max(1, Math.round(canvas.width * ratio));
  const height = Math.max(1, Math.round(canvas.height * ratio));
  const probe = document.createElement('canvas');
  probe.width = width;
  probe.height = height;
  const context = probe.getContext('2d', { willReadFrequently: true });
  if (!context) return true;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(canvas, 0, 0, width, height);
  return isBlankImage(context.getImageData(0, 0, width, height).data, width, height);
}

function encode(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new PngExportError('encode'));
      else blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), () => reject(new PngExportError('encode')));
    }, 'image/png');
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/** An SVG drawing (ours: with width, height and viewBox on its root) as PNG at `requestedScale`. */
export async function svgToPng(svg: string, requestedScale: number): Promise<PngResult> {
  if (typeof document === 'undefined' || typeof Image === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw new PngExportError('unsupported');
  }
  const size = svgSize(svg);
  if (!size) throw new PngExportError('load');
  const plan = planRaster(size.width, size.height, requestedScale);
  if (!plan) throw new PngExportError('tooLarge', { width: Math.ceil(size.width), height: Math.ceil(size.height) });
  const sized = withSvgSize(svg, plan.width, plan.height);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await nextFrame();
    const canvas = paint(await loadImage(sized), plan);
    if (!looksBlank(canvas)) return { bytes: withDpi(await encode(canvas), dpiForScale(plan.scale)), plan };
  }
  throw new PngExportError('blank');
}

export async function exportPng(doc: Diagram, catalog: Catalog, options: SceneOptions & { scale: number }): Promise<PngResult> {
  return svgToPng(exportSvg(doc, catalog, options), options.scale);
}
