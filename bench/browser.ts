/**
 * What the browser benchmarks share: the production build served by `vite preview` for the length of
 * a run, Chromium launched as the end-to-end tests launch it, and a diagram file opened into a page.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Vite's own entry point, run by this Node: no npx or shell in between, so stopping it stops the server. */
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** `vite build`, of the app or (with a config file) another page; quiet unless it fails. */
export function build(config?: string): void {
  execFileSync(process.execPath, [VITE, 'build', ...(config ? ['--config', config] : [])], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * `BENCH_BASE=<git ref>`: that commit built in a temporary worktree (its dist/ inside), so a benchmark
 * can measure "before" and "after" interleaved in one run, sharing the machine's load.
 */
export function buildBase(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlps-bench-base-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, [VITE, 'build', '--outDir', join(dir, 'dist')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

export function removeBase(dir: string): void {
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
}

/** A build to measure: its name in the output and the URL it is served at. */
export type Build = [name: string, url: string];

/**
 * This tree built and served on `port`, and with `BENCH_BASE=<git ref>` that commit's build on
 * port + 4, for a benchmark that measures them interleaved in one Chromium; everything stopped and
 * removed afterwards.
 */
export async function withBuilds(port: number, fn: (browser: Browser, builds: Build[]) => Promise<void>): Promise<void> {
  build();
  const base = process.env.BENCH_BASE;
  const baseDir = base ? buildBase(base) : undefined;
  const browser = await launchChromium();
  try {
    await withPreview({ port }, (url) =>
      baseDir
        ? withPreview({ port: port + 4, outDir: join(baseDir, 'dist') }, (baseUrl) => fn(browser, [['this tree', url], [`base ${base}`, baseUrl]]))
        : fn(browser, [['this tree', url]]),
    );
  } finally {
    await browser.close();
    if (baseDir) removeBase(baseDir);
  }
}

/**
 * Serves a build (default dist/) on a port while fn runs, then stops the server and waits for it to
 * exit. Refuses a port something already answers on: the benchmark would measure that instead.
 */
export async function withPreview<T>({ port, outDir = 'dist' }: { port: number; outDir?: string }, fn: (url: string) => Promise<T>): Promise<T> {
  const url = `http://localhost:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is busy: something already answers at ${url} (a preview server left over by an earlier run?)`);
  const server = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // Stopped with the benchmark even when it ends without reaching `finally` (process.exit, a crash);
  // Ctrl+C in a terminal reaches the server itself, which is in the benchmark's process group.
  const stop = () => server.kill();
  process.once('exit', stop);
  try {
    await Promise.race([
      waitUntilUp(url),
      exited.then(() => {
        throw new Error(`vite preview on port ${port} exited before it served: ${stderr.trim()}`);
      }),
    ]);
    return await fn(url);
  } finally {
    process.off('exit', stop);
    if (server.exitCode === null && server.signalCode === null) {
      server.kill();
      await exited;
    }
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Chromium with the end-to-end tests' executable and flags (no background networking: see playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Two animation frames: what was just rendered is on screen. */
export const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * Loads the page at url and opens a diagram file into it through its file input, as a user does.
 * Resolves with the milliseconds from choosing the file to its nodes on screen (more than 20 drawn,
 * then a frame). The bare React Flow page of bench:editor has its own input and no ready flag.
 */
export async function openFile(page: Page, url: string, file: string, { input = '#open-file-input', ready = '.app[data-ready="true"]' as string | null } = {}): Promise<number> {
  await page.goto(url);
  if (ready) await page.locator(ready).waitFor();
  const start = Date.now();
  await page.locator(input).setInputFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 20);
  await nextFrame(page);
  return Date.now() - start;
}

/**
 * Where a user grabs an element to drag it: a point inside it where the element itself (or a child
 * that is not a connection handle or a badge) is what the pointer hits. Zoomed far out a node is a
 * few pixels across, and its middle can be a handle: pressing there starts a connection, not a move.
 * `within` narrows the grab to a part of the element (a zone's header).
 */
export async function grabPoint(page: Page, selector: string, within?: string): Promise<{ x: number; y: number }> {
  const point = await page.locator(selector).first().evaluate((element, part) => {
    const target = part ? element.querySelector(part) : element;
    if (!target) return null;
    const r = target.getBoundingClientRect();
    for (const fy of [0.5, 0.35, 0.65, 0.2, 0.8]) {
      for (const fx of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && target.contains(hit) && !hit.closest('.react-flow__handle, .finding-badge, .react-flow__resize-control')) return { x, y };
      }
    }
    return null;
  }, within);
  if (!point) throw new Error(`no point of ${selector}${within ? ` ${within}` : ''} takes the pointer`);
  return point;
}
