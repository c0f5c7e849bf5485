/**
 * What the BOM workbook's XML must say for it to print well and keep formula-looking text as text:
 * every sheet A4 landscape, fit to one page wide (fitToPage in sheetPr — without it spreadsheets
 * ignore fitToWidth), the table header repeated on each page (Print_Titles), and the cells holding
 * `texts` styled quotePrefix with the text itself unchanged (no added apostrophe).
 */
import { expect } from 'vitest';

export function expectPrintableWorkbook(files: Map<string, string>, texts: readonly string[] = []): void {
  const sheets = [...files.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
  expect(sheets).toHaveLength(4);
  for (const name of sheets) {
    const xml = files.get(name)!;
    expect(xml, name).toMatch(/<sheetPr>(?:(?!<\/sheetPr>).)*<pageSetUpPr fitToPage="1"\/>/s);
    const setup = /<pageSetup\b[^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(setup, name).toContain('orientation="landscape"');
    expect(setup, name).toContain('paperSize="9"');
    expect(setup, name).toContain('fitToWidth="1"');
    expect(setup, name).toContain('fitToHeight="0"');
  }
  const workbook = files.get('xl/workbook.xml')!;
  // The product list's header is its row 3 (under the title and the system line); the filing list's
  // row 2 (under its note); the others' row 1.
  expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]*!\$3:\$3<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">[^<]*!\$2:\$2<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="2">[^<]*!\$1:\$1<\/definedName>/);

  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
  const xfs = [...(/<cellXfs\b[^>]*>(.*?)<\/cellXfs>/s.exec(files.get('xl/styles.xml')!)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  for (const text of texts) {
    expect(shared, text).toContain(text);
    expect(shared, text).not.toContain(`'${text}`);
    const index = shared.indexOf(text);
    const cells = sheets.flatMap((name) => [...files.get(name)!.matchAll(/<c r="[A-Z]+\d+"(?: s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/g)]).filter((m) => Number(m[2]) === index);
    expect(cells.length, text).toBeGreaterThan(0);
    for (const cell of cells) expect(xfs[Number(cell[1] ?? 0)], text).toContain('quotePrefix="1"');
  }
}
