/**
 * The drawing's SVG as PNG in Node (CLI, tests), for the 说明 DOCX: resvg with the PDF's own CJK font
 * (Noto Sans SC from node_modules), so the picture's Chinese text renders without any system font.
 * LibreOffice 7.4 shows only the PNG of an SVG image in a DOCX, so the PNG is what most readers see.
 */
import { createRequire } from 'node:module';
import { PDF_FONT_MODULE } from './pdf-font-fs.ts';

/** Pixels per SVG unit: the drawing's units are CSS pixels, so 2 gives a print-sharp 192 dpi picture. */
const SCALE = 2;

export async function svgToPngNode(svg: string): Promise<{ png: Uint8Array; width: number; height: number }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fontFile = createRequire(import.meta.url).resolve(PDF_FONT_MODULE);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
  }).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
