/** English messages: the printed drawing (paper choice, drawings spread over several sheets). */
import type { print as zh } from '../zh/print.ts';

export const print: Record<keyof typeof zh, string> = {
  'print.pageMap': 'Page map: this drawing prints on {pages} pages; page 1 is this one, the numbers in the frames are the other pages',
  'print.tileCaption': 'Page {page} of {pages} · row {row}, column {column} · beyond the dashed lines the sheet overlaps its neighbours; trim at the corner marks and join',
  'exportDialog.format.pdf': 'PDF (paper chosen: A3/A2/A1, text at least 6 pt)',
  'exportDialog.format.pdf-a2': 'PDF (A2)',
  'exportDialog.format.pdf-a1': 'PDF (A1)',
};
