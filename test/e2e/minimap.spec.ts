/**
 * The overview in the canvas's corner: the whole design, with the visible area drawn on it. The area
 * follows every pan and zoom (it is moved straight from React Flow's store, not by a React render), and
 * a click in the overview brings that part of the design into view.
 */
import { test, expect } from './fixtures.ts';
import { openEditor, openReference } from './editor-helpers.ts';
import type { Page } from '@playwright/test';

const overview = (page: Page) => page.getByRole('group', { name: '缩略图' });
const visibleArea = (page: Page) => page.locator('.minimap__view');

async function box(page: Page) {
  const b = await visibleArea(page).boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

test('the overview shows the visible area, follows a pan and a zoom, and a click there moves the view', async ({ page }) => {
  await openEditor(page);
  // An empty design has nothing to show the area over.
  await expect(visibleArea(page)).toBeHidden();
  await openReference(page);
  await expect(visibleArea(page)).toBeVisible();
  // The design is drawn: zone outlines in their colours, products as grey blocks.
  const inked = () =>
    page.locator('.minimap__canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let grey = 0;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 200) continue;
        if (data[i] === 0x8d && data[i + 1] === 0x96 && data[i + 2] === 0xa3) grey++;
        else coloured++;
      }
      return { grey, coloured };
    });
  await expect.poll(async () => (await inked()).grey).toBeGreaterThan(20);
  expect((await inked()).coloured).toBeGreaterThan(20);
  const before = await box(page);

  // Panning right (the wheel pans, as on a trackpad) moves the area right over the overview.
  const pane = page.locator('.react-flow__pane');
  const paneBox = (await pane.boundingBox())!;
  await page.mouse.move(paneBox.x + paneBox.width / 2, paneBox.y + paneBox.height / 2);
  await page.mouse.wheel(300, 0);
  await expect.poll(async () => (await box(page)).x).toBeGreaterThan(before.x + 1);
  const panned = await box(page);
  expect(panned.width).toBeCloseTo(before.width, 0);

  // Zooming in shows less of the design: the area shrinks.
  await page.getByRole('button', { name: /放大|Zoom In/i }).click();
  await expect.poll(async () => (await box(page)).width).toBeLessThan(panned.width - 1);

  // A click in the overview centres the view there.
  const map = (await overview(page).boundingBox())!;
  const target = { x: map.x + map.width * 0.25, y: map.y + map.height * 0.5 };
  await page.mouse.click(target.x, target.y);
  await expect.poll(async () => {
    const b = await box(page);
    return Math.hypot(b.x + b.width / 2 - target.x, b.y + b.height / 2 - target.y);
  }).toBeLessThan(2);
});
