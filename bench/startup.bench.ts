/**
 * Cold start as a sales engineer meets it on a slow laptop (issue 15): Chromium's CPU throttled 4×
 * through the DevTools protocol (Emulation.setCPUThrottlingRate), timed from navigation start to a
 * usable palette and canvas (the autosave opened: `.app[data-ready="true"]`, a palette entry drawn), on
 * a first visit (empty HTTP cache, no service worker) and on the second and third visits, served by the
 * service worker (the third with V8's code cache, as every visit after it).
 * Targets: ≤ 1.5 s first visit, ≤ 0.5 s from the service worker.
 *
 * `BENCH_BARE=1` also measures the bare React Flow page of bench:editor (the floor React and React Flow
 * set; its later visits are reloads from the HTTP cache). `BENCH_BASE=<git ref>` also builds that commit in a temporary worktree and measures it in the same
 * run, interleaved with this tree, so "before" and "after" share the machine's load.
 * Run: npm run bench:startup
 */
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build, buildBase, launchChromium, removeBase, withPreview } from './browser.ts';
import { median } from './measure.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLE = 4;

/** Milliseconds from navigation start until the palette and the canvas can be used. */
async function usableAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('.app[data-ready="true"] .react-flow') && document.querySelector('.palette button') ? performance.now() : 0),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function throttled(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { page, close: () => context.close() };
}

async function firstVisit(browser: Browser, url: string): Promise<number> {
  const { page, close } = await throttled(browser);
  try {
    await page.goto(url);
    return await usableAt(page);
  } finally {
    await close();
  }
}

/**
 * Visits after the first: the service worker controls the page and serves the build from its cache.
 * The second visit is the first to run the cached scripts, and V8 writes their code cache then; from
 * the third on, it reads it (Chromium caches compiled code for scripts served from CacheStorage after
 * their first run: v8.dev/blog/code-caching-for-devs).
 */
async function cachedVisits(browser: Browser, url: string): Promise<[second: number, third: number]> {
  const { page, close } = await throttled(browser);
  try {
    await page.goto(url);
    await usableAt(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    await page.reload();
    const second = await usableAt(page);
    await page.reload();
    return [second, await usableAt(page)];
  } finally {
    await close();
  }
}

interface Visits { first: number[]; cached: number[]; third: number[] }

async function measure(browser: Browser, url: string): Promise<Visits> {
  const first = await firstVisit(browser, url);
  const [second, third] = await cachedVisits(browser, url);
  return { first: [first], cached: [second], third: [third] };
}

/**
 * The floor the stack sets: the bare React Flow page of bench:editor (React, React Flow and an empty
 * canvas, none of our code), under the same throttling, until its canvas is there; a first visit and
 * a reload in the same browser context (its assets from the HTTP cache: it has no service worker).
 */
async function bareFloor(browser: Browser, url: string): Promise<Visits> {
  const { page, close } = await throttled(browser);
  const canvasAt = async () =>
    (await (await page.waitForFunction(() => (document.querySelector('.react-flow__pane') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
  try {
    await page.goto(url);
    const first = await canvasAt();
    await page.reload();
    const second = await canvasAt();
    await page.reload();
    return { first: [first], cached: [second], third: [await canvasAt()] };
  } finally {
    await close();
  }
}

async function main() {
  build();
  if (process.env.BENCH_BARE) build('bench/bare-flow/vite.config.ts');
  const base = process.env.BENCH_BASE;
  const baseDir = base ? buildBase(base) : undefined;
  const browser = await launchChromium();
  const results = new Map<string, Visits>();
  const add = (name: string, r: Visits) => {
    const all = results.get(name) ?? { first: [], cached: [], third: [] };
    all.first.push(...r.first);
    all.cached.push(...r.cached);
    all.third.push(...r.third);
    results.set(name, all);
  };
  try {
    await withPreview({ port: 4345 }, async (url) => {
      const serveBase = <T>(fn: (baseUrl: string) => Promise<T>) => (baseDir ? withPreview({ port: 4346, outDir: join(baseDir, 'dist') }, fn) : undefined);
      for (let i = 0; i < RUNS; i++) {
        add('this tree', await measure(browser, url));
        if (baseDir) await serveBase(async (baseUrl) => add(`base ${base}`, await measure(browser, baseUrl)));
        if (process.env.BENCH_BARE) await withPreview({ port: 4347, outDir: 'dist-bench' }, async (bareUrl) => add('bare React Flow', await bareFloor(browser, bareUrl)));
      }
    });
  } finally {
    await browser.close();
    if (baseDir) removeBase(baseDir);
  }
  console.log(`CPU throttled ${THROTTLE}×, ${RUNS} runs each, median (min–max) ms from navigation start to a usable palette and canvas`);
  for (const [name, { first, cached, third }] of results) {
    const show = (v: number[]) => `${median(v).toFixed(0)} (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})`;
    console.log(`${name.padEnd(24)} first visit ${show(first).padEnd(20)} second (service worker) ${show(cached).padEnd(20)} third ${show(third)}`);
  }
}

await main();
