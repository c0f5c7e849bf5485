/**
 * The PNG's pixel density (its pHYs chunk), so that image viewers, word processors and printers place
 * it at the drawing's size instead of guessing 72 or 96 dpi. The drawing is measured in CSS pixels
 * (1/96 inch, as the SVG says), so a PNG rendered at `scale` has scale × 96 dots per inch: 192 for 2×,
 * 288 for 3× — the PNG prints exactly as large as the SVG, only sharper. Browsers' canvas encoders
 * write no pHYs; any there is replaced. The chunk goes right after IHDR (it must precede IDAT).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CSS_PX_PER_INCH = 96;
const METRES_PER_INCH = 0.0254;

export function dpiForScale(scale: number): number {
  return scale * CSS_PX_PER_INCH;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The PNG with a pHYs chunk saying `dpi` dots per inch both ways. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const perMetre = Math.round(dpi / METRES_PER_INCH);
  const data = new Uint8Array(9);
  new DataView(data.buffer).setUint32(0, perMetre);
  new DataView(data.buffer).setUint32(4, perMetre);
  data[8] = 1; // unit: the metre
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    if (type === 'IHDR') parts.push(chunk('pHYs', data));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The pHYs density of a PNG in dots per inch (x, y), or undefined without one or in no unit. */
export function readDpi(png: Uint8Array): { x: number; y: number } | undefined {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'pHYs' && png[at + 16] === 1) {
      return { x: Math.round(view.getUint32(at + 8) * METRES_PER_INCH), y: Math.round(view.getUint32(at + 12) * METRES_PER_INCH) };
    }
    if (type === 'IDAT') return undefined;
    at += 12 + length;
  }
  return undefined;
}
