/**
 * Paints a sheet (the same shapes as the SVG) onto a pdf-lib page. Every label is real text in the
 * embedded CJK font, so the PDF can be searched and its text extracted. Shapes become PDF paths built
 * straight in page coordinates (pdf-paths.ts); each icon is drawn once per document as a form and
 * placed on every card that shows it (pdf-icons.ts); bold is the font's regular weight filled and
 * thinly stroked, since one embedded face keeps the file and the download small.
 */
import {
  LineJoinStyle, PDFName, TextRenderingMode, clip, concatTransformationMatrix, drawObject, endPath, fill, fillAndStroke, popGraphicsState, pushGraphicsState,
  rectangle, setDashPattern, setFillingColor, setGraphicsState, setLineJoin, setLineWidth, setStrokingColor, setTextRenderingMode, stroke,
  type PDFFont, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import type { Placement, Sheet } from '../../core/export/scene/sheet.ts';
import type { Shape } from '../../core/export/scene/shapes.ts';
import { RULE_LINE } from '../../core/export/scene/style.ts';
import type { IconForms } from './pdf-icons.ts';
import { colour, drawBoldText } from './pdf-ink.ts';
import { roundedRect, scenePath, type PageMap } from './pdf-paths.ts';

interface Paint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  dash?: readonly number[];
}

export class PdfPainter {
  /** One ExtGState per opacity on the page (pdf-lib's own drawing adds one per call). */
  private readonly alphas = new Map<string, PDFName>();
  /** The page's name of each icon form placed on it. */
  private readonly iconNames = new Map<string, PDFName>();
  /** Read once: pdf-lib looks the height up through the page tree on every call. */
  private readonly height: number;

  constructor(private readonly page: PDFPage, private readonly font: PDFFont, private readonly icons: IconForms) {
    this.height = page.getHeight();
  }

  paintSheet(sheet: Sheet): void {
    const inset = sheet.frameInset;
    this.outline(roundedRect(inset, inset, sheet.width - inset * 2, sheet.height - inset * 2, 0, this.map({ x: 0, y: 0, scale: 1 })), 1, { stroke: RULE_LINE, strokeWidth: 0.6 });
    for (const placement of sheet.placements) {
      const { clip: area } = placement;
      // A tile: graphics are clipped to its area; texts are not (ownsText keeps each whole, on the right tiles).
      if (area) this.page.pushOperators(pushGraphicsState(), rectangle(area.x, this.height - area.y - area.height, area.width, area.height), clip(), endPath());
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

  private map(at: Pick<Placement, 'x' | 'y' | 'scale'>): PageMap {
    return { x0: at.x, top: this.height - at.y, k: at.scale };
  }

  /**
   * A path (its operators already in page coordinates) filled and/or stroked in its own graphics
   * state. Widths and dashes are in sheet units, scaled as the path's points were (k).
   */
  private outline(path: PDFOperator[], k: number, paint: Paint): void {
    const filled = paint.fill !== undefined;
    const width = paint.stroke !== undefined ? (paint.strokeWidth ?? 1) * k : 0;
    const state = this.alpha(filled ? (paint.fillOpacity ?? 1) : 1, 1);
    const operators: PDFOperator[] = [pushGraphicsState()];
    if (state) operators.push(setGraphicsState(state));
    if (filled) operators.push(setFillingColor(colour(paint.fill!)));
    if (width > 0) {
      operators.push(setStrokingColor(colour(paint.stroke!)), setLineWidth(width));
      if (paint.dash) operators.push(setDashPattern(paint.dash.map((length) => length * k), 0));
    }
    operators.push(...path, filled && width > 0 ? fillAndStroke() : filled ? fill() : width > 0 ? stroke() : endPath(), popGraphicsState());
    this.page.pushOperators(...operators);
  }

  private shape(shape: Shape, at: Placement): void {
    switch (shape.kind) {
      case 'group':
        for (const child of shape.children) this.shape(child, at);
        if (shape.title !== undefined) this.fullText(shape, at);
        return;
      case 'rect':
        this.outline(roundedRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0, this.map(at)), at.scale, shape);
        return;
      case 'path':
        if (shape.lineJoin === 'round') {
          this.page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
          this.outline(scenePath(shape.d, this.map(at)), at.scale, shape);
          this.page.pushOperators(popGraphicsState());
        } else this.outline(scenePath(shape.d, this.map(at)), at.scale, shape);
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
    const ink = { x: where.x, y: this.height - where.y, size: where.size, font: this.font, color: colour(shape.color) };
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
      this.page.drawText(line, { x: where.x, y: this.height - y, size: where.size, font: this.font });
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

  /** An icon at (x, y) on the sheet, `k` sheet units per icon unit: its form, scaled and moved there. */
  private icon(svg: string, x: number, y: number, k: number): void {
    let name = this.iconNames.get(svg);
    if (!name) {
      name = this.page.node.newXObject('Icon', this.icons.form(svg));
      this.iconNames.set(svg, name);
    }
    this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(k, 0, 0, k, x, this.height - y), drawObject(name), popGraphicsState());
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
