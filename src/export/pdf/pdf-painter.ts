/**
 * Paints a sheet (the same shapes as the SVG) onto a pdf-lib page. Every label is real text in the
 * embedded CJK font, so the PDF can be searched and its text extracted. Shapes become PDF paths drawn
 * in sheet coordinates (y down) through pdf-lib's SVG-path operator; icons are drawn from their parts
 * with their own transforms; bold is the font's regular weight filled and thinly stroked, since one
 * embedded face keeps the file and the download small.
 */
import {
  LineCapStyle, LineJoinStyle, PDFName, TextRenderingMode, clip, concatTransformationMatrix, drawSvgPath, endPath, popGraphicsState, pushGraphicsState,
  rectangle, setLineCap, setLineJoin, setTextRenderingMode, type PDFFont, type PDFPage,
} from 'pdf-lib';
import { iconParts, multiply, type Matrix } from '../../core/export/scene/icon-parts.ts';
import type { Placement, Sheet } from '../../core/export/scene/sheet.ts';
import type { Shape } from '../../core/export/scene/shapes.ts';
import { RULE_LINE } from '../../core/export/scene/style.ts';
import { colour, drawBoldText } from './pdf-ink.ts';

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  if (r <= 0) return `M ${x} ${y} L ${x + w} ${y} L ${x + w} ${y + h} L ${x} ${y + h} Z`;
  const k = r * 0.4477;
  return [
    `M ${x + r} ${y} L ${x + w - r} ${y} C ${x + w - k} ${y} ${x + w} ${y + k} ${x + w} ${y + r}`,
    `L ${x + w} ${y + h - r} C ${x + w} ${y + h - k} ${x + w - k} ${y + h} ${x + w - r} ${y + h}`,
    `L ${x + r} ${y + h} C ${x + k} ${y + h} ${x} ${y + h - k} ${x} ${y + h - r}`,
    `L ${x} ${y + r} C ${x} ${y + k} ${x + k} ${y} ${x + r} ${y} Z`,
  ].join(' ');
}

export class PdfPainter {
  /** One ExtGState per opacity on the page (pdf-lib's own drawing adds one per call). */
  private readonly alphas = new Map<string, PDFName>();

  constructor(private readonly page: PDFPage, private readonly font: PDFFont) {}

  paintSheet(sheet: Sheet): void {
    const inset = sheet.frameInset;
    this.path(roundedRect(inset, inset, sheet.width - inset * 2, sheet.height - inset * 2, 0), { x: 0, y: 0, scale: 1 }, { stroke: RULE_LINE, strokeWidth: 0.6 });
    for (const placement of sheet.placements) {
      const { clip: area } = placement;
      // A tile: graphics are clipped to its area; texts are not (ownsText keeps each whole, on the right tiles).
      if (area) this.page.pushOperators(pushGraphicsState(), rectangle(area.x, this.page.getHeight() - area.y - area.height, area.width, area.height), clip(), endPath());
      for (const shape of placement.panel.shapes) this.shape(shape, placement);
      if (area) this.page.pushOperators(popGraphicsState());
    }
  }

  private alpha(fill: number, stroke: number): PDFName | undefined {
    if (fill >= 1 && stroke >= 1) return undefined;
    const key = `${fill}/${stroke}`;
    let name = this.alphas.get(key);
    if (!name) {
      name = this.page.node.newExtGState('GS', this.page.doc.context.obj({ Type: 'ExtGState', ca: fill, CA: stroke }));
      this.alphas.set(key, name);
    }
    return name;
  }

  private path(
    d: string, at: Pick<Placement, 'x' | 'y' | 'scale'>,
    paint: { fill?: string; fillOpacity?: number; stroke?: string; strokeWidth?: number; dash?: readonly number[] },
  ): void {
    const state = this.alpha(paint.fill !== undefined ? (paint.fillOpacity ?? 1) : 1, 1);
    this.page.pushOperators(
      ...drawSvgPath(d, {
        x: at.x, y: this.page.getHeight() - at.y, scale: at.scale,
        color: paint.fill !== undefined ? colour(paint.fill) : undefined,
        borderColor: paint.stroke !== undefined ? colour(paint.stroke) : undefined,
        borderWidth: paint.stroke !== undefined ? (paint.strokeWidth ?? 1) : 0,
        ...(paint.dash ? { borderDashArray: [...paint.dash] } : {}),
        ...(state ? { graphicsState: state } : {}),
      }),
    );
  }

  private shape(shape: Shape, at: Placement): void {
    switch (shape.kind) {
      case 'group':
        for (const child of shape.children) this.shape(child, at);
        if (shape.title !== undefined) this.fullText(shape, at);
        return;
      case 'rect':
        this.path(roundedRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0), at, shape);
        return;
      case 'path':
        if (shape.lineJoin === 'round') {
          this.page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
          this.path(shape.d, at, shape);
          this.page.pushOperators(popGraphicsState());
        } else this.path(shape.d, at, shape);
        return;
      case 'text':
        this.text(shape, at);
        return;
      case 'icon':
        this.icon(shape.svg, at.x + shape.x * at.scale, at.y + shape.y * at.scale, (shape.size / 24) * at.scale);
        return;
    }
  }

  /** Where a text goes on the page (x of its start, baseline y in sheet coordinates) and whether this page prints it. */
  private textAt(shape: Extract<Shape, { kind: 'text' }>, at: Placement): { x: number; y: number; size: number } | undefined {
    if (shape.text === '') return undefined;
    const size = shape.size * at.scale;
    const width = this.font.widthOfTextAtSize(shape.text, size);
    const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
    const x = at.x + shape.x * at.scale - shift;
    const baseline = at.y + shape.y * at.scale;
    if (at.ownsText && !at.ownsText({ x, y: baseline - size * 0.9, width, height: size * 1.2 })) return undefined;
    return { x, y: baseline, size };
  }

  private text(shape: Extract<Shape, { kind: 'text' }>, at: Placement): void {
    const where = this.textAt(shape, at);
    if (!where) return;
    const ink = { x: where.x, y: this.page.getHeight() - where.y, size: where.size, font: this.font, color: colour(shape.color) };
    if (shape.bold) drawBoldText(this.page, shape.text, ink);
    else this.page.drawText(shape.text, ink);
  }

  /**
   * The element's full text (a label wrapped or shortened on the drawing) as invisible text over its
   * first line: not seen on paper, but found by search, copy and text extraction, so no fact is lost.
   */
  private fullText(shape: Extract<Shape, { kind: 'group' }>, at: Placement): void {
    const first = firstText(shape.children);
    const where = first && this.textAt(first, at);
    if (!where || shape.title === undefined) return;
    this.page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
    // In lines no wider than the first visible one: the text stays on the page (and on its tile).
    const room = Math.max(this.font.widthOfTextAtSize(first.text, where.size), where.size * 8);
    let line = '';
    let y = where.y;
    const flush = () => {
      this.page.drawText(line, { x: where.x, y: this.page.getHeight() - y, size: where.size, font: this.font });
      y += where.size * 1.15;
      line = '';
    };
    for (const char of shape.title) {
      if (line !== '' && this.font.widthOfTextAtSize(line + char, where.size) > room) flush();
      line += char;
    }
    if (line !== '') flush();
    this.page.pushOperators(popGraphicsState());
  }

  /**
   * An icon's parts at (x, y) on the sheet, `k` sheet units per icon unit. pdf-lib maps a path point p
   * to F(p) = (X + k·p.x, H − Y − k·p.y); a part's own transform T is applied as F∘T∘F⁻¹ around it.
   */
  private icon(svg: string, x: number, y: number, k: number): void {
    const top = this.page.getHeight() - y;
    const f: Matrix = [k, 0, 0, -k, x, top];
    const fInverse: Matrix = [1 / k, 0, 0, -1 / k, -x / k, top / k];
    this.page.pushOperators(pushGraphicsState(), setLineCap(LineCapStyle.Round), setLineJoin(LineJoinStyle.Round));
    for (const part of iconParts(svg)) {
      const t = part.transform;
      const transformed = t[0] !== 1 || t[1] !== 0 || t[2] !== 0 || t[3] !== 1 || t[4] !== 0 || t[5] !== 0;
      if (transformed) this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...multiply(multiply(f, t), fInverse)));
      this.path(part.d, { x, y, scale: k }, {
        ...(part.fill !== undefined ? { fill: part.fill, fillOpacity: part.fillOpacity } : {}),
        ...(part.stroke !== undefined ? { stroke: part.stroke, strokeWidth: part.strokeWidth } : {}),
      });
      if (transformed) this.page.pushOperators(popGraphicsState());
    }
    this.page.pushOperators(popGraphicsState());
  }
}

function firstText(shapes: readonly Shape[]): Extract<Shape, { kind: 'text' }> | undefined {
  for (const shape of shapes) {
    if (shape.kind === 'text' && shape.text !== '') return shape;
    if (shape.kind === 'group') {
      const found = firstText(shape.children);
      if (found) return found;
    }
  }
  return undefined;
}
