/**
 * Breaking text into lines of a given width for the PDF report, with real font metrics passed in.
 * Chinese breaks between any two ideographs, Latin at spaces (and after "/" or "-"); a word longer
 * than the line is broken where it must be; closing punctuation (，。、）…) never starts a line, it
 * hangs at the end of the previous one, as Chinese typesetting does.
 */

const CLOSING = new Set(Array.from('，。、；：？！）》」』】〕…,.;:?!)]}%’”'));
const OPENING = new Set(Array.from('（《「『【〔([{‘“'));

function isWide(ch: string): boolean {
  return ch.codePointAt(0)! >= 0x2e80;
}

/** Whether a line may start at chars[i]. */
function canBreakBefore(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1]!;
  const cur = chars[i]!;
  if (CLOSING.has(cur)) return false;
  if (OPENING.has(prev)) return false;
  if (prev === ' ' || prev === '/' || prev === '-') return cur !== ' ';
  return isWide(cur) || (isWide(prev) && cur !== ' ');
}

export function wrapLines(text: string, maxWidth: number, measure: (ch: string) => number): string[] {
  const chars = Array.from(text);
  const widths = chars.map(measure);
  const lines: string[] = [];
  let start = 0;
  let width = 0;
  let lastBreak = -1;
  for (let i = 0; i < chars.length; i++) {
    if (i > start && canBreakBefore(chars, i)) lastBreak = i;
    if (width + widths[i]! > maxWidth && i > start && !CLOSING.has(chars[i]!)) {
      const cut = lastBreak > start ? lastBreak : i;
      lines.push(chars.slice(start, cut).join('').trimEnd());
      start = cut;
      while (start < i && chars[start] === ' ') start++;
      width = 0;
      lastBreak = -1;
      for (let k = start; k < i; k++) {
        width += widths[k]!;
        if (k > start && canBreakBefore(chars, k)) lastBreak = k;
      }
      if (chars[i] === ' ' && start === i) {
        start = i + 1;
        continue;
      }
    }
    width += widths[i]!;
  }
  const rest = chars.slice(start).join('').trimEnd();
  if (rest !== '' || lines.length === 0) lines.push(rest);
  return lines;
}
