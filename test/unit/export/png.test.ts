/**
 * The PNG export's logic that needs no browser: how large the canvas may be (scale reduced, or the
 * export refused, beyond browser limits), blank detection on RGBA pixels, reading and setting the
 * SVG's size, and the typed errors in both languages. The rasterization itself runs in Chromium
 * (Playwright); in Node the export says it is unsupported.
 */
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/core/export/svg/export-svg.ts';
import { buildExportFile } from '../../../src/export/export-file.ts';
import { isBlankImage } from '../../../src/export/png/blank-check.ts';
import { dpiForScale, readDpi, withDpi } from '../../../src/export/png/png-dpi.ts';
import { PngExportError } from '../../../src/export/png/png-error.ts';
import { CANVAS_LIMITS, planRaster } from '../../../src/export/png/raster-plan.ts';
import { svgSize, withSvgSize } from '../../../src/export/png/svg-size.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';

function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 4);
  return data;
}

describe('PNG size within browser canvas limits', () => {
  it('keeps the requested scale when it fits', () => {
    expect(planRaster(1784, 1284, 2)).toEqual({ scale: 2, requestedScale: 2, width: 3568, height: 2568, reduced: false });
    expect(planRaster(1784.4, 1284.6, 3)).toEqual({ scale: 3, requestedScale: 3, width: 5353, height: 3853, reduced: false });
  });

  it('reduces the scale to fit the longest side, and says so', () => {
    const plan = planRaster(9000, 3000, 3)!;
    expect(plan.reduced).toBe(true);
    expect(plan.scale).toBe(1.82);
    expect(plan.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(plan.height).toBe(Math.floor(3000 * 1.82));
  });

  it('reduces the scale to fit the pixel count', () => {
    const limits = { maxSide: 32_767, maxPixels: 16_777_216 }; // e.g. iOS Safari
    const plan = planRaster(4000, 3000, 2, limits)!;
    expect(plan.reduced).toBe(true);
    expect(plan.width * plan.height).toBeLessThanOrEqual(limits.maxPixels);
    expect(plan.scale).toBe(1.18);
  });

  it('refuses what does not fit even at 1×, and sizes that are no sizes', () => {
    expect(planRaster(20_000, 500, 2)).toBeUndefined();
    expect(planRaster(0, 500, 2)).toBeUndefined();
    expect(planRaster(Number.NaN, 500, 2)).toBeUndefined();
    expect(planRaster(500, Number.POSITIVE_INFINITY, 2)).toBeUndefined();
    expect(planRaster(500, 500, 0)).toBeUndefined();
  });
});

describe('blank detection', () => {
  it('calls all-transparent and single-colour images blank', () => {
    expect(isBlankImage(image(16, 8, () => [0, 0, 0, 0]), 16, 8)).toBe(true);
    expect(isBlankImage(image(16, 8, () => [255, 255, 255, 255]), 16, 8)).toBe(true);
    expect(isBlankImage(image(16, 8, (x) => [255 - (x % 2), 255, 255, 255]), 16, 8)).toBe(true); // smoothing noise
    expect(isBlankImage(new Uint8ClampedArray(0), 0, 0)).toBe(true);
  });

  it('finds ink anywhere, even one grey pixel in the last corner', () => {
    expect(isBlankImage(image(16, 8, (x, y) => (x === 15 && y === 7 ? [200, 200, 200, 255] : [255, 255, 255, 255])), 16, 8)).toBe(false);
    expect(isBlankImage(image(16, 8, (x) => (x < 8 ? [255, 255, 255, 255] : [0, 0, 0, 0])), 16, 8)).toBe(false);
  });
});

describe('the SVG’s size', () => {
  const svg = exportSvg(readFixture('reference-l3'), catalog, { lang: 'zh' });

  it('is read from the root and replaced without touching the viewBox or the content', () => {
    const size = svgSize(svg)!;
    expect(size.width).toBeGreaterThan(500);
    const resized = withSvgSize(svg, size.width * 2, size.height * 2);
    expect(svgSize(resized)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(resized.match(/viewBox="[^"]*"/)![0]).toBe(svg.match(/viewBox="[^"]*"/)![0]);
    expect(resized.slice(resized.indexOf('<title>'))).toBe(svg.slice(svg.indexOf('<title>')));
    // Only the root's attributes change, not a rect's width further down.
    expect(resized.length - svg.length).toBeLessThan(12);
  });

  it('is undefined for something that is not our SVG', () => {
    expect(svgSize('<html></html>')).toBeUndefined();
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>')).toBeUndefined();
    expect(svgSize('<svg width="-4" height="10">')).toBeUndefined();
  });
});

describe('PNG errors', () => {
  it('are typed and worded in both languages', () => {
    const error = new PngExportError('tooLarge', { width: 40000, height: 20000 });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('tooLarge');
    expect(error.describe('zh')).toContain('40000 × 20000 像素');
    expect(error.describe('en')).toContain('40000 × 20000 pixels');
    for (const code of ['blank', 'load', 'encode', 'unsupported'] as const) {
      expect(new PngExportError(code).describe('zh')).not.toMatch(/\{|png\./);
      expect(new PngExportError(code).describe('en')).not.toMatch(/\{|png\./);
    }
  });

  it('say PNG is unsupported where there is no browser canvas', async () => {
    const attempt = buildExportFile('png2x', readFixture('all-fields'), catalog, { lang: 'zh' });
    await expect(attempt).rejects.toBeInstanceOf(PngExportError);
    await expect(attempt).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('PNG pixel density (pHYs)', () => {
  /** A 1×1 grey PNG as a canvas encoder writes it: IHDR, IDAT, IEND, no pHYs. */
  function tinyPng(): Uint8Array {
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(crc32(body), 8 + data.length);
      return out;
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 128]))), chunk('IEND', Buffer.alloc(0))]));
  }

  function chunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
    const buf = Buffer.from(png);
    const out = [];
    for (let at = 8; at < buf.length; ) {
      const length = buf.readUInt32BE(at);
      out.push({ type: buf.toString('latin1', at + 4, at + 8), crcOk: crc32(buf.subarray(at + 4, at + 8 + length)) === buf.readUInt32BE(at + 8 + length) });
      at += 12 + length;
    }
    return out;
  }

  it('is the scale × 96 dpi (the drawing is in CSS pixels), written after IHDR with a valid CRC', () => {
    expect([dpiForScale(2), dpiForScale(3)]).toEqual([192, 288]);
    const png = tinyPng();
    expect(readDpi(png)).toBeUndefined();
    const dense = withDpi(png, 192);
    expect(readDpi(dense)).toEqual({ x: 192, y: 192 });
    expect(chunks(dense)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
    // Written again, the density is replaced, not doubled.
    expect(chunks(withDpi(dense, 288)).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(readDpi(withDpi(dense, 288))).toEqual({ x: 288, y: 288 });
  });
});
