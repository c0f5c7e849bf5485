/**
 * Issue 11 items 1, 2 and 5: the PDF drawing as a filing office prints it. Text is measured the way a
 * reader meets it, in the PDF itself: poppler's `pdftotext -bbox` gives every word's box on the page
 * in points. The box of a word is taller than its type (the font's ascender to descender), so the
 * font size is the box height divided by that ratio, measured once on a PDF with text of a known size
 * drawn by the same writer and font. Every word must be at least 6 pt (box and type), and product
 * names at least 7 pt type; nothing the design says (names, labels, editions, zone names and facts,
 * each connection's protocol, port and label) may be missing from the text layer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../../bench/generate-diagram.ts';
import { editionName, effectiveEdition, zoneFacts, zoneTitle } from '../../../src/core/export/names.ts';
import { planPrint } from '../../../src/core/export/scene/print-plan.ts';
import { buildScene } from '../../../src/core/export/scene/scene.ts';
import type { Shape } from '../../../src/core/export/scene/shapes.ts';
import { exportSvg } from '../../../src/core/export/svg/export-svg.ts';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { exportPdf, type PdfOptions } from '../../../src/export/pdf/export-pdf.ts';
import { newPdf } from '../../../src/export/pdf/pdf-document.ts';
import { exportReportPdf } from '../../../src/export/pdf/report/export-report-pdf.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { loadPdfFont } from '../../../src/node/pdf-font-fs.ts';
import { catalog } from '../../support/catalog.ts';

const DESIGNS = ['templates/l2-small', 'templates/l3-basic', 'templates/l3-enhanced', 'templates/l4-finance', 'templates/blank-zones', 'test/fixtures/designs/basic-l3'];

function readDesign(path: string): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(`${path}.mlps.json`)), catalog);
  if (!result.ok) throw new Error(`${path} does not read`);
  return result.diagram;
}

function tempPdf(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-print-')), 'out.pdf');
  writeFileSync(file, pdf);
  return file;
}

interface Word {
  page: number;
  text: string;
  height: number;
}

/** Every word of every page with its box height in points (pdftotext -bbox, poppler-utils). */
function words(pdf: Uint8Array): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', tempPdf(pdf), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, height: Number(m[2]) - Number(m[1]), text: m[3]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
    }
  });
  return out;
}

/** The text layer in content order, whitespace removed (as a search or a copy finds it). */
function textLayer(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', tempPdf(pdf), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/\s+/g, '');
}

/** Word box height per point of type, for the embedded font: measured on 10 pt text written by the same writer. */
let ratio: number | undefined;
async function boxPerPoint(): Promise<number> {
  if (ratio === undefined) {
    const { pdf, font } = await newPdf(loadPdfFont());
    pdf.addPage([300, 100]).drawText('系统 Ag', { x: 20, y: 40, size: 10, font });
    const [word] = words(await pdf.save());
    ratio = word!.height / 10;
  }
  return ratio;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** What the design says, each fact on its own: what must survive on the drawing, whole. */
function facts(doc: Diagram): string[] {
  const out: string[] = [];
  for (const node of doc.nodes) {
    if (node.kind === 'zone') out.push(zoneTitle(node, catalog, 'zh'), ...zoneFacts(node, catalog, 'zh'));
    else {
      const product = catalog.product(node.product);
      out.push(product!.name.zh);
      if (node.label !== undefined) out.push(node.label);
      else out.push(editionName(product, effectiveEdition(node, product), 'zh') ?? '');
    }
  }
  // Item 5: what each connection itself says, read from the edge (not from the drawing's code).
  for (const edge of doc.edges) {
    if (edge.protocol !== undefined) out.push(edge.port === undefined ? edge.protocol : `${edge.protocol}:${edge.port}`);
    else if (edge.port !== undefined) out.push(`:${edge.port}`);
    if (edge.label !== undefined) out.push(edge.label);
  }
  return out.map(squeeze).filter((s) => s !== '');
}

/** Tokens of product names that are not also part of a label or edition (those print at label size, and may wrap anywhere). */
function nameTokens(doc: Diagram): Set<string> {
  const names = new Set<string>();
  const others = new Set<string>();
  for (const node of doc.nodes) {
    if (node.kind !== 'product') continue;
    const product = catalog.product(node.product)!;
    for (const token of product.name.zh.split(/\s+/)) names.add(token);
    for (const token of [node.label ?? '', editionName(product, effectiveEdition(node, product), 'zh') ?? ''].join(' ').split(/\s+/)) others.add(token);
  }
  for (const name of [...names]) if (name === '' || [...others].some((other) => other.includes(name))) names.delete(name);
  return names;
}

async function expectLegible(doc: Diagram, pdf: Uint8Array, label: string): Promise<{ smallest: number; smallestName: number }> {
  const k = await boxPerPoint();
  const names = nameTokens(doc);
  let smallest = Infinity;
  let smallestName = Infinity;
  for (const word of words(pdf)) {
    const size = word.height / k;
    smallest = Math.min(smallest, size);
    expect(word.height, `${label} p.${word.page} "${word.text}" box`).toBeGreaterThanOrEqual(6);
    expect(size, `${label} p.${word.page} "${word.text}" type size`).toBeGreaterThanOrEqual(6 - 0.05);
    if (names.has(word.text)) {
      smallestName = Math.min(smallestName, size);
      expect(size, `${label} product name "${word.text}"`).toBeGreaterThanOrEqual(7 - 0.05);
    }
  }
  const text = textLayer(pdf);
  for (const fact of facts(doc)) expect(text, `${label}: "${fact}" in the text layer`).toContain(fact);
  // A word cut with "…" is allowed only where its whole text is in the file too.
  for (const word of words(pdf).filter((w) => w.text.includes('…'))) {
    const kept = word.text.split('…')[0]!;
    expect(text.split(kept).length - 1, `${label}: "${word.text}" has its full text`).toBeGreaterThan(text.split(`${kept}…`).length - 1);
  }
  return { smallest, smallestName };
}

const pdfOf = (doc: Diagram, paper: PdfOptions['paper']) => exportPdf(doc, catalog, { lang: 'zh', paper, font: loadPdfFont() });

describe('the PDF drawing prints legibly and whole (issue 11 items 1, 2, 5)', () => {
  for (const path of DESIGNS) {
    it(`${path}: on the paper chosen automatically, one sheet, every word ≥ 6 pt, names ≥ 7 pt, every fact whole`, async () => {
      const doc = readDesign(path);
      const pdf = await pdfOf(doc, 'auto');
      const info = execFileSync('pdfinfo', [tempPdf(pdf)], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      await expectLegible(doc, pdf, path);
    }, 60_000);
  }

  it('chooses A3 for the basic level-3 design, and a larger sheet for a 200-node design', () => {
    const basic = planPrint(buildScene(readDesign('test/fixtures/designs/basic-l3'), catalog, { lang: 'zh' }), 'auto');
    expect(basic.paper).toBe('A3');
    expect(basic.pages).toHaveLength(1);
    expect(basic.diagramScale).toBeGreaterThanOrEqual(basic.legibleScale);
    const large = planPrint(buildScene(generateDiagram(200), catalog, { lang: 'zh' }), 'auto');
    expect(['A2', 'A1']).toContain(large.paper);
    expect(large.diagramScale).toBeGreaterThanOrEqual(large.legibleScale);
  });

  it('fills the sheet: the diagram takes the whole width or the whole height left to it', () => {
    for (const path of DESIGNS) {
      const plan = planPrint(buildScene(readDesign(path), catalog, { lang: 'zh' }), 'auto');
      const sheet = plan.pages[0]!;
      const diagram = sheet.placements.find((p) => p.role === 'diagram')!;
      const width = diagram.panel.width * diagram.scale;
      const height = diagram.panel.height * diagram.scale;
      // Either dimension reaches (nearly) across the sheet inside its margins.
      expect(Math.max(width / (sheet.width - 48), height / (sheet.height - 48)), path).toBeGreaterThan(0.72);
    }
  });

  it('spreads the level-4 template over several A4 sheets when A4 is asked for: each ≥ 6 pt, page map and title block on sheet 1', async () => {
    const doc = readDesign('templates/l4-finance');
    const pdf = await pdfOf(doc, 'A4');
    const all = words(pdf);
    const pages = Math.max(...all.map((w) => w.page));
    expect(pages).toBeGreaterThan(2);
    await expectLegible(doc, pdf, 'l4-finance on A4');
    const onPage = (n: number) => all.filter((w) => w.page === n).map((w) => w.text).join('');
    expect(onPage(1)).toContain('页面分布图');
    expect(onPage(1)).toContain('系统名称');
    expect(onPage(1)).toContain('图例');
    for (let n = 2; n <= pages; n++) expect(onPage(n), `page ${n}`).toContain(`第${n}页/共${pages}页`);
    // Each tile has the diagram's own text on it, not only its caption (a tile the drawing does not
    // reach is not printed).
    for (let n = 2; n <= pages; n++) {
      const own = all.filter((w) => w.page === n && !/^(第|共|\d|页|行|列|·|\/)/.test(w.text));
      expect(own.length, `page ${n}`).toBeGreaterThan(0);
    }
  }, 60_000);

  it('the compliance report prints its drawing legibly on A4 too (tiled with a page map), no word under 6 pt', async () => {
    const doc = readDesign('templates/l4-finance');
    const pdf = await exportReportPdf(doc, catalog, checkDiagram(doc, catalog), { lang: 'zh', font: loadPdfFont() });
    const k = await boxPerPoint();
    const all = words(pdf);
    for (const word of all) expect(word.height / k, `p.${word.page} "${word.text}"`).toBeGreaterThanOrEqual(6 - 0.05);
    expect(all.map((w) => w.text).join('')).toContain('页面分布图');
  }, 60_000);
});

function labelBoxes(shapes: readonly Shape[], out: { x: number; y: number; width: number; height: number }[] = []) {
  for (const shape of shapes) {
    if (shape.kind !== 'group') continue;
    if (shape.role === 'edge-label') {
      const box = shape.children.find((c) => c.kind === 'rect');
      if (box?.kind === 'rect') out.push(box);
    } else labelBoxes(shape.children, out);
  }
  return out;
}

describe('labels on the drawing (SVG, and the scene every writer paints)', () => {
  it('keeps every connection label off every product box', () => {
    for (const path of DESIGNS) {
      const doc = readDesign(path);
      const scene = buildScene(doc, catalog, { lang: 'zh' });
      const products = doc.nodes.filter((n) => n.kind === 'product');
      const boxes = products.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, w: 160, h: 60 }));
      const absolute = (id: string) => {
        let x = 0;
        let y = 0;
        for (let node = doc.nodes.find((n) => n.id === id); node; node = doc.nodes.find((n) => n.id === node!.parent)) {
          x += node.position.x;
          y += node.position.y;
        }
        return { x, y };
      };
      for (const box of boxes) Object.assign(box, absolute(box.id));
      for (const label of labelBoxes(scene.diagram.shapes)) {
        for (const box of boxes) {
          const overlap = label.x < box.x + box.w && box.x < label.x + label.width && label.y < box.y + box.h && box.y < label.y + label.height;
          expect(overlap, `${path}: a label at ${label.x},${label.y} sits on ${box.id}`).toBe(false);
        }
      }
    }
  });

  it('SVG: no fact is lost to "…" (wrapped onto two lines, the full text in the element\'s <title>)', () => {
    for (const path of DESIGNS) {
      const doc = readDesign(path);
      const svg = exportSvg(doc, catalog, { lang: 'zh' });
      const text = squeeze([...svg.matchAll(/<(text|title)[^>]*>([^<]*)</g)].map((m) => m[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(''));
      for (const fact of facts(doc)) expect(text, `${path}: "${fact}"`).toContain(fact);
    }
  });
});
