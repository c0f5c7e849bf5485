/**
 * Connecting and moving into a zone without the mouse (issue 10, item 9): a product is selected,
 * K opens "连线到…", M opens "移入区域…"; typing part of a name, the arrow keys and Enter choose the
 * target. What is checked is what the user gets: the downloaded file and the boxes on screen.
 */
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import type { Diagram } from '../../src/core/model/types.ts';
import { canvas, downloadDiagram, node, openReference, REFERENCE } from './editor-helpers.ts';
import type { Locator } from '@playwright/test';

const reference = (): Diagram => JSON.parse(readFileSync(REFERENCE, 'utf8')) as Diagram;

/**
 * The option the picker's search box points at (what a screen reader announces) is the one named so,
 * and the only one marked selected.
 */
async function expectActive(dialog: Locator, name: string | RegExp): Promise<void> {
  const option = dialog.getByRole('option', { name });
  const id = (await option.getAttribute('id'))!;
  await expect(dialog.getByRole('combobox')).toHaveAttribute('aria-activedescendant', id);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
}

test('连线到…: K, type part of the target name, arrow keys and Enter connect the selected product', async ({ page }) => {
  await openReference(page);
  await page.getByRole('toolbar').getByLabel('新连线类型').selectOption({ label: '运维管理' });
  const edgesBefore = await page.locator('.react-flow__edge').count();
  await node(page, 'n-ecs').click();
  await page.keyboard.press('k');

  const dialog = page.getByRole('dialog', { name: '从“应用服务器”连线到…' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('连线类型：运维管理')).toBeVisible();
  const box = dialog.getByRole('combobox', { name: '搜索目标产品（名称、标签、区域）' });
  await expect(box).toBeFocused();
  // The product itself and the zones are never offered.
  await expect(dialog.getByRole('option', { name: /^应用服务器/ })).toHaveCount(0);
  await expect(dialog.getByRole('option', { name: /^生产 VPC/ })).toHaveCount(0);

  await page.keyboard.type('附件');
  await expect(dialog.getByRole('option')).toHaveCount(2);
  await expectActive(dialog, '附件存储 对象存储 OSS，华东1（杭州）生产地域 › 生产 VPC › 数据区');
  await page.keyboard.press('ArrowDown');
  await expectActive(dialog, /^附件存储 副本 对象存储 OSS，/);
  await page.keyboard.press('ArrowUp');
  await expectActive(dialog, /^附件存储 对象存储 OSS，/);
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgesBefore + 1);
  // The new connection is the selection.
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  const { json } = await downloadDiagram(page);
  const before = new Set(reference().edges.map((e) => e.id));
  expect(json.edges.filter((e: { id: string }) => !before.has(e.id))).toEqual([expect.objectContaining({ source: 'n-ecs', target: 'n-oss', kind: 'management' })]);
});

test('移入区域…: M, type the zone name, Enter moves the product into that zone, drawn inside it', async ({ page }) => {
  await openReference(page);
  await node(page, 'n-ecs').click();
  await page.keyboard.press('m');

  const dialog = page.getByRole('dialog', { name: '将“应用服务器”移入区域…' });
  await expect(dialog).toBeVisible();
  // Not the zone it is already in; the top level is offered.
  await expect(dialog.getByRole('option', { name: /^应用区，/ })).toHaveCount(0);
  await expect(dialog.getByRole('option', { name: /^顶层（不在任何区域中）/ })).toHaveCount(1);

  await page.keyboard.type('数据区');
  await expectActive(dialog, '数据区，华东1（杭州）生产地域 › 生产 VPC');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Still selected, and drawn inside the data zone's box.
  await expect(node(page, 'n-ecs')).toHaveClass(/selected/);
  const zone = (await node(page, 'z-data').boundingBox())!;
  const ecs = (await node(page, 'n-ecs').boundingBox())!;
  expect(ecs.x).toBeGreaterThanOrEqual(zone.x);
  expect(ecs.y).toBeGreaterThanOrEqual(zone.y);
  expect(ecs.x + ecs.width).toBeLessThanOrEqual(zone.x + zone.width);
  expect(ecs.y + ecs.height).toBeLessThanOrEqual(zone.y + zone.height);

  const { json } = await downloadDiagram(page);
  expect(json.nodes.find((n: { id: string }) => n.id === 'n-ecs').parent).toBe('z-data');
});

test('Escape closes the picker and changes nothing; a zone cannot be connected from', async ({ page }) => {
  await openReference(page);
  await node(page, 'n-ecs').click();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('数据区');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const { json } = await downloadDiagram(page);
  expect(json.nodes.find((n: { id: string }) => n.id === 'n-ecs').parent).toBe('z-app');

  await node(page, 'z-data').locator('.zone-node__header').click();
  await page.keyboard.press('k');
  await expect(page.getByRole('status').filter({ hasText: '先选中一个产品，再连线到其他产品。' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('移入区域… into a zone off screen pans the canvas so the moved product shows', async ({ page }) => {
  await openReference(page);
  await node(page, 'n-ecs').click();
  // Zoom in until the disaster-recovery region is out of sight.
  const backup = node(page, 'z-backup');
  const canvasBox = async () => (await canvas(page).boundingBox())!;
  const shown = async (id: string) => {
    const box = await node(page, id).boundingBox();
    const view = await canvasBox();
    return !!box && box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
  };
  await expect(backup).toBeVisible();
  for (let i = 0; i < 6 && (await shown('z-backup')); i++) {
    const before = (await backup.boundingBox())!.width;
    await page.keyboard.press('Control+=');
    await expect.poll(async () => (await backup.boundingBox())!.width).toBeGreaterThan(before * 1.2);
  }
  expect(await shown('z-backup')).toBe(false);
  await page.keyboard.press('m');
  await page.keyboard.type('异地备份');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect.poll(() => shown('n-ecs')).toBe(true);
  const { json } = await downloadDiagram(page);
  expect(json.nodes.find((n: { id: string }) => n.id === 'n-ecs').parent).toBe('z-backup');
});
