/**
 * How each sheet prints: A4 landscape, scaled to one page wide (as many pages tall as it needs), the
 * table's header row repeated at the top of every page, narrow margins and centred across the page.
 * Without fitToPage a wide table splits by column onto several pages, and the default Letter portrait
 * makes that worse.
 */
import type { Worksheet } from 'exceljs';

const A4 = 9;

export function printOnePageWide(sheet: Worksheet, headerRow: number | undefined): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Inches. Room for LibreOffice's and Excel's page header and footer, little more.
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
    ...(headerRow === undefined ? {} : { printTitlesRow: `${headerRow}:${headerRow}` }),
  };
}
