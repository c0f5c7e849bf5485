/**
 * The PDF painter's own geometry (pdf-paths.ts, pdf-icons.ts): scene paths and rounded rectangles
 * mapped to the page (y up) as they are built, and each catalog icon drawn once per document as a
 * form that every card showing it places.
 */
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFOperator } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/export/scene/scene.ts';
import { planPrint } from '../../../src/core/export/scene/print-plan.ts';
import type { Shape } from '../../../src/core/export/scene/shapes.ts';
import { exportPdf } from '../../../src/export/pdf/export-pdf.ts';
import { roundedRect, scenePath, ScenePathError } from '../../../src/export/pdf/pdf-paths.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';

const text = (operators: PDFOperator[]) => operators.map((op) => op.toString()).join('\n');
// Sheet (x, y) → page (10 + 2x, 500 − 2y).
const map = { x0: 10, top: 500, k: 2 };

describe('scene paths on the page', () => {
  it('maps M, L, C and Z from sheet units (y down) to page points (y up), scaled and moved', () => {
    expect(text(scenePath('M 0 0 L 5 10 C 1 2 3 4 5 6 Z', map))).toBe(['10 500 m', '20 480 l', '12 496 16 492 20 488 c', 'h'].join('\n'));
  });

  it('keeps a hundredth of a point: the file does not carry 17 digits per coordinate', () => {
    expect(text(scenePath('M 0.123456 0.333333', { x0: 0, top: 0, k: 1 }))).toBe('0.12 -0.33 m');
  });

  it('refuses what the scene never writes (an arc, a relative command, a missing number), naming it', () => {
    expect(() => scenePath('M 0 0 A 5 5 0 0 1 10 10', map)).toThrow(ScenePathError);
    expect(() => scenePath('M 0 0 A 5 5 0 0 1 10 10', map)).toThrow(/"A"/);
    expect(() => scenePath('m 0 0', map)).toThrow(/"m"/);
    expect(() => scenePath('M 0', map)).toThrow(/where a number belongs/);
  });

  it('draws a square-cornered rectangle as four lines, a rounded one with a quarter curve at each corner', () => {
    expect(text(roundedRect(0, 0, 10, 5, 0, map))).toBe(['10 500 m', '30 500 l', '30 490 l', '10 490 l', 'h'].join('\n'));
    const rounded = roundedRect(0, 0, 10, 5, 2, map).map((op) => op.toString());
    expect(rounded.filter((op) => op.endsWith(' c'))).toHaveLength(4);
    // Starts after the top-left corner's radius and reaches the top-right corner's curve at the same height.
    expect(rounded.slice(0, 2)).toEqual(['14 500 m', '26 500 l']);
    // The top-right corner's curve ends a radius below the top, on the right edge.
    expect(rounded[2]).toMatch(/ 30 496 c$/);
  });
});

/** Every product card's icon on the drawing's pages, with the page each is on. */
function iconsOnSheets(doc = readFixture('reference-l3')) {
  const plan = planPrint(buildScene(doc, catalog, { lang: 'zh' }), 'A3');
  const found: { page: number; x: number; y: number; size: number; svg: string }[] = [];
  plan.pages.forEach((sheet, page) => {
    for (const placement of sheet.placements) {
      const walk = (shapes: readonly Shape[]) => {
        for (const shape of shapes) {
          if (shape.kind === 'group') walk(shape.children);
          else if (shape.kind === 'icon') found.push({ page, x: placement.x + shape.x * placement.scale, y: placement.y + shape.y * placement.scale, size: shape.size * placement.scale, svg: shape.svg });
        }
      };
      walk(placement.panel.shapes);
    }
  });
  return found;
}

describe('icons in the PDF', () => {
  it('carries each distinct icon once, as a form placed on every card that shows it', async () => {
    const doc = readFixture('reference-l3');
    const icons = iconsOnSheets(doc);
    const distinct = new Set(icons.map((icon) => icon.svg)).size;
    expect(icons.length).toBeGreaterThan(distinct); // the fixture repeats products, or the test proves nothing
    const pdf = await PDFDocument.load(await exportPdf(doc, catalog, { lang: 'zh', paper: 'A3', font: loadPdfFont() }));
    const forms = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'));
    expect(forms).toHaveLength(distinct);
    const placed = pdf.getPages().reduce((count, page) => {
      const contents = page.node.Contents();
      const streams = (contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents]).filter((stream) => stream instanceof PDFRawStream);
      const content = streams.map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode())).join('\n');
      return count + (content.match(/\/Icon-?\d* Do/g) ?? []).length;
    }, 0);
    expect(placed).toBe(icons.length);
  }, 30_000);

  it('draws each icon inside its box on the card, upright (ink in the box on the printed page)', async () => {
    const doc = readFixture('reference-l3');
    const [icon] = iconsOnSheets(doc).filter((found) => found.page === 0);
    expect(icon).toBeDefined();
    const pdf = await exportPdf(doc, catalog, { lang: 'zh', paper: 'A3', font: loadPdfFont() });
    // 72 dpi: one pixel per point; the box's top and bottom halves both hold ink of the icon.
    const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-gray', '-'], { input: pdf, maxBuffer: 64 << 20 });
    const header = ppm.subarray(0, 40).toString('latin1').split(/\s+/);
    const width = Number(header[1]);
    const pixels = ppm.subarray(ppm.length - width * Number(header[2]));
    const inkIn = (top: number, bottom: number) => {
      let ink = 0;
      for (let y = Math.ceil(top); y < Math.floor(bottom); y++) for (let x = Math.ceil(icon!.x); x < Math.floor(icon!.x + icon!.size); x++) if (pixels[y * width + x]! < 200) ink++;
      return ink;
    };
    expect(inkIn(icon!.y, icon!.y + icon!.size / 2)).toBeGreaterThan(0);
    expect(inkIn(icon!.y + icon!.size / 2, icon!.y + icon!.size)).toBeGreaterThan(0);
    // Nothing of it drawn flipped above the card's icon box (the form's y axis turned the wrong way).
    expect(inkIn(icon!.y - icon!.size, icon!.y - 1)).toBeLessThan(inkIn(icon!.y, icon!.y + icon!.size));
  }, 30_000);
});

describe('the drawing font, measured once per label', () => {
  it('gives the widths and encodings pdf-lib computes, at every size, for labels asked for again', async () => {
    const { newPdf } = await import('../../../src/export/pdf/pdf-document.ts');
    const fontBytes = loadPdfFont();
    const { font } = await newPdf(fontBytes);
    const { pdfFontkit } = await import('../../../src/export/pdf/fontkit-adapter.ts');
    const other = await PDFDocument.create();
    other.registerFontkit(pdfFontkit);
    const plain = await other.embedFont(fontBytes, { subset: true });
    for (const label of ['云防火墙', 'Cloud Firewall', '数据区 10.0.3.0/24', '云防火墙']) {
      for (const size of [6, 9.5, 20]) expect(font.widthOfTextAtSize(label, size)).toBeCloseTo(plain.widthOfTextAtSize(label, size), 9);
      expect(font.encodeText(label).toString()).toBe(plain.encodeText(label).toString());
    }
  }, 30_000);
});
