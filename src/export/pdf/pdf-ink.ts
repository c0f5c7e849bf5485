/**
 * Ink for pdf-lib, shared by the drawing's painter and the report's text flow: `#rrggbb` colours as
 * pdf-lib colours (cached, a page asks for the same few thousands of times), and bold text. One
 * embedded face keeps the file and the download small, so bold is the regular weight filled and
 * thinly outlined in the same colour.
 */
import {
  popGraphicsState, pushGraphicsState, rgb, setLineWidth, setStrokingColor, setTextRenderingMode, TextRenderingMode,
  type PDFPage, type PDFPageDrawTextOptions, type RGB,
} from 'pdf-lib';
import { channels } from '../../core/export/scene/colour.ts';

const colours = new Map<string, RGB>();

export function colour(hex: string): RGB {
  let c = colours.get(hex);
  if (!c) {
    const [r, g, b] = channels(hex);
    c = rgb(r / 255, g / 255, b / 255);
    colours.set(hex, c);
  }
  return c;
}

/** Text in the fake bold: filled and outlined, the outline 3.5 % of the font size. */
export function drawBoldText(page: PDFPage, text: string, options: PDFPageDrawTextOptions & { size: number; color: RGB }): void {
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(options.size * 0.035), setStrokingColor(options.color));
  page.drawText(text, options);
  page.pushOperators(popGraphicsState());
}
