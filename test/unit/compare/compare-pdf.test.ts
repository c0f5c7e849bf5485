/**
 * The compare view's PDF (issue 14): real text (pdftotext reads it back), Chinese in the embedded
 * font, the closed findings with their clauses and the closing sentence, user text as given.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedAndOpened, compareDiagrams, diffSummary } from '../../../src/core/diff/index.ts';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { exportComparePdf } from '../../../src/export/pdf/compare/export-compare-pdf.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';

function load(file: string): Diagram {
  const result = readDiagramBytes(readFileSync(`templates/${file}`), catalog);
  if (!result.ok) throw new Error(file);
  return result.diagram;
}

function pdfFile(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-compare-')), 'compare.pdf');
  writeFileSync(file, pdf);
  return file;
}

const pdfText = (pdf: Uint8Array) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfFile(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('compare PDF', () => {
  it('holds the findings closed with clauses and the summary as real text, CJK font embedded', async () => {
    const l2 = load('l2-small.mlps.json');
    const l3 = load('l3-basic.mlps.json');
    const before = { ...l2, meta: { ...l2.meta, title: '旧系统 <"x">' } };
    const c = compareDiagrams(before, l3, catalog, { level: 3, today: '2026-12-01' });
    const pdf = await exportComparePdf(c, { before, after: l3, files: { before: 'a', after: 'b' } }, catalog, 'zh', loadPdfFont());
    const text = pdfText(pdf);
    expect(text).toContain('旧系统<"x">');
    expect(closedAndOpened(c).closes.length).toBeGreaterThan(0);
    for (const f of c.findings.go) expect(text).toContain(`${f.rule}${f.clause}`.replace(/\s+/g, ''));
    expect(text).toContain(diffSummary(c, 'zh').replace(/\s+/g, ''));
    expect(execFileSync('pdffonts', [pdfFile(pdf)], { encoding: 'utf8' })).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s/m);
  });
});
