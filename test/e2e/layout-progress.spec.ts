/**
 * Tidy-up of a big diagram as a user sees it: the progress with elapsed time and a cancel button once
 * a run passes a second, cancel changing nothing, and a newer run superseding an older one.
 */
import { writeFileSync } from 'node:fs';
import { generateDiagram } from '../../bench/generate-diagram.ts';
import { writeDiagram } from '../../src/core/format/write.ts';
import { test, expect } from './fixtures.ts';
import { downloadDiagram, openEditor, openFile } from './editor-helpers.ts';

// 2,000 nodes, so that a layout runs for seconds even with the worker warmed up (1,500 nodes took
// ~1.3 s, too close to the 1 s after which the progress shows). Tracing snapshots the whole page on
// every action, with 2,000 nodes ~2 s each, longer than the progress stays on screen: no trace here.
test.use({ trace: 'off' });

test('a long layout shows its progress, can be cancelled (nothing changes), and a newer run supersedes it', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const file = testInfo.outputPath('big.mlps.json');
  writeFileSync(file, writeDiagram(generateDiagram(2000)));
  await openEditor(page);
  await openFile(page, file);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('Generated 2000');
  const before = (await downloadDiagram(page)).text;

  await page.getByRole('toolbar').getByRole('button', { name: '整理全部' }).click();
  const progress = page.locator('.layout-progress');
  await expect(progress).toContainText('正在整理布局', { timeout: 10_000 });
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(progress).toBeHidden();
  expect((await downloadDiagram(page)).text).toBe(before);
  await expect(page.getByRole('toolbar').getByRole('button', { name: '撤销' })).toBeDisabled();

  // Start one, then another: only the newer one is applied, as a single undo step.
  await page.getByRole('toolbar').getByRole('button', { name: '整理全部' }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('status').getByText(/已整理全部/)).toBeVisible({ timeout: 60_000 });
  expect((await downloadDiagram(page)).text).not.toBe(before);
  await page.keyboard.press('Control+z');
  expect((await downloadDiagram(page)).text).toBe(before);
  await expect(page.getByRole('toolbar').getByRole('button', { name: '撤销' })).toBeDisabled();
});

test('the layout worker is started while the app is idle, before the first tidy-up', async ({ page }) => {
  const worker = page.waitForEvent('worker', { predicate: (w) => /layout\.worker/.test(w.url()), timeout: 15_000 });
  await openEditor(page);
  await worker;
});
