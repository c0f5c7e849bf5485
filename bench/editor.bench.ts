/**
 * Editor speed against bare React Flow (issue 3). Opens generated diagrams of 200, 1,000 and 2,000
 * nodes in the production build and in a bare React Flow page with the same nodes and edges
 * (bench/bare-flow), both in Chromium, and measures: time to first render after opening the file;
 * main-thread work per frame while dragging a node, while dragging a zone with its children, and
 * while panning (CDP TaskDuration over a fixed number of frames); and the longest task of each phase.
 *
 * Run: npm run bench:editor (builds both pages first). Numbers go into bench/README.md.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { writeDiagram } from '../src/core/format/write.ts';
import { build, grabPoint, launchChromium, nextFrame, openFile, withPreview } from './browser.ts';
import { generateDiagram } from './generate-diagram.ts';
import { median } from './measure.ts';

// BENCH_SIZES=1000 measures one size (while trying a change).
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [200, 1000, 2000];
const FRAMES = 40;
/** Each page is measured this many times, alternating app and bare; medians are reported (BENCH_RUNS=5 for a steadier figure). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const APP_PORT = 4341;
const BARE_PORT = 4342;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')!.value;
}

interface Phase {
  perFrameMs: number;
  longestTaskMs: number;
}

async function measure(page: Page, cdp: CDPSession, act: (i: number) => Promise<void>): Promise<Phase> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  const before = await taskSeconds(cdp);
  for (let i = 1; i <= FRAMES; i++) {
    await act(i);
    await nextFrame(page);
  }
  const after = await taskSeconds(cdp);
  const long = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  return { perFrameMs: ((after - before) * 1000) / FRAMES, longestTaskMs: long };
}

async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags what `selector` names from `from` and measures the frames; fails unless it really moved (a
 * drag that starts a connection or a box selection instead would measure something else).
 */
async function drag(page: Page, cdp: CDPSession, selector: string, from: { x: number; y: number }): Promise<Phase> {
  const element = page.locator(selector).first();
  const before = (await element.boundingBox())!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const phase = await measure(page, cdp, (i) => page.mouse.move(from.x + i * 2, from.y + i));
  const during = (await element.boundingBox())!;
  await page.mouse.up();
  await nextFrame(page);
  const moved = Math.hypot(during.x - before.x, during.y - before.y);
  if (moved < FRAMES) throw new Error(`dragging ${selector} moved it ${moved.toFixed(1)} px, not ~${FRAMES * 2} px: the benchmark would not measure a drag`);
  return phase;
}

interface CanvasBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function run(url: string, file: string, kind: 'app' | 'bare', canvasBox?: CanvasBox) {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const query = canvasBox ? `?x=${canvasBox.x}&y=${canvasBox.y}&w=${canvasBox.width}&h=${canvasBox.height}` : '';
  const firstRenderMs = await openFile(page, `${url}${query}`, file, kind === 'app' ? {} : { input: '#open', ready: null });
  const canvas = kind === 'app' ? (await page.locator('main.canvas').boundingBox())! : undefined;
  await page.waitForTimeout(500);

  const nodeSelector = '.react-flow__node[data-id="c0-ecs1"]';
  const nodeDrag = await drag(page, cdp, nodeSelector, await grabPoint(page, nodeSelector));
  // The app's zones are dragged by their header; the bare group node anywhere on its body.
  const zoneSelector = '.react-flow__node[data-id="c0-app"]';
  const zoneDrag = await drag(page, cdp, zoneSelector, await grabPoint(page, zoneSelector, kind === 'app' ? '.zone-node__header' : undefined));
  const pane = await centerOf(page, '.react-flow__pane');
  await page.mouse.move(pane.x, pane.y);
  const pan = await measure(page, cdp, () => page.mouse.wheel(6, 4));
  await browser.close();
  return { firstRenderMs, nodeDrag, zoneDrag, pan, canvas };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);

async function main() {
  build();
  build('bench/bare-flow/vite.config.ts');
  await withPreview({ port: APP_PORT }, (appUrl) =>
    withPreview({ port: BARE_PORT, outDir: 'dist-bench' }, async (bareUrl) => {
      const dir = mkdtempSync(join(tmpdir(), 'mlps-bench-'));
      console.log(`size  metric (median of ${RUNS})            app ms   bare ms   ratio   longest task app / bare (ms)`);
      for (const size of SIZES) {
        const file = join(dir, `generated-${size}.mlps.json`);
        writeFileSync(file, writeDiagram(generateDiagram(size)));
        const apps: Awaited<ReturnType<typeof run>>[] = [];
        const bares: Awaited<ReturnType<typeof run>>[] = [];
        for (let i = 0; i < RUNS; i++) {
          const app = await run(appUrl, file, 'app');
          apps.push(app);
          bares.push(await run(bareUrl, file, 'bare', app.canvas));
        }
        const m = (list: typeof apps, pick: (r: (typeof apps)[number]) => number) => median(list.map(pick));
        const rows: [string, number, number, number?, number?][] = [
          ['time to first render', m(apps, (r) => r.firstRenderMs), m(bares, (r) => r.firstRenderMs)],
          ['drag a node, per frame', m(apps, (r) => r.nodeDrag.perFrameMs), m(bares, (r) => r.nodeDrag.perFrameMs), m(apps, (r) => r.nodeDrag.longestTaskMs), m(bares, (r) => r.nodeDrag.longestTaskMs)],
          ['drag a zone, per frame', m(apps, (r) => r.zoneDrag.perFrameMs), m(bares, (r) => r.zoneDrag.perFrameMs), m(apps, (r) => r.zoneDrag.longestTaskMs), m(bares, (r) => r.zoneDrag.longestTaskMs)],
          ['pan, per frame', m(apps, (r) => r.pan.perFrameMs), m(bares, (r) => r.pan.perFrameMs), m(apps, (r) => r.pan.longestTaskMs), m(bares, (r) => r.pan.longestTaskMs)],
        ];
        for (const [name, a, b, la, lb] of rows) {
          const longest = la === undefined ? '' : `${fmt(la)} / ${fmt(lb!)}`;
          console.log(`${String(size).padStart(4)}  ${name.padEnd(28)}${fmt(a)}  ${fmt(b)}  ${(a / b).toFixed(2).padStart(5)}×   ${longest}`);
        }
      }
    }),
  );
}

void main();
