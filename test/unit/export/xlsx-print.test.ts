/**
 * The BOM workbook as LibreOffice prints it (soffice headless → PDF, read back with poppler): the
 * product list of every template on one A4 landscape page (none has more than 30 products), every
 * 用途 shown in full (rows as tall as their wrapped text), and labels that start with = shown as
 * written, with no apostrophe. The workbook comes from the CLI (`bom --format xlsx`), as a user gets it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bomTable } from '../../../src/core/bom/bom-table.ts';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { runCliCaptured } from '../../support/run-cli.ts';

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
const FORMULA_LABELS = ['=SUM(A1:A3)', '+86 专线区', '-备用区', '@内网区'];
const dir = mkdtempSync(join(tmpdir(), 'mlps-xlsx-print-'));

function read(file: string): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(file)), catalog);
  if (!result.ok) throw new Error(`${file} does not read`);
  return result.diagram;
}

/** A template whose zones are relabelled with text a spreadsheet could take for formulas. */
function withFormulaLabels(doc: Diagram): Diagram {
  let i = 0;
  const nodes = doc.nodes.map((node) => (node.kind === 'zone' && ['app', 'data', 'dmz', 'mgmt'].includes(node.zone) ? { ...node, label: FORMULA_LABELS[i++ % FORMULA_LABELS.length] } : node));
  return { ...doc, nodes };
}

const cases = readdirSync(TEMPLATES).filter((f) => f.endsWith('.mlps.json')).map((f) => ({ name: basename(f, '.mlps.json'), doc: read(join(TEMPLATES, f)) }));
cases.push({ name: 'formula-labels', doc: withFormulaLabels(read(join(TEMPLATES, 'l2-small.mlps.json'))) });

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${tool} (Debian package poppler-utils, installed by .ci/run) is needed for this test: ${String(error)}`);
  }
}

interface Page {
  width: number;
  height: number;
  text: string;
}

function pages(pdf: string): Page[] {
  const count = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))![1]);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    const [, width, height] = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/m.exec(poppler('pdfinfo', ['-f', n, '-l', n, pdf]))!;
    return { width: Number(width), height: Number(height), text: poppler('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', n, '-l', n, pdf, '-']) };
  });
}

const printed = new Map<string, Page[]>();

beforeAll(async () => {
  const files: string[] = [];
  for (const { name, doc } of cases) {
    const source = join(dir, `${name}.mlps.json`);
    writeFileSync(source, JSON.stringify(doc));
    const out = join(dir, `${name}.xlsx`);
    const result = await runCliCaptured(['bom', source, '--format', 'xlsx', '--out', out]);
    expect(result.code, result.err).toBe(0);
    files.push(out);
  }
  try {
    // One conversion run for all workbooks, with its own profile so parallel runs do not collide.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 170_000 });
  } catch (error) {
    throw new Error(`LibreOffice (Debian package libreoffice-calc-nogui, installed by .ci/run) is needed for this test: ${String(error)}`);
  }
  for (const { name } of cases) printed.set(name, pages(join(dir, `${name}.pdf`)));
}, 180_000);

/** The pages of the product list (产品清单): they carry its header row (printed again at the top of each). */
const productPages = (all: Page[]) => all.filter((p) => /序号 ?产品/.test(p.text) && /用途/.test(p.text));
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the BOM workbook printed by LibreOffice', () => {
  it.each(cases.map((c) => c.name))('%s: every sheet landscape; the product list on one page per 30 products, 用途 in full', (name) => {
    const all = printed.get(name)!;
    for (const page of all) expect(page.width, 'landscape').toBeGreaterThan(page.height);
    const doc = cases.find((c) => c.name === name)!.doc;
    const rows = bomTable(doc, catalog, 'zh').rows;
    const products = productPages(all);
    expect(products).toHaveLength(Math.max(1, Math.ceil(rows.length / 30)));
    // A page holds the whole width: its last column's header is on the same page as the first's.
    for (const page of products) expect(page.text).toMatch(/序号 ?产品[\s\S]*用途[\s\S]*部署位置[\s\S]*备注/);
    const text = squeeze(products.map((p) => p.text).join('\n'));
    for (const row of rows) expect(text, `row ${row[0]}`).toContain(squeeze(String(row[5])));
  });

  it('shows labels that start with =, +, - or @ as written, without an apostrophe', () => {
    const text = productPages(printed.get('formula-labels')!).map((p) => p.text).join('\n');
    for (const label of FORMULA_LABELS) {
      expect(text).toContain(label);
      expect(text).not.toContain(`'${label}`);
    }
  });
});
