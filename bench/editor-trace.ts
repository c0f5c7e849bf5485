/**
 * Where the main thread's time goes, app against bare React Flow (bench/editor.bench.ts says how much):
 * a Chromium trace of one phase on a generated diagram, and the main thread's trace events by self
 * time. The tool behind the numbers in bench/README.md's editor section.
 *
 *   npm run bench:editor-trace                 # pan, 1,000 nodes
 *   PHASE=drag|pan|open SIZE=2000 npm run bench:editor-trace
 *   LAYOUTS=1 ...       also every layout's duration and what invalidated layout (node, reason)
 *   INVALIDATIONS=1 ... also style and layout invalidations grouped by node, reason and script stack
 *   PROFILE=1 ...       also a JavaScript CPU profile of the phase: functions by self time (names are
 *                       readable with `npx vite build --minify false`)
 *
 * Builds nothing: run `npm run bench:editor` (or both builds) first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { writeDiagram } from '../src/core/format/write.ts';
import { grabPoint, launchChromium, nextFrame, withPreview } from './browser.ts';
import { generateDiagram } from './generate-diagram.ts';

const SIZE = Number(process.env.SIZE ?? 1000);
const PHASE = process.env.PHASE ?? 'pan';
const dir = mkdtempSync(join(tmpdir(), 'tr-'));
const file = join(dir, `g${SIZE}.mlps.json`);
writeFileSync(file, writeDiagram(generateDiagram(SIZE)));

interface Ev { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string } }

interface CpuProfile { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] }

/** JavaScript functions by self time per frame (idle and the browser's own work left out). */
function printProfile(profile: CpuProfile, frames: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  console.log('--- JavaScript self time (ms per frame)');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(t / frames).toFixed(3).padStart(8)}  ${k}`);
}

async function run(browser: Browser, page: Page, kind: string, url: string, box?: { x: number; y: number; width: number; height: number }) {
  const q = box ? `?x=${box.x}&y=${box.y}&w=${box.width}&h=${box.height}` : '';
  await page.goto(url + q);
  if (kind === 'app') await page.locator('.app[data-ready="true"]').waitFor();
  await page.waitForTimeout(1000);
  const input = kind === 'app' ? '#open-file-input' : '#open';
  const cats = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack', 'blink', 'cc', 'v8.execute'];
  if (PHASE === 'open') await browser.startTracing(page, { categories: cats });
  await page.locator(input).setInputFiles(file);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 20);
  await nextFrame(page);
  if (PHASE !== 'open') {
    await page.waitForTimeout(1000);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    const from = PHASE === 'pan' ? { x: pane!.x + pane!.width / 2, y: pane!.y + pane!.height / 2 } : await grabPoint(page, '.react-flow__node[data-id="c0-ecs1"]');
    await page.mouse.move(from.x, from.y);
    if (PHASE === 'drag') await page.mouse.down();
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, { categories: cats });
    for (let i = 1; i <= 40; i++) {
      if (PHASE === 'pan') await page.mouse.wheel(6, 4);
      else await page.mouse.move(from.x + i * 2, from.y + i);
      await nextFrame(page);
    }
    if (cdp) printProfile(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, 40);
  }
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: Ev[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some((x) => x.pid === e.pid && x.name === 'RunTask'));
  const evs = traceEvents.filter((e) => e.ph === 'X' && e.pid === main!.pid && e.tid === main!.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // self time: subtract direct children
  const self = new Map<string, number>();
  const stack: Ev[] = [];
  const selfOf = new Map<Ev, number>();
  for (const e of evs) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    selfOf.set(e, e.dur!);
    if (parent) selfOf.set(parent, selfOf.get(parent)! - e.dur!);
    stack.push(e);
  }
  for (const [e, t] of selfOf) self.set(e.name, (self.get(e.name) ?? 0) + t / 1000);
  if (process.env.INVALIDATIONS) {
    const inv = traceEvents.filter((e) => /Invalidat|ScheduleStyle/.test(e.name));
    const counts = new Map<string, number>();
    for (const e of inv) {
      const d = (e.args as { data?: { nodeName?: string; reason?: string; stackTrace?: { functionName: string; url: string; lineNumber: number }[] } } | undefined)?.data;
      const key = `${e.name} ${d?.reason ?? ''} ${d?.nodeName ?? ''} ${(d?.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(5)}  ${k}`);
  }
  if (process.env.LAYOUTS) {
    const lay = evs.filter((e) => e.name === 'Layout' || e.name === 'LocalFrameView::performLayout');
    console.log('layouts', lay.length, lay.map((e) => (e.dur! / 1000).toFixed(1)).join(' '));
    const layoutEvents = traceEvents.filter((e) => e.name === 'Layout' && e.pid === main!.pid);
    for (const e of layoutEvents.filter((x) => x.dur! > 2000).slice(0, 8)) console.log((e.dur! / 1000).toFixed(1), JSON.stringify((e.args as { beginData?: unknown }).beginData));
    const inv = traceEvents.filter((e) => e.name === 'LayoutInvalidationTracking' && !/Removed from layout|SVG resource invalidated/.test(JSON.stringify(e.args)));
    const middle = Math.floor(inv.length / 2);
    console.log(`layout invalidations: ${inv.length}; from the middle of the run:`);
    for (const e of inv.slice(middle, middle + 30)) {
      const d = (e.args as { data?: { nodeName?: string; reason?: string } }).data;
      console.log(`  ${d?.nodeName} | ${d?.reason}`);
    }
  }
  const div = PHASE === 'open' ? 1 : 40;
  console.log(`--- ${kind} ${PHASE} (ms${div > 1 ? ' per frame' : ''})`);
  for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${(t / div).toFixed(2).padStart(8)}  ${n}`);
}

await withPreview({ port: 4361 }, (app) => withPreview({ port: 4362, outDir: 'dist-bench' }, async (bare) => {
  let browser = await launchChromium();
  let page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await run(browser, page, 'app', app);
  const box = await page.locator('main.canvas').boundingBox();
  await browser.close();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await run(browser, page, 'bare', bare, box!);
  await browser.close();
}));
