/**
 * A filing document (src/core/filing) written as a Word document with the `docx` library, which the
 * app loads only when a DOCX is asked for (like exceljs for XLSX). Layout only: every word comes from
 * the model. The drawing is embedded as the PNG given; with the SVG too, Word shows the vector drawing
 * and keeps the PNG as its fallback (LibreOffice 7.4 shows the PNG).
 */
import {
  AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type ISectionOptions,
} from 'docx';
import type { FilingBlock, FilingDocument } from '../../core/filing/filing-doc.ts';

export interface DocxDrawing {
  png: Uint8Array;
  /** Pixel size of the PNG (its aspect ratio sizes the image on the page). */
  width: number;
  height: number;
  svg?: string;
}

export interface DocxOptions {
  drawing?: DocxDrawing;
  /** "第 {page} 页" with `{page}` where the page number goes. */
  pageLabel: string;
  /** Title shown when the drawing is missing. */
  noDrawing?: string;
}

// Printed sizes: A4 in twentieths of a point; image width in pixels at 96 dpi (docx's unit).
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH_PX = { portrait: 600, landscape: 900 };
/** Room for an image under the page's text width, leaving a line for its caption. */
const TEXT_HEIGHT_PX = { portrait: 860, landscape: 540 };
const FONT = { ascii: 'Arial', eastAsia: 'SimSun', hAnsi: 'Arial', cs: 'Arial' };
const HEADING_FONT = { ascii: 'Arial', eastAsia: 'SimHei', hAnsi: 'Arial', cs: 'Arial' };
const WARN_COLOR = 'C00000';

const cellParagraphs = (text: string, bold: boolean, color?: string) =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18, ...(color ? { color } : {}) })] }));

function table(block: Extract<FilingBlock, { kind: 'table' }>, landscape: boolean): Table {
  const total = (landscape ? A4.height : A4.width) - 2 * MARGIN;
  const weights = block.widths ?? block.header.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const warn = new Set(block.warnRows ?? []);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.header.map((text, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' }, children: cellParagraphs(text, true) })),
      }),
      ...block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: cellParagraphs(text, false, warn.has(r) ? WARN_COLOR : undefined) })),
          }),
      ),
    ],
  });
}

function drawingParagraphs(drawing: DocxDrawing | undefined, caption: string, landscape: boolean, noDrawing: string | undefined): Paragraph[] {
  if (!drawing) return [new Paragraph({ children: [new TextRun({ text: noDrawing ?? '', italics: true })] }), new Paragraph({ alignment: AlignmentType.CENTER, text: caption })];
  const page = landscape ? 'landscape' : 'portrait';
  const scale = Math.min(TEXT_WIDTH_PX[page] / drawing.width, TEXT_HEIGHT_PX[page] / drawing.height);
  const width = Math.max(1, Math.round(drawing.width * scale));
  const height = Math.max(1, Math.round(drawing.height * scale));
  const transformation = { width, height };
  const image = drawing.svg !== undefined
    ? new ImageRun({ type: 'svg', data: new TextEncoder().encode(drawing.svg), transformation, fallback: { type: 'png', data: drawing.png }, altText: { name: caption, description: caption, title: caption } })
    : new ImageRun({ type: 'png', data: drawing.png, transformation, altText: { name: caption, description: caption, title: caption } });
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }), new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: caption, size: 18 })] })];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function writeDocx(model: FilingDocument, options: DocxOptions): Promise<Uint8Array> {
  const { landscape } = model;
  // A portrait document shows the drawing on a landscape page of its own (a section), as large as
  // the page allows; the text around it stays portrait.
  const sections: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  let children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.subtitle })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: model.title, size: 24 })] }),
  ];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun({ text: block.text })] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: block.text, ...(block.emphasis === 'warning' ? { color: WARN_COLOR, bold: true } : block.emphasis === 'note' ? { italics: true, size: 18 } : {}) })] }));
        break;
      case 'list':
        for (const item of block.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item })] }));
        break;
      case 'table':
        children.push(table(block, landscape), new Paragraph({ text: '' }));
        break;
      case 'drawing':
        if (landscape || !options.drawing) children.push(...drawingParagraphs(options.drawing, block.caption, landscape, options.noDrawing));
        else {
          sections.push({ landscape, children });
          sections.push({ landscape: true, children: drawingParagraphs(options.drawing, block.caption, true, options.noDrawing) });
          children = [];
        }
        break;
    }
  }
  if (children.length > 0) sections.push({ landscape, children });
  const [before, after] = options.pageLabel.split('{page}');
  const footer = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before ?? '', PageNumber.CURRENT, after ?? ''], size: 18 })] })] });
  const toSection = (part: (typeof sections)[number]): ISectionOptions => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: { default: footer() },
    children: part.children,
  });
  const document = new Document({
    title: `${model.title} ${model.subtitle}`,
    creator: 'MLPS Designer',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' } },
        heading1: { run: { font: HEADING_FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: HEADING_FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    numbering: { config: [] },
    sections: sections.map(toSection),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
