/**
 * Catalog icons as PDF form XObjects: each icon's parts are turned into PDF paths once per document
 * and every card that shows it places that one drawing (`cm` and `Do`), so a drawing of 200 cards
 * parses a dozen icons, not 200, and the file carries each icon's paths once.
 *
 * Inside the form, an icon unit point p is drawn at (p.x, −p.y) (pdf-lib's SVG-path operator flips y);
 * a placement scales by k and moves to the icon's top-left corner on the page, so p lands at
 * (x + k·p.x, top − k·p.y), as the SVG draws it.
 */
import {
  LineCapStyle, LineJoinStyle, PDFName, concatTransformationMatrix, drawSvgPath, popGraphicsState, pushGraphicsState, setLineCap, setLineJoin,
  type PDFDocument, type PDFOperator, type PDFRef,
} from 'pdf-lib';
import { iconParts, multiply, type Matrix } from '../../core/export/scene/icon-parts.ts';
import { colour } from './pdf-ink.ts';

/** The flip between icon units (y down) and the form's space (y up); its own inverse. */
const FLIP: Matrix = [1, 0, 0, -1, 0, 0];
/** Icons are drawn in 0–24; strokes and rounded caps may reach a little past. */
const BOX = [-4, -28, 28, 4];

export class IconForms {
  private readonly forms = new Map<string, PDFRef>();

  constructor(private readonly pdf: PDFDocument) {}

  /** The form XObject that draws this icon (made on first use). */
  form(svg: string): PDFRef {
    let ref = this.forms.get(svg);
    if (!ref) {
      ref = this.make(svg);
      this.forms.set(svg, ref);
    }
    return ref;
  }

  private make(svg: string): PDFRef {
    const context = this.pdf.context;
    const alphas = new Map<number, string>();
    const operators: PDFOperator[] = [setLineCap(LineCapStyle.Round), setLineJoin(LineJoinStyle.Round)];
    for (const part of iconParts(svg)) {
      const t = part.transform;
      const transformed = t[0] !== 1 || t[1] !== 0 || t[2] !== 0 || t[3] !== 1 || t[4] !== 0 || t[5] !== 0;
      if (transformed) operators.push(pushGraphicsState(), concatTransformationMatrix(...multiply(multiply(FLIP, t), FLIP)));
      let state: PDFName | undefined;
      if (part.fill !== undefined && part.fillOpacity < 1) {
        const key = alphas.get(part.fillOpacity) ?? `GS${alphas.size}`;
        alphas.set(part.fillOpacity, key);
        state = PDFName.of(key);
      }
      operators.push(
        ...drawSvgPath(part.d, {
          x: 0, y: 0, scale: 1,
          color: part.fill !== undefined ? colour(part.fill) : undefined,
          borderColor: part.stroke !== undefined ? colour(part.stroke) : undefined,
          borderWidth: part.stroke !== undefined ? part.strokeWidth : 0,
          ...(state ? { graphicsState: state } : {}),
        }),
      );
      if (transformed) operators.push(popGraphicsState());
    }
    const extGStates = Object.fromEntries([...alphas].map(([opacity, key]) => [key, context.obj({ Type: 'ExtGState', ca: opacity, CA: 1 })]));
    const form = context.formXObject(operators, {
      BBox: BOX,
      ...(alphas.size > 0 ? { Resources: { ExtGState: extGStates } } : {}),
    });
    return context.register(form);
  }
}
