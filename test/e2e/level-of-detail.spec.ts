/**
 * Zoomed far out, products are drawn as boxes without names, icons or side handles (a big design fits
 * into view at a few percent); zoomed in again they are whole and connectable on every side, even
 * those first drawn far out.
 */
import { writeFileSync } from 'node:fs';
import { writeDiagram } from '../../src/core/format/write.ts';
import { generateDiagram } from '../../bench/generate-diagram.ts';
import { grabPoint } from '../../bench/browser.ts';
import { PRODUCT_SIZE } from '../../src/core/geometry/geometry.ts';
import { test, expect } from './fixtures.ts';
import { connectNodes, inspector, node, openEditor, openFile } from './editor-helpers.ts';
import type { Page } from '@playwright/test';

/** The canvas zoom, from React Flow's viewport transform. */
const zoom = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** The first management connection's dash pattern, in screen pixels. */
async function managementDashOnScreen(page: Page): Promise<number[]> {
  const css = await page.locator('.react-flow__edge-path[marker-end="url(#arrow-management)"]').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
  const z = await zoom(page);
  return css.split(/[ ,]+/).map((d) => parseFloat(d) * z);
}

test('a big design fitted into view shows boxes; zoomed in, a product first drawn far out connects from any side', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('big.mlps.json');
  writeFileSync(file, writeDiagram(generateDiagram(600)));
  await openEditor(page);
  await openFile(page, file);

  // Fitted at a few percent: boxes with their badges and the connection anchor, nothing to read.
  const ecs = node(page, 'c0-ecs4');
  await expect(ecs.locator('.product-node--far')).toBeVisible();
  expect(await page.locator('.product-node__icon, .product-node__title').count()).toBe(0);
  expect(await ecs.locator('.react-flow__handle').count()).toBe(1);
  await expect(ecs.locator('.product-node--far')).toHaveAttribute('title', '云服务器 ECS');
  // A connection with findings is a dot in its severity's colour, its count said in its name.
  const slbToEcs = page.locator('circle.edge-badge--dot').first();
  await expect(slbToEcs).toHaveAttribute('aria-label', /^\d+ 个(错误|警告)$/);
  expect(await page.locator('.edge-badge text').count()).toBe(0);
  // Every node is exactly the size its document gives it, as the canvas tells React Flow beforehand.
  const size = (id: string) => node(page, id).evaluate((el) => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight]);
  expect(await size('c0-ecs4')).toEqual([PRODUCT_SIZE.width, PRODUCT_SIZE.height]);
  expect(await size('c0-vpc')).toEqual([1200, 780]);
  // A management connection is still dashed 7 on 4 px on screen (drawn in drawing units, each dash
  // would be a fraction of a pixel here): within the quarter-octave steps the dash scale moves in.
  expect(await zoom(page)).toBeLessThan(0.1);
  const [dash, gap] = await managementDashOnScreen(page);
  expect(dash).toBeGreaterThanOrEqual(6.9);
  expect(dash).toBeLessThanOrEqual(7 * 1.2);
  expect(gap! / dash!).toBeCloseTo(4 / 7, 2);

  // Select two products and zoom to them (Shift+2): drawn in full, with a handle on every side.
  await ecs.click();
  await node(page, 'c0-ecs0').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+2');
  await expect(ecs.locator('.product-node__title')).toHaveText('云服务器 ECS');
  await expect(ecs.locator('.react-flow__handle')).toHaveCount(4);
  // Close up, connection badges show their count.
  await expect(page.locator('g.edge-badge text').first()).toHaveText(/^\d+$/);
  // Zoomed in, the pattern grows with the drawing, as everything else does.
  const closeZoom = await zoom(page);
  expect(closeZoom).toBeGreaterThanOrEqual(1);
  const [closeDash, closeGap] = await managementDashOnScreen(page);
  expect(closeDash).toBeCloseTo(7 * closeZoom, 1);
  expect(closeGap).toBeCloseTo(4 * closeZoom, 1);

  // From the top handle, which did not exist when the product was first drawn.
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  await connectNodes(page, 'c0-ecs4', 'c0-ecs0', 'top');
  await expect(edges).toHaveCount(before + 1);
  // The new connection is selected and shown in the inspector.
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(inspector(page)).toContainText('云服务器 ECS → 云服务器 ECS');
});

test('far out, a zone dragged by its few-pixel header keeps the pointer to the end and moves with it', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('zones.mlps.json');
  writeFileSync(file, writeDiagram(generateDiagram(200)));
  await openEditor(page);
  await openFile(page, file);
  expect(await zoom(page)).toBeLessThan(0.25);

  const zone = node(page, 'c0-app');
  const header = zone.locator('.zone-node__header');
  const box = (await header.boundingBox())!;
  expect(box.height).toBeLessThan(5);
  const before = (await zone.boundingBox())!;
  // Where the header itself takes the pointer (badges and connections lie over parts of it).
  const from = await grabPoint(page, '.react-flow__node[data-id="c0-app"]', '.zone-node__header');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // From here on, count the pointer entering anything but the header: slipping off so thin a header
  // onto the canvas and back, each slip made the browser hit-test and restyle what it entered.
  await page.evaluate(() => {
    const w = window as unknown as { __overs: number };
    w.__overs = 0;
    document.addEventListener('pointerover', (e) => (e.target as Element).closest('.zone-node__header') || w.__overs++, true);
  });
  for (let i = 1; i <= 30; i++) await page.mouse.move(from.x + i * 3, from.y + i * 2);
  expect(await page.evaluate(() => (window as unknown as { __overs: number }).__overs)).toBe(0);
  await page.mouse.up();

  const after = (await zone.boundingBox())!;
  expect(after.x - before.x).toBeGreaterThan(80);
  expect(after.y - before.y).toBeGreaterThan(50);
});
