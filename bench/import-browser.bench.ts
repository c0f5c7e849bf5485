/**
 * Import in the app (issue 13), as a user does it: a generated 500-resource `terraform show -json`
 * state dropped on the canvas of the production build in Chromium, the import dialog confirmed as
 * proposed, until the laid-out design is on the canvas. Timed in two parts, without the user's own
 * time in the dialog: drop → dialog shown (reading the file, loading the import code) and confirm →
 * laid-out canvas (building, ELK in the layout worker, opening in 我的图, the first render and check).
 * "cold": dropped right after the app started (the layout worker starts and compiles ELK during the
 * import); "warm": after the app's idle warm-up has started ELK. Median of 3 of each, fresh page each
 * time. Target: ≤ 2 s to a laid-out canvas. Run: npm run bench:import-browser (IMPORT_RESOURCES=1000)
 */
import type { Page } from '@playwright/test';
import { build, launchChromium, nextFrame, withPreview } from './browser.ts';
import { median } from './measure.ts';
import { generateState } from './terraform-state.ts';

const PORT = 4344;
const RESOURCES = Number(process.env['IMPORT_RESOURCES'] ?? 500);
const RUNS = 3;
/** Longer than the app's quiet time before its idle warm-up (1.5 s) plus ELK's start. */
const WARM_WAIT_MS = 4000;

async function importOnce(page: Page, url: string, text: string, warm: boolean): Promise<{ read: number; build: number; nodes: number }> {
  await page.goto(url);
  await page.locator('.app[data-ready="true"]').waitFor();
  if (warm) await page.waitForTimeout(WARM_WAIT_MS);
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'generated.state.json', { type: 'application/json' }));
    return dt;
  }, text);
  const dialog = page.getByRole('dialog', { name: '导入 generated.state.json' });
  const dropped = Date.now();
  await page.dispatchEvent('main.canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('main.canvas', 'drop', { dataTransfer });
  // Polled every frame: a locator's wait polls at growing intervals (up to 500 ms), which would count.
  await page.waitForFunction(() => document.querySelector('dialog.import-dialog button.primary') !== null, null, { polling: 'raf' });
  await nextFrame(page);
  const shown = Date.now();
  await dialog.getByRole('button', { name: '导入' }).click();
  await page.waitForFunction(
    () => document.querySelector('.title-bar__diagram-title')?.textContent === 'generated' && document.querySelectorAll('.react-flow__node').length > 100,
    null,
    { polling: 'raf' },
  );
  await nextFrame(page);
  const done = Date.now();
  const nodes = await page.locator('.react-flow__node').count();
  return { read: shown - dropped, build: done - shown, nodes };
}

async function main() {
  build();
  const text = generateState(RESOURCES);
  await withPreview({ port: PORT }, async (url) => {
    const browser = await launchChromium();
    console.log(`${RESOURCES} resources (${(text.length / 1024).toFixed(0)} KB), median of ${RUNS} (runs):`);
    for (const warm of [false, true]) {
      const runs: { read: number; build: number; nodes: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        runs.push(await importOnce(page, url, text, warm));
        await page.close();
      }
      const list = (f: (r: (typeof runs)[number]) => number) => runs.map(f).sort((a, b) => a - b);
      const total = list((r) => r.read + r.build);
      console.log(
        `  ${warm ? 'warm' : 'cold'}: drop → dialog ${median(list((r) => r.read))} ms; confirm → laid-out canvas ${median(list((r) => r.build))} ms; ` +
          `total ${median(total)} ms (${total.join(', ')}); ${runs[0]!.nodes} nodes drawn`,
      );
    }
    await browser.close();
  });
}

void main();
