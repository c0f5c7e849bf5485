/**
 * The compare view as users get it (issue 14 target: two 1,000-node designs compared and rendered
 * within 1 s): the production build in Chromium, a generated design opened from a file, 对比 →
 * 当前设计与文件 → a second file (the same design with products removed, added, relabelled and
 * reconfigured), timed from choosing the file to the side panel and the marked canvas on screen
 * (the file is read by the app's reader, the diff core loaded if needed, both designs checked,
 * everything drawn, then a frame). Two figures: the first compare of a page (the compare chunk and
 * the diff core load) and the second (both cached). Run: npm run bench:compare-browser
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeDiagram } from '../src/core/format/write.ts';
import type { Diagram, DiagramNode } from '../src/core/model/types.ts';
import { build, launchChromium, nextFrame, openFile, withPreview } from './browser.ts';
import { generateDiagram } from './generate-diagram.ts';
import { median } from './measure.ts';

const PORT = 4345;
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The design after a round of changes: every 40th product removed, every 25th relabelled and made multi-AZ, 25 products added. */
function changed(doc: Diagram): Diagram {
  const products = doc.nodes.filter((n) => n.kind === 'product');
  const removed = new Set(products.filter((_, i) => i % 40 === 7).map((n) => n.id));
  const nodes: DiagramNode[] = doc.nodes
    .filter((n) => !removed.has(n.id))
    .map((n, i) => (n.kind === 'product' && i % 25 === 3 ? { ...n, label: `${n.label ?? n.product} 改`, props: { ...n.props, multiAZ: true } } : n));
  const extra = products.filter((n) => !removed.has(n.id)).slice(0, 25).map((n, i): DiagramNode => ({ ...n, id: `added-${i}`, label: `新增 ${i}`, position: { x: n.position.x + 20, y: n.position.y + 20 } }));
  return { ...doc, nodes: [...nodes, ...extra], edges: doc.edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)) };
}

async function compareWith(page: Page, file: string): Promise<number> {
  await page.getByRole('toolbar').getByRole('button', { name: '对比', exact: true }).click();
  const pick = page.getByRole('dialog', { name: '对比设计' });
  await pick.getByRole('radio', { name: '当前设计与文件' }).check();
  const start = Date.now();
  await pick.locator('input[type="file"]').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('.cmp-panel li') !== null && document.querySelectorAll('.cmp-canvas .react-flow__node').length > 500);
  await nextFrame(page);
  const ms = Date.now() - start;
  await page.locator('dialog.compare-view').getByRole('button', { name: '返回编辑' }).click();
  await page.locator('dialog.compare-view').waitFor({ state: 'detached' });
  return ms;
}

async function main() {
  build();
  await withPreview({ port: PORT }, async (url) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlps-compare-bench-'));
    const browser = await launchChromium();
    console.log(`nodes (old/new)   first compare   second compare   (medians of ${RUNS} fresh pages; ms)`);
    for (const size of SIZES) {
      const before = generateDiagram(size);
      const after = changed(before);
      const a = join(dir, `a${size}.mlps.json`);
      const b = join(dir, `b${size}.mlps.json`);
      writeFileSync(a, writeDiagram(before));
      writeFileSync(b, writeDiagram(after));
      const first: number[] = [];
      const second: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
        const page = await context.newPage();
        await openFile(page, url, a);
        await page.waitForTimeout(500);
        first.push(await compareWith(page, b));
        second.push(await compareWith(page, b));
        await context.close();
      }
      console.log(`${`${before.nodes.length}/${after.nodes.length}`.padStart(15)}   ${String(median(first)).padStart(13)}   ${String(median(second)).padStart(14)}   (${first.join(', ')} | ${second.join(', ')})`);
    }
    await browser.close();
  });
}

void main();
