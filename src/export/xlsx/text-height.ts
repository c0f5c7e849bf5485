/**
 * How tall a wrapped cell must be. Spreadsheets do not grow a row to fit its wrapped text when the file
 * did not say how tall the row is (LibreOffice keeps one line, Excel only on edit), so the workbook
 * states each row's height, estimated from the text: a column is `width` units wide, a unit being the
 * width of the digit 0 in the default 11 pt font; digits and most Latin letters are at most one unit,
 * spaces, stops and brackets about half, CJK and other full-width characters about two (2.1 in Excel's
 * Calibri with a CJK fallback, less in LibreOffice). The estimate errs towards an extra line, never
 * towards clipping.
 */

/** Points per line of 11 pt text, as LibreOffice and Excel lay it out (CJK fallback fonts included). */
export const LINE_HEIGHT = 15;
/** Room for the cell's own padding, so a full last line is not cut. */
const PADDING = 2;
/** A cell loses about a unit of its width to its margins. */
const CELL_MARGIN = 1;

// Full-width: CJK ideographs and punctuation, kana, Hangul, full-width forms.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

// Narrow Latin characters: spaces, punctuation, brackets, slim letters.
const NARROW = /[\s.,;:!|'"()[\]{}\/\-ijlrtf1]/;

/** The width of one character in column units. */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 2.1;
  return NARROW.test(char) ? 0.62 : 1;
}

/** How many lines `text` takes in a column `width` units wide, breaking at spaces when it can. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - CELL_MARGIN);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    // A Latin word moves whole to the next line; each CJK character may break on its own; spaces hang.
    for (const [, word = '', spaces = ''] of paragraph.matchAll(/([^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFE6]+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFE6]|)(\s*)/gu)) {
      if (word === '' && spaces === '') break;
      const w = textWidth(word);
      if (used > 0 && used + w > room) {
        lines += 1;
        used = 0;
      }
      if (w > room) {
        // A word wider than the column breaks inside itself.
        const extra = Math.ceil(w / room) - 1;
        lines += extra;
        used = w - extra * room;
      } else used += w;
      used += textWidth(spaces);
    }
  }
  return lines;
}

function textWidth(text: string): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return sum;
}

/** The row height (points) that shows every line of the tallest cell of a row. */
export function rowHeight(cells: readonly { text: string; width: number }[], lineHeight = LINE_HEIGHT): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return lines * lineHeight + PADDING;
}
