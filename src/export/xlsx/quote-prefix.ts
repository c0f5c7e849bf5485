/**
 * Text that a spreadsheet could take for a formula (=, +, -, @, TAB, CR first) is kept as text by the
 * cell's quote-prefix style (`quotePrefix="1"` on its `<xf>`), the way Excel and LibreOffice mark text
 * typed after an apostrophe: the text itself stays as written, and editing the cell keeps it text.
 * exceljs 4.4.0 has no quotePrefix style, so such cells are given the text number format "@" (which
 * is right for them anyway) and, as the workbook is written, every cell format with that number
 * format gets quotePrefix. The CSV, which has no styles, keeps its leading apostrophe instead.
 */
import type { Cell, Workbook } from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;
/** The built-in number format "@" (text). */
const TEXT_FORMAT_ID = 49;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Marks a cell whose text looks like a formula; `withQuotePrefix` turns the mark into the style. */
export function keepAsText(cell: Cell): void {
  cell.numFmt = '@';
}

/** Adds quotePrefix="1" to the cell formats (cellXfs) with the text number format. */
export function quotePrefixed(stylesXml: string): string {
  return stylesXml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, (cellXfs) =>
    cellXfs.replace(/<xf\b([^>]*?)(\/?)>/g, (xf, attributes: string, close: string) =>
      new RegExp(`\\bnumFmtId="${TEXT_FORMAT_ID}"`).test(attributes) && !/\bquotePrefix=/.test(attributes) ? `<xf${attributes} quotePrefix="1"${close}>` : xf,
    ),
  );
}

interface XlsxWriter {
  addStyles(zip: unknown, model: { styles: { xml?: string } }): Promise<void>;
}

/** Makes the workbook's writer write the quote-prefix style (see above). */
export function withQuotePrefix(workbook: Workbook): void {
  const writer = workbook.xlsx as unknown as XlsxWriter;
  if (typeof writer.addStyles !== 'function') throw new Error('exceljs changed: no addStyles to add the quote-prefix style');
  const addStyles = writer.addStyles.bind(writer);
  writer.addStyles = (zip, model) => {
    const { xml } = model.styles;
    return addStyles(zip, { ...model, styles: { xml: xml === undefined ? xml : quotePrefixed(xml) } });
  };
}
