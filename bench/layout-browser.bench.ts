/**
 * "Tidy up" as users get it: the production build in Chromium, a generated diagram opened from a
 * file, Ctrl+Shift+L, timed from the key press to the laid-out diagram on screen (the "已整理全部" toast).
 * Three figures for 200 nodes (issue 6 target: under 1 s): right after the file opens (the layout
 * worker may still be starting), after the user has looked at the diagram for a few seconds (the app
 * warms the worker up while idle), and a second run. `BENCH_BASE=<git ref>` measures that commit's
 * build too, interleaved. Run: npm run bench:layout-browser
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

// The toast's words before its figures ("已整理全部（0.4 秒）…"), from the message pack.
const DONE = zh['tidy.doneAll'].split('（')[0]!;

const PORT = 4344;
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [200, 1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function tidyUp(page: Page): Promise<number> {
  // The "laid out" toast is the signal; watched from before the key press, whatever toasts remain.
  await page.evaluate((done) => {
    const w = window as unknown as { laidOut?: Promise<number> };
    const seen = new Set(document.querySelectorAll('.toasts > *'));
    w.laidOut = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if ([...document.querySelectorAll('.toasts > *')].some((el) => !seen.has(el) && el.textContent?.includes(done))) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, DONE);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: PerformanceEntry[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  });
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+Shift+L');
  const end = await page.evaluate(() => (window as unknown as { laidOut: Promise<number> }).laidOut);
  if (process.env.BENCH_TASKS) {
    const tasks = await page.evaluate(
      ([from, to]) => (window as unknown as { longTasks: PerformanceEntry[] }).longTasks.filter((t) => t.startTime >= from! && t.startTime <= to!).map((t) => `${Math.round(t.startTime - from!)}+${Math.round(t.duration)}`),
      [start, end],
    );
    console.log(`  long tasks (start+duration ms): ${tasks.join(' ') || 'none'}`);
  }
  return Math.round(end - start);
}

/** This tree's build, and with BENCH_BASE=<git ref> that commit's, measured interleaved. */
const main = () => withBuilds(PORT, run);

async function measure(browser: Browser, url: string, file: string, into: { atOnce: number[]; afterIdle: number[]; second: number[] }) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await openFile(page, url, file);
  into.atOnce.push(await tidyUp(page));
  await context.close();

  const idleContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const idlePage = await idleContext.newPage();
  await openFile(idlePage, url, file);
  await idlePage.waitForTimeout(3000);
  into.afterIdle.push(await tidyUp(idlePage));
  into.second.push(await tidyUp(idlePage));
  await idleContext.close();
}

async function run(browser: Browser, builds: Build[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlps-layout-bench-'));
  console.log(`nodes  build                 first, at once   first, after 3 s idle   second   (medians of ${RUNS} fresh pages; ms)`);
  for (const size of SIZES) {
    const file = join(dir, `g${size}.mlps.json`);
    writeFileSync(file, writeDiagram(generateDiagram(size)));
    const results = new Map(builds.map(([name]) => [name, { atOnce: [] as number[], afterIdle: [] as number[], second: [] as number[] }]));
    for (let i = 0; i < RUNS; i++) for (const [name, url] of builds) await measure(browser, url, file, results.get(name)!);
    for (const [name, { atOnce, afterIdle, second }] of results) {
      console.log(`${String(size).padStart(5)}  ${name.padEnd(20)}  ${String(median(atOnce)).padStart(14)}   ${String(median(afterIdle)).padStart(21)}   ${String(median(second)).padStart(6)}   (${atOnce.join(', ')} | ${afterIdle.join(', ')} | ${second.join(', ')})`);
    }
  }
}

void main();
