import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoneTitle } from '../../../src/core/export/names.ts';
import { exportPdf, PAPER, type PaperSize } from '../../../src/export/pdf/export-pdf.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';
import { readFixture } from '../../support/export-fixtures.ts';

/** The PDF's text as poppler's pdftotext extracts it (content order), whitespace removed. */
function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-pdf-')), 'out.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } catch (error) {
    throw new Error(`pdftotext (Debian package poppler-utils, installed by .ci/run) is needed for this test: ${String(error)}`);
  }
}

/** Every zone's title and every product's catalog name and label, as drawn. */
function labelsOf(doc: Diagram, lang: 'zh' | 'en'): string[] {
  return doc.nodes.flatMap((node) => (node.kind === 'zone' ? [zoneTitle(node, catalog, lang)] : [catalog.product(node.product)!.name[lang], ...(node.label ? [node.label] : [])]));
}

describe('topology drawing as PDF', () => {
  for (const paper of ['A4', 'A3'] as PaperSize[]) {
    it(`is a landscape ${paper} page whose text holds every zone and product label, Chinese included`, async () => {
      const doc = readFixture('reference-l3');
      const pdf = await exportPdf(doc, catalog, { lang: 'zh', paper, font: loadPdfFont() });
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const label of labelsOf(doc, 'zh')) expect(text, label).toContain(label.replace(/\s+/g, ''));
      for (const expected of ['系统名称', '网上商城系统（等保三级参考架构）', '阿里云公共云（云平台安全保护等级：第三级）', 'HTTPS:443', 'MySQL:3306', '2026-12-01']) {
        expect(text).toContain(expected.replace(/\s+/g, ''));
      }
      const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([Math.round(PAPER[paper].width), Math.round(PAPER[paper].height)]);
      const fonts = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
      // Embedded (emb yes) as a subset (sub yes), named with its subset tag as PDF 32000-1 §9.6.4 asks.
      expect(fonts).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s/m);
      // A subset, not the 10 MB font.
      expect(pdf.length).toBeLessThan(400_000);
    }, 30_000);
  }

  it('tags the font subset from its glyphs: the same drawing the same tag, another drawing another', async () => {
    const tagOf = (pdf: Uint8Array) => /^([A-Z]{6})\+NotoSansSC/m.exec(execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' }))?.[1];
    const doc = readFixture('reference-l3');
    const first = tagOf(await exportPdf(doc, catalog, { lang: 'zh', paper: 'A4', font: loadPdfFont() }));
    const again = tagOf(await exportPdf(doc, catalog, { lang: 'zh', paper: 'A4', font: loadPdfFont() }));
    const other = tagOf(await exportPdf(readFixture('all-fields'), catalog, { lang: 'en', paper: 'A4', font: loadPdfFont() }));
    expect(first).toMatch(/^[A-Z]{6}$/);
    expect(again).toBe(first);
    expect(other).toMatch(/^[A-Z]{6}$/);
    expect(other).not.toBe(first);
  }, 60_000);

  it('writes English labels too (Latin text from the same embedded font)', async () => {
    const doc = readFixture('all-fields');
    const text = pdfText(await exportPdf(doc, catalog, { lang: 'en', paper: 'A4', font: loadPdfFont() }));
    for (const label of labelsOf(doc, 'en')) expect(text, label).toContain(label.replace(/\s+/g, ''));
    expect(text).toContain('Systemname');
  }, 30_000);
});

describe('the PDF font, parsed once per session', () => {
  it('serves every later PDF: each embeds its own subset with the characters it uses', async () => {
    const font = loadPdfFont();
    const { pdfFontkit, preparePdfFont } = await import('../../../src/export/pdf/fontkit-adapter.ts');
    preparePdfFont(font);
    expect(pdfFontkit.create(font)).toBe(pdfFontkit.create(font));
    const base = readFixture('reference-l3');
    const first = await exportPdf({ ...base, meta: { ...base.meta, title: '甲乙系统' } }, catalog, { lang: 'zh', paper: 'A4', font });
    const second = await exportPdf({ ...base, meta: { ...base.meta, title: '丙丁鑫淼系统' } }, catalog, { lang: 'zh', paper: 'A4', font });
    expect(pdfText(first)).toContain('甲乙系统');
    expect(pdfText(second)).toContain('丙丁鑫淼系统');
    expect(pdfText(second)).not.toContain('甲乙');
  }, 30_000);
});
