/**
 * Zoomed far out, products are drawn as boxes without names, icons or side handles (a big design fits
 * into view at a few percent); zoomed in again they are whole and connectable on every side, even
 * those first drawn far out.
 */
import { writeFileSync } from 'node:fs';
import { writeDiagram } from '../../src/core/format/write.ts';
import { generateDiagram } from '../../bench/generate-diagram.ts';
import { test, expect } from './fixtures.ts';
import { connectNodes, inspector, node, openEditor, openFile } from './editor-helpers.ts';

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

  // Select two products and zoom to them (Shift+2): drawn in full, with a handle on every side.
  await ecs.click();
  await node(page, 'c0-ecs0').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+2');
  await expect(ecs.locator('.product-node__title')).toHaveText('云服务器 ECS');
  await expect(ecs.locator('.react-flow__handle')).toHaveCount(4);

  // From the top handle, which did not exist when the product was first drawn.
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  await connectNodes(page, 'c0-ecs4', 'c0-ecs0', 'top');
  await expect(edges).toHaveCount(before + 1);
  // The new connection is selected and shown in the inspector.
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(inspector(page)).toContainText('云服务器 ECS → 云服务器 ECS');
});
