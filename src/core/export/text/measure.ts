/**
 * Text width without a browser: the drawing is laid out in pure code (Node, workers, the CLI), so
 * widths are estimated from the metrics of the font the PDF embeds (Noto Sans SC): printable ASCII
 * from its advance table, CJK and other wide characters one em, Latin letters with accents about 0.6
 * em. Browsers render the SVG with whatever CJK font the reader has; their widths stay within a few
 * per cent of these, which the layout leaves room for.
 */

/** Advance widths of U+0020…U+007E in Noto Sans SC Regular, in thousandths of an em. */
const ASCII_ADVANCE = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555,
  555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742,
  633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564,
  607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
];

/** Fake bold (fill plus a thin stroke) widens glyphs slightly. */
const BOLD_FACTOR = 1.04;

function advance(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return ASCII_ADVANCE[codePoint - 0x20]!;
  if (codePoint < 0x250) return 600;
  return 1000;
}

/** Estimated width of one line of text at a font size, in the same unit as the size. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const char of text) units += advance(char.codePointAt(0)!);
  return (units / 1000) * size * (bold ? BOLD_FACTOR : 1);
}

/** The text cut with "…" so that it fits `maxWidth`; unchanged when it fits. */
export function ellipsize(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const budget = maxWidth - textWidth('…', size, bold);
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = (advance(char.codePointAt(0)!) / 1000) * size * (bold ? BOLD_FACTOR : 1);
    if (used + w > budget) break;
    used += w;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/**
 * The largest size from `size` down to `minSize` (in steps of 0.5) at which the text fits, and the text
 * itself, ellipsized if it still does not fit at the smallest size.
 */
export function fitText(text: string, maxWidth: number, size: number, minSize: number, bold = false): { text: string; size: number } {
  for (let s = size; s >= minSize; s -= 0.5) {
    if (textWidth(text, s, bold) <= maxWidth) return { text, size: s };
  }
  return { text: ellipsize(text, maxWidth, minSize, bold), size: minSize };
}

/**
 * Text broken into at most `maxLines` lines of `maxWidth`, preferring breaks at spaces and before
 * brackets; the last line is ellipsized when the text does not fit.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== '' && lines.length < maxLines - 1 && textWidth(rest, size, bold) > maxWidth) {
    const chars = Array.from(rest);
    let fit = 0;
    let used = 0;
    for (const char of chars) {
      used += textWidth(char, size, bold);
      if (used > maxWidth) break;
      fit++;
    }
    // Break at the last space or opening bracket within the fitting part, if it is not too early.
    let cut = fit;
    for (let i = fit; i > fit / 4; i--) {
      if (chars[i] === ' ' || chars[i] === '（' || chars[i] === '(') {
        cut = i;
        break;
      }
    }
    lines.push(chars.slice(0, Math.max(cut, 1)).join('').trimEnd());
    rest = chars.slice(Math.max(cut, 1)).join('').trimStart();
  }
  if (rest !== '') lines.push(ellipsize(rest, maxWidth, size, bold));
  return lines;
}

/** Text wrapped as `wrapText` does, and whether it had to be shortened (its full text is then needed elsewhere). */
export function wrapLines(text: string, maxWidth: number, size: number, maxLines: number, bold = false): { lines: string[]; cut: boolean } {
  const lines = wrapText(text, maxWidth, size, maxLines, bold);
  const kept = lines.join('').replace(/\s+/g, '');
  return { lines, cut: kept !== text.replace(/\s+/g, '') };
}
