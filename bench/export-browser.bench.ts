/**
 * Exports as users get them: in the production build in Chromium, from the export dialog, timed from
 * the click to the finished download, for generated diagrams of 200 and 1,000 nodes (issue 5 targets:
 * SVG of 1,000 nodes under 300 ms; PNG and PDF of 200 nodes under 2 s). The first PDF of a session
 * also needs the CJK font, which the app reads and readies when the export dialog opens (issue 15
 * target: first PDF of 200 nodes ≤ 500 ms): measured apart on fresh pages, clicked at once and a
 * second after the dialog opened (a person reading the dialog). `BENCH_BASE=<git ref>` measures that
 * commit's build too, interleaved (before and after in one run). Run: npm run bench:export-browser
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { writeDiagram } from '../src/core/format/write.ts';
import { openFile, withBuilds, type Build } from './browser.ts';
import { generateDiagram } from './generate-diagram.ts';
import { median } from './measure.ts';
import { zh } from '../src/core/i18n/messages.zh.ts';

const PORT = 4343;
// BENCH_SIZES=200 measures one size (while trying a change).
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [200, 1000];
const RUNS = 3;
// The buttons' names come from the message pack, so a reworded button cannot leave the benchmark waiting.
const FORMATS: [label: string, button: string][] = [
  ['SVG', zh['exportDialog.format.svg']],
  ['PNG 2×', zh['exportDialog.format.png2x']],
  ['PDF', zh['exportDialog.format.pdf']],
  ['PDF A3', zh['exportDialog.format.pdf-a3']],
  ['XLSX', zh['exportDialog.format.xlsx']],
];

async function timeExport(page: Page, button: string): Promise<number> {
  const dialog = page.getByRole('dialog', { name: '导出' });
  const start = Date.now();
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button, exact: true }).click()]);
  return Date.now() - start;
}

/** The first PDF of a fresh page (the font fetched and readied from the dialog's opening), waitMs after the dialog opened. */
async function firstPdf(browser: Browser, url: string, file: string, waitMs: number): Promise<number> {
  const fresh = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await openFile(fresh, url, file);
    await fresh.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
    await fresh.getByRole('dialog', { name: '导出' }).waitFor();
    await fresh.waitForTimeout(waitMs);
    return await timeExport(fresh, zh['exportDialog.format.pdf']);
  } finally {
    await fresh.close();
  }
}

async function formats(browser: Browser, url: string, file: string): Promise<Map<string, number[]>> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await openFile(page, url, file);
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const times = new Map<string, number[]>();
  for (const [label, button] of FORMATS) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeExport(page, button));
    times.set(label, runs.sort((a, b) => a - b));
  }
  await page.close();
  return times;
}

const show = (times: number[]) => `${median(times)} ms (${[...times].sort((a, b) => a - b).join(', ')})`;

/** This tree's build, and with BENCH_BASE=<git ref> that commit's, measured interleaved. */
const main = () => withBuilds(PORT, run);

async function run(browser: Browser, builds: Build[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlps-export-bench-'));
  console.log('nodes  build                 format   median ms (runs)');
  for (const size of SIZES) {
    const file = join(dir, `g${size}.mlps.json`);
    writeFileSync(file, writeDiagram(generateDiagram(size)));
    if (size === SIZES[0]) {
      // The first PDF of a page: the font (10.5 MB, from the app's own origin or the offline cache) is
      // fetched, parsed and readied from the moment the dialog opens.
      for (const waitMs of [0, 1000]) {
        const times = new Map(builds.map(([name]) => [name, [] as number[]]));
        for (let i = 0; i < RUNS; i++) for (const [name, url] of builds) times.get(name)!.push(await firstPdf(browser, url, file, waitMs));
        for (const [name] of builds) console.log(`${String(size).padStart(5)}  ${name.padEnd(20)}  first PDF (paper chosen), clicked ${waitMs === 0 ? 'at once' : `${waitMs} ms after the dialog opened`}: ${show(times.get(name)!)}`);
      }
    }
    for (const [name, url] of builds) {
      for (const [label, times] of await formats(browser, url, file)) console.log(`${String(size).padStart(5)}  ${name.padEnd(20)}  ${label.padEnd(7)} ${show(times)}`);
    }
  }
}

void main();
