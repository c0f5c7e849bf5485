/**
 * Exports built from the model (issue 5): the topology drawing as SVG and as PDF (A3, font embedded
 * and subset), and the BOM workbook (XLSX, with the check result), for generated diagrams of 200 and
 * 1,000 nodes, in Node. Targets: SVG of 1,000 nodes well under 300 ms; PDF of 200 nodes under 2 s.
 * Run: npm run bench:export
 */
import { exportSvg } from '../src/core/export/svg/export-svg.ts';
import { checkDiagram } from '../src/core/rules/check.ts';
import { exportPdf } from '../src/export/pdf/export-pdf.ts';
import { exportBomXlsx } from '../src/export/xlsx/export-xlsx.ts';
import { loadCatalog } from '../src/node/catalog-fs.ts';
import { loadPdfFont } from '../src/node/pdf-font-fs.ts';
import { generateDiagram } from './generate-diagram.ts';
import { ms, time, type Timing } from './measure.ts';
import { loadAllMessages } from '../src/core/i18n/load-language.ts';

await loadAllMessages(); // the documents' messages, as the CLI loads them

async function timeAsync(fn: () => Promise<unknown>, { warmup = 2, runs = 9 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs };
}

const catalog = loadCatalog();
const font = loadPdfFont();
const line = (label: string, t: Timing, size: number) =>
  console.log(`${label.padEnd(5)} ${String(size).padStart(6)} nodes: ${ms(t.median).padStart(10)}  (${ms(t.p10)} – ${ms(t.p90)}, ${t.runs} runs)`);

console.log('exports from the model (median, p10–p90)');
for (const size of [200, 1000]) {
  const doc = generateDiagram(size);
  const check = checkDiagram(doc, catalog);
  let bytes = 0;
  line('SVG', time(() => (bytes = exportSvg(doc, catalog, { lang: 'zh' }).length), { warmup: 5, runs: 21 }), size);
  console.log(`        SVG size ${(bytes / 1024).toFixed(0)} KB`);
  line('PDF', await timeAsync(async () => (bytes = (await exportPdf(doc, catalog, { lang: 'zh', paper: 'A3', font })).length), { warmup: 2, runs: 9 }), size);
  console.log(`        PDF size ${(bytes / 1024).toFixed(0)} KB`);
  line('XLSX', await timeAsync(async () => (bytes = (await exportBomXlsx(doc, catalog, { lang: 'zh', check })).length), { warmup: 2, runs: 9 }), size);
  console.log(`        XLSX size ${(bytes / 1024).toFixed(0)} KB, ${check.findings.length} findings`);
}
