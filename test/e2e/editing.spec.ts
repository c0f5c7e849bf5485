import { test, expect } from './fixtures.ts';
import { buildThreeZoneDesign, canvas, dragFromPalette, downloadDiagram, inspector, node, openEditor } from './editor-helpers.ts';

test('box selection, shift-click, select all, nudging and multi-selection editing', async ({ page }) => {
  await openEditor(page);
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, '云服务器 ECS', { x: box.x + 250, y: box.y + 150 });
  await dragFromPalette(page, '云服务器 ECS', { x: box.x + 450, y: box.y + 150 });
  await dragFromPalette(page, '云数据库 RDS', { x: box.x + 450, y: box.y + 400 });
  await page.keyboard.press('Escape');

  // Box selection: drag across the empty canvas around the two ECS.
  await page.mouse.move(box.x + 120, box.y + 90);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, box.y + 180, { steps: 5 });
  await page.mouse.move(box.x + 600, box.y + 220, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(inspector(page).getByRole('heading', { name: '已选择 2 个元素' })).toBeVisible();

  // Editing what they have in common applies to both, as one step.
  await inspector(page).getByLabel('多可用区部署').check();
  await inspector(page).getByLabel('数量').fill('3');
  let file = (await downloadDiagram(page)).json;
  for (const id of ['ecs-1', 'ecs-2']) expect(file.nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ quantity: 3, props: { multiAZ: true } });
  await expect(node(page, 'ecs-1')).toContainText('×3');

  // Shift-click adds the database; an ECS and an RDS share no edition, but share multi-AZ.
  await node(page, 'rds-1').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
  await expect(inspector(page).getByLabel('多可用区部署')).not.toBeChecked();
  await expect(inspector(page).getByLabel('版本')).toHaveCount(0);

  // Nudge the selection with the arrow keys (10 px per press on the grid).
  const before = (await node(page, 'rds-1').boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Math.round((await node(page, 'rds-1').boundingBox())!.x - before.x)).toBeGreaterThan(5);
  // Two presses in a row are one undo step.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await node(page, 'rds-1').boundingBox())!.x)).toBe(Math.round(before.x));

  // Select all, then delete everything, then undo.
  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  file = (await downloadDiagram(page)).json;
  expect(file.nodes).toHaveLength(3);
});

test('zones resize from their handles, as one undo step', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  await node(page, 'vpc-1').locator('.zone-node__header').click();
  // The top-right corner: the bottom-right one may sit under the minimap after fitting the view.
  const handle = node(page, 'vpc-1').locator('.react-flow__resize-control.handle.top.right');
  const hb = (await handle.boundingBox())!;
  const before = (await node(page, 'vpc-1').boundingBox())!;
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(hb.x + 40, hb.y - 20, { steps: 6 });
  await page.mouse.move(hb.x + 80, hb.y - 40, { steps: 6 });
  await page.mouse.up();
  const after = (await node(page, 'vpc-1').boundingBox())!;
  expect(after.width).toBeGreaterThan(before.width + 40);
  const file = (await downloadDiagram(page)).json;
  const vpc = file.nodes.find((n: { id: string }) => n.id === 'vpc-1');
  expect(vpc.size.width).toBeGreaterThan(900);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await node(page, 'vpc-1').boundingBox())!.width)).toBe(Math.round(before.width));
});

test.describe('on macOS', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36' });

  test('shortcuts use ⌘, and the sheet shows ⌘', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
    await openEditor(page);
    const box = (await canvas(page).boundingBox())!;
    await dragFromPalette(page, '云服务器 ECS', { x: box.x + 300, y: box.y + 200 });
    await expect(node(page, 'ecs-1')).toBeVisible();
    await page.keyboard.press('Meta+z');
    await expect(node(page, 'ecs-1')).toHaveCount(0);
    await page.keyboard.press('Meta+Shift+z');
    await expect(node(page, 'ecs-1')).toBeVisible();
    // Ctrl+Z is not undo on a Mac.
    await page.keyboard.press('Control+z');
    await expect(node(page, 'ecs-1')).toBeVisible();
    await page.getByRole('button', { name: '快捷键' }).click();
    await expect(page.getByRole('dialog', { name: '快捷键' }).getByRole('row', { name: /撤销/ })).toContainText('⌘Z');
  });
});
