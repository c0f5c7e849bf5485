/**
 * Hostile labels (robustness.md, "Hostile text") exported to every format: the XML formats stay
 * well-formed and inert, spreadsheets neutralise formula starters, Markdown escapes markup, the PDF
 * is written with the drawable part of every label, and file names derived from titles are safe.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bomJson } from '../../../src/core/bom/bom-json.ts';
import { bomTable } from '../../../src/core/bom/bom-table.ts';
import { toCsv } from '../../../src/core/bom/csv.ts';
import { bomMarkdown } from '../../../src/core/bom/markdown.ts';
import { exportDrawio } from '../../../src/core/export/drawio/export-drawio.ts';
import { exportSvg } from '../../../src/core/export/svg/export-svg.ts';
import { safeFileName } from '../../../src/core/model/file-name.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { exportPdf } from '../../../src/export/pdf/export-pdf.ts';
import { exportBomXlsx } from '../../../src/export/xlsx/export-xlsx.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { HOSTILE_STRINGS, hostileDiagram, MEGA_LABEL } from '../../support/hostile.ts';
import { unzip } from '../../support/unzip.ts';
import { expectPrintableWorkbook } from '../../support/xlsx-print.ts';
import { elements, expectInertXml, texts } from '../../support/xml-safety.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('hostile text in every export', () => {
  const doc = hostileDiagram();

  it('SVG: well-formed, inert, labels shown literally, the 1 MB label cut short', () => {
    const started = performance.now();
    const svg = exportSvg(doc, catalog, { lang: 'zh' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(svg.length).toBeLessThan(200_000);
    const parsed = expectInertXml(svg);
    const shown = texts(parsed, 'text').join('\n');
    expect(shown).toContain('<img src=x onerror=alert(1)>');
    expect(shown).toContain('"><svg onload=alert(1)>');
    expect(shown).toContain('堃 𠀀');
    expect(shown).toContain('invoicetxt.exe'); // the bidi override is not printed
    expect(shown).toContain('1MB 长长');
    expect(shown).toMatch(/…/);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\u200B\uFEFF]/);
    expect(texts(parsed, 'title')[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it('draw.io: well-formed, inert, values are plain text', () => {
    const xml = exportDrawio(doc, catalog, { lang: 'zh' });
    const parsed = expectInertXml(xml, ['value']);
    const values = [...elements(parsed)].filter((e) => e.name === 'mxCell').map((e) => e.attrs.value ?? '');
    expect(values.some((v) => v.includes('</text><script>alert(1)</script>'))).toBe(true);
    expect(values.every((v) => v.length < 2000)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('CSV and Markdown: formula starters neutralised, markup escaped', () => {
    const table = bomTable(doc, catalog, 'zh');
    const csv = toCsv(table);
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    expect(csv).toContain(",'-2+3,"); // a spec alone in its cell
    expect(csv).toContain('基础版 / -10'); // not at the start of the cell: harmless
    for (const row of table.rows) for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/[\u0000-\u001F\u202E]/);
    const md = bomMarkdown(doc, catalog, 'zh');
    expect(md).not.toMatch(/<img|<svg|<script/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(JSON.parse(bomJson(doc, catalog, 'zh')).lines.length).toBeGreaterThan(0);
  });

  it('XLSX: no formula anywhere, formula starters kept as text by their style, not by an apostrophe', async () => {
    const bytes = await exportBomXlsx(doc, catalog, { lang: 'zh', check: checkDiagram(doc, catalog) });
    const files = unzip(bytes);
    for (const [name, xml] of files) if (name.endsWith('.xml')) expect(xml, name).not.toMatch(/<f[ >]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    let cells = 0;
    let formulaLooking = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        cells++;
        expect(['string', 'number']).toContain(typeof cell.value);
        if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) formulaLooking++;
      }));
    }
    expect(cells).toBeGreaterThan(50);
    expect(formulaLooking).toBeGreaterThan(0);
    const locations = workbook.getWorksheet('产品清单')!.getColumn(7).values;
    expect(locations).toContain("=cmd|' /C calc'!A0");
    expectPrintableWorkbook(files, ["=cmd|' /C calc'!A0"]);
  });

  it('PDF: written, with the drawable part of the labels as text', async () => {
    const pdf = await exportPdf(doc, catalog, { lang: 'zh', paper: 'A4', font: loadPdfFont() });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(500_000);
  }, 30_000);

  it('file names from hostile titles stay in their folder and keep their extension', () => {
    for (const title of [...HOSTILE_STRINGS, MEGA_LABEL, '../../etc/passwd', 'C:\\Windows\\system32', '...', '', 'CON', 'a/b\\c']) {
      for (const ext of ['.svg', '.pdf', '.drawio', '.csv', '.xlsx', '.md', '.json']) {
        const name = safeFileName(title, ext);
        expect(name.endsWith(ext)).toBe(true);
        expect(name).not.toMatch(/[/\\\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B-\u200F:*?"<>|]/);
        expect(name.startsWith('.')).toBe(false);
        expect(Array.from(name).length).toBeLessThanOrEqual(100);
      }
    }
  });
});
