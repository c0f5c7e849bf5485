/**
 * A table in the PDF report: fixed column widths, wrapped cells, a shaded header repeated at the top
 * of every page the table continues on, optional group rows (the layers of the control matrix) and
 * per-cell colours (statuses). A row never splits across pages; a row taller than a whole page (only
 * hostile text can make one) is cut with "…" instead of running off the page.
 */
import { PALETTE } from '../../../core/report/palette.ts';
import { PdfFlow } from './pdf-flow.ts';

export interface PdfTableRow {
  cells: string[];
  /** Text colour per cell (statuses); the default ink where undefined. */
  colors?: readonly (string | undefined)[];
}

export interface PdfTable {
  /** Absent: a table without a header row (the title block). */
  header?: string[];
  /** A row, or a group heading spanning all columns. */
  rows: (PdfTableRow | { group: string })[];
  /** Column widths as fractions of the text width. */
  widths: readonly number[];
  /** Columns right-aligned (numbers). */
  numeric?: readonly number[];
  /** Shade the first column (labels of a two-column table). */
  labelColumn?: boolean;
  size?: number;
}

const BORDER = PALETTE.rule;
const HEAD_FILL = PALETTE.shade;
const GROUP_FILL = PALETTE.accentSoft;
const GROUP_INK = PALETTE.accent;
const PAD = 3.5;

export function drawTable(flow: PdfFlow, table: PdfTable): void {
  const size = table.size ?? 8;
  const lineHeight = PdfFlow.lineHeight(size);
  const columns = table.widths.map((w) => w * flow.width);
  const xs = columns.map((_, i) => flow.left + columns.slice(0, i).reduce((a, b) => a + b, 0));
  const wrapCells = (cells: readonly string[]) => cells.map((text, i) => flow.wrap(text, columns[i]! - PAD * 2, size));
  const headerLines = table.header ? wrapCells(table.header) : [];
  const headerHeight = table.header ? Math.max(...headerLines.map((l) => l.length)) * lineHeight + PAD * 2 : 0;
  const maxLines = Math.floor((flow.pageBody - headerHeight - PAD * 2) / lineHeight);

  const drawCells = (lines: string[][], height: number, fill: string | undefined, colors?: readonly (string | undefined)[], bold = false) => {
    lines.forEach((cell, i) => {
      const shade = fill ?? (table.labelColumn && i === 0 ? HEAD_FILL : undefined);
      flow.box(xs[i]!, flow.y, columns[i]!, height, { ...(shade ? { fill: shade } : {}), stroke: BORDER, strokeWidth: 0.5 });
      const right = table.numeric?.includes(i) === true;
      cell.forEach((line, k) => {
        const top = flow.y + PAD + k * lineHeight;
        const style = { size, bold, ...(colors?.[i] ? { color: colors[i] } : {}) };
        if (right) flow.text(line, xs[i]! + columns[i]! - PAD, top, style, 'right');
        else flow.text(line, xs[i]! + PAD, top, style);
      });
    });
    flow.y += height;
  };
  const drawHeader = () => {
    if (table.header) drawCells(headerLines, headerHeight, HEAD_FILL, undefined, true);
  };

  flow.ensure(headerHeight + lineHeight * 2 + PAD * 2);
  drawHeader();
  for (const row of table.rows) {
    if ('group' in row) {
      const height = lineHeight + PAD * 2;
      if (flow.y + height + lineHeight + PAD * 2 > flow.bottom) {
        flow.newPage();
        drawHeader();
      }
      flow.box(flow.left, flow.y, flow.width, height, { fill: GROUP_FILL, stroke: BORDER, strokeWidth: 0.5 });
      flow.text(flow.fit(row.group, flow.width - PAD * 2, size), flow.left + PAD, flow.y + PAD, { size, bold: true, color: GROUP_INK });
      flow.y += height;
      continue;
    }
    const lines = wrapCells(row.cells).map((cell, i) => {
      if (cell.length <= maxLines) return cell;
      const kept = cell.slice(0, maxLines);
      kept[maxLines - 1] = flow.fit(`${kept[maxLines - 1]!}…`, columns[i]! - PAD * 2, size);
      return kept;
    });
    const height = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + PAD * 2;
    if (flow.y + height > flow.bottom) {
      flow.newPage();
      drawHeader();
    }
    drawCells(lines, height, undefined, row.colors);
  }
  flow.space(8);
}
