/**
 * Text flowing down A4 pages for the PDF report: a cursor that starts a new page when the next thing
 * does not fit, lines wrapped with the embedded font's own metrics, and the few primitives the report
 * needs (text, boxes, rules). Coordinates are top-down from the page's top-left corner, as on screen;
 * pdf-lib's bottom-up y is converted here only. Bold is the regular face filled and thinly stroked,
 * as on the drawing, since one embedded face keeps the file small.
 */
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { PALETTE } from '../../../core/report/palette.ts';
import { PAPER } from '../export-pdf.ts';
import { colour, drawBoldText } from '../pdf-ink.ts';
import { wrapLines } from './line-wrap.ts';

/** The drawing's A4 sheet (landscape) turned upright. */
export const A4_PORTRAIT = { width: PAPER.A4.height, height: PAPER.A4.width };
const MARGIN = { top: 54, right: 48, bottom: 62, left: 48 };

export interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
}

const INK = PALETTE.ink;

export class PdfFlow {
  readonly pages: PDFPage[] = [];
  /** Cursor: the top of the next thing drawn, from the page's top edge. */
  y = MARGIN.top;
  private page!: PDFPage;
  private readonly advance = new Map<string, number>();

  constructor(readonly pdf: PDFDocument, readonly font: PDFFont) {
    this.newPage();
  }

  get left(): number {
    return MARGIN.left;
  }

  get width(): number {
    return A4_PORTRAIT.width - MARGIN.left - MARGIN.right;
  }

  /** Height available on an empty page. */
  get pageBody(): number {
    return A4_PORTRAIT.height - MARGIN.top - MARGIN.bottom;
  }

  get bottom(): number {
    return A4_PORTRAIT.height - MARGIN.bottom;
  }

  newPage(): void {
    this.page = this.pdf.addPage([A4_PORTRAIT.width, A4_PORTRAIT.height]);
    this.pages.push(this.page);
    this.y = MARGIN.top;
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN.top) this.newPage();
  }

  space(height: number): void {
    this.y += height;
  }

  /** Width of a text at a size, from per-character advances (cached: wrapping measures every character). */
  textWidth(text: string, size: number): number {
    let units = 0;
    for (const ch of text) {
      let w = this.advance.get(ch);
      if (w === undefined) {
        w = this.font.widthOfTextAtSize(ch, 1);
        this.advance.set(ch, w);
      }
      units += w;
    }
    return units * size;
  }

  wrap(text: string, width: number, size: number): string[] {
    return wrapLines(text, width, (ch) => this.textWidth(ch, size));
  }

  /** The text cut with "…" to fit `width`. */
  fit(text: string, width: number, size: number): string {
    if (this.textWidth(text, size) <= width) return text;
    let out = '';
    for (const ch of text) {
      if (this.textWidth(`${out}${ch}…`, size) > width) break;
      out += ch;
    }
    return `${out}…`;
  }

  static lineHeight(size: number): number {
    return size * 1.5;
  }

  /** One line of text whose line box starts at `top`; `align` says whether x is its start, end or middle. */
  text(text: string, x: number, top: number, style: TextStyle, align: 'left' | 'right' | 'center' = 'left'): void {
    if (text === '') return;
    const { size } = style;
    const color = colour(style.color ?? INK);
    const baseline = top + size * 1.13;
    const at = align === 'left' ? x : x - this.textWidth(text, size) / (align === 'center' ? 2 : 1);
    const ink = { x: at, y: A4_PORTRAIT.height - baseline, size, font: this.font, color };
    if (style.bold) drawBoldText(this.page, text, ink);
    else this.page.drawText(text, ink);
  }

  box(x: number, top: number, width: number, height: number, paint: { fill?: string; stroke?: string; strokeWidth?: number }): void {
    this.page.drawRectangle({
      x, y: A4_PORTRAIT.height - top - height, width, height,
      ...(paint.fill ? { color: colour(paint.fill) } : {}),
      ...(paint.stroke ? { borderColor: colour(paint.stroke), borderWidth: paint.strokeWidth ?? 0.6 } : {}),
    });
  }

  rule(x1: number, y1: number, x2: number, y2: number, color: string, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y: A4_PORTRAIT.height - y1 }, end: { x: x2, y: A4_PORTRAIT.height - y2 }, thickness, color: colour(color) });
  }

  /**
   * A wrapped paragraph at the cursor, `indent` from the left edge; lines go on to the next page when
   * the page is full. Returns nothing: the cursor ends below it.
   */
  paragraph(text: string, style: TextStyle & { indent?: number; width?: number; after?: number }): void {
    const indent = style.indent ?? 0;
    const width = style.width ?? this.width - indent;
    const height = PdfFlow.lineHeight(style.size);
    for (const line of this.wrap(text, width, style.size)) {
      this.ensure(height);
      this.text(line, this.left + indent, this.y, style);
      this.y += height;
    }
    this.y += style.after ?? 0;
  }
}
