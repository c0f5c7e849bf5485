import { test, expect } from './fixtures.ts';
import { buildThreeZoneDesign, dragNode, downloadDiagram, inspector, node, openEditor } from './editor-helpers.ts';

const undo = (page: import('@playwright/test').Page) => page.keyboard.press('Control+z');
const redo = (page: import('@playwright/test').Page) => page.keyboard.press('Control+Shift+z');

test('every kind of change is one undo step, and redo brings it back', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  const nodes = page.locator('.react-flow__node');
  const edges = page.locator('.react-flow__edge');
  await expect(nodes).toHaveCount(7);

  // A property edit (typing a whole name is one step).
  await node(page, 'ecs-1').click();
  await inspector(page).getByLabel('名称').fill('订单服务');
  await expect(node(page, 'ecs-1')).toContainText('订单服务');
  await page.locator('main.canvas').click({ position: { x: 5, y: 5 } });
  await undo(page);
  await expect(node(page, 'ecs-1')).not.toContainText('订单服务');
  await redo(page);
  await expect(node(page, 'ecs-1')).toContainText('订单服务');

  // A whole drag is one step.
  const start = (await node(page, 'slb-1').boundingBox())!;
  await dragNode(page, 'slb-1', 0, 30);
  const moved = (await node(page, 'slb-1').boundingBox())!;
  expect(moved.y).toBeGreaterThan(start.y + 15);
  await undo(page);
  await expect.poll(async () => Math.round((await node(page, 'slb-1').boundingBox())!.y)).toBe(Math.round(start.y));
  await redo(page);
  await expect.poll(async () => Math.round((await node(page, 'slb-1').boundingBox())!.y)).toBe(Math.round(moved.y));

  // Delete (a zone with its contents and their edges), then undo it.
  await node(page, 'data-1').locator('.zone-node__header').click();
  await page.keyboard.press('Delete');
  await expect(nodes).toHaveCount(5);
  await expect(edges).toHaveCount(1);
  await undo(page);
  await expect(nodes).toHaveCount(7);
  await expect(edges).toHaveCount(2);

  // Undo the connections and the last additions, one by one, then redo all of them.
  await undo(page); // redo of the move is still there: undo it (move)
  await undo(page); // name
  await undo(page); // second connection
  await expect(edges).toHaveCount(1);
  await undo(page); // first connection
  await expect(edges).toHaveCount(0);
  await undo(page); // the RDS
  await expect(nodes).toHaveCount(6);
  for (let i = 0; i < 5; i++) await redo(page);
  await expect(nodes).toHaveCount(7);
  await expect(edges).toHaveCount(2);
  await expect(node(page, 'ecs-1')).toContainText('订单服务');

  // The toolbar says what undo would undo.
  await expect(page.getByRole('button', { name: '撤销' })).toHaveAttribute('title', '撤销：移动');
});

test('copy and paste (keyboard and context menu) and duplicate give fresh ids in the right zones, one step each', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await buildThreeZoneDesign(page);
  // Select ECS and RDS with shift-click, copy, paste.
  await node(page, 'ecs-1').click();
  await node(page, 'rds-1').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(node(page, 'ecs-2')).toBeVisible();
  await expect(node(page, 'rds-2')).toBeVisible();
  let file = (await downloadDiagram(page)).json;
  const byId = (id: string) => file.nodes.find((n: { id: string }) => n.id === id);
  expect(byId('ecs-2').parent).toBe('app-1');
  expect(byId('rds-2').parent).toBe('data-1');
  // The edge between the copied nodes was copied and rewired.
  expect(file.edges.find((e: { source: string }) => e.source === 'ecs-2')).toMatchObject({ target: 'rds-2', kind: 'traffic' });
  // The paste is one step.
  await page.keyboard.press('Control+z');
  await expect(node(page, 'ecs-2')).toHaveCount(0);
  await expect(node(page, 'rds-2')).toHaveCount(0);

  // Duplicate with the keyboard.
  await node(page, 'slb-1').click();
  await page.keyboard.press('Control+d');
  await expect(node(page, 'slb-2')).toBeVisible();

  // Context menu: copy the SLB, paste on the empty canvas where clicked.
  await node(page, 'slb-1').click({ button: 'right', position: { x: 6, y: 6 } }); // the duplicate covers its middle
  await page.getByRole('menu').getByRole('menuitem', { name: '复制', exact: true }).click();
  const box = (await page.locator('main.canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width - 260, box.y + 12, { button: 'right' }); // empty canvas above the VPC
  await page.getByRole('menu').getByRole('menuitem', { name: '粘贴', exact: true }).click();
  await expect(node(page, 'slb-3')).toBeVisible();
  file = (await downloadDiagram(page)).json;
  expect(file.nodes.find((n: { id: string }) => n.id === 'slb-3').parent).toBeUndefined();
});

test('the clipboard carries diagrams between tabs', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await buildThreeZoneDesign(page);
  await node(page, 'app-1').locator('.zone-node__header').click();
  await page.keyboard.press('Control+c');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(clip).nodes.map((n: { id: string }) => n.id).sort()).toEqual(['app-1', 'ecs-1']);

  const other = await context.newPage();
  await openEditor(other);
  await other.getByRole('button', { name: '新建' }).click();
  await other.getByRole('dialog', { name: '新建图' }).getByRole('button', { name: '创建' }).click();
  await expect(other.locator('.react-flow__node')).toHaveCount(0);
  await other.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await other.keyboard.press('Control+v');
  await expect(other.locator('.react-flow__node')).toHaveCount(2);
  await expect(other.locator('.react-flow__node-zone')).toContainText('应用区 / 业务区');
});

test('the shortcut sheet lists the keys, and Escape closes it', async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: '快捷键' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /撤销/ })).toContainText('Ctrl+Z');
  await expect(sheet.getByRole('row', { name: /粘贴/ })).toContainText('Ctrl+V');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
