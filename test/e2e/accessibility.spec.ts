/**
 * What a screen reader or keyboard user meets on the canvas (names in the UI language, a skip link),
 * and connecting products without pixel-hunting (handles' reach, connect mode, no runaway auto-pan).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { buildThreeZoneDesign, canvas, node, openEditor } from './editor-helpers.ts';

const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');
const zoomOf = async (page: Page) => Number(/scale\(([\d.]+)\)/.exec((await viewport(page))!)![1]);

/** The handle's hit area in screen px, across and along its side: probed with elementFromPoint from its centre. */
async function hitArea(handle: Locator): Promise<{ width: number; height: number; dot: number }> {
  return handle.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    const hits = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('.react-flow__handle') === el;
    const reach = (dx: number, dy: number) => {
      let d = 0;
      while (d < 200 && hits(cx + dx * (d + 1), cy + dy * (d + 1))) d++;
      return d;
    };
    return { width: reach(1, 0) + reach(-1, 0) + 1, height: reach(0, 1) + reach(0, -1) + 1, dot: r.width };
  });
}

test('products, zones, connections and React Flow controls have names in Chinese, and a skip link leads to the canvas', async ({ page }) => {
  await openEditor(page);
  // The first Tab stop skips the title bar, the toolbar and the palette.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到画布' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas(page)).toBeFocused();

  await buildThreeZoneDesign(page);
  // A product: what it is, its zone, its open errors; not its text run together ("云服务器 ECS4").
  await expect(page.getByRole('group', { name: /^云服务器 ECS，应用区 \/ 业务区，\d+ 个错误$/ })).toBeVisible();
  await expect(node(page, 'ecs-1')).toHaveAttribute('aria-roledescription', '产品');
  await expect(page.getByRole('group', { name: /^应用区 \/ 业务区，1 项/ })).toBeVisible();
  const edge = page.getByRole('group', { name: /^负载均衡 → 云服务器 ECS，业务流量/ });
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('aria-roledescription', '连线');
  await expect(page.locator('[aria-label^="Edge from"]')).toHaveCount(0);
  for (const name of ['放大', '缩小', '全部显示']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Zoom In|Zoom Out|Fit View/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(node(page, 'ecs-1')).toHaveAttribute('aria-label', /^Elastic Compute Service.*, \d+ errors?$/);
  await expect(node(page, 'ecs-1')).not.toHaveAttribute('aria-label', /\b1 errors\b/);
  await expect(page.getByRole('link', { name: 'Skip to canvas' })).toBeAttached();
});

test('a handle takes the pointer over at least 12 screen px, at 100 % and zoomed far out, with a small dot', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  const zoomIn = page.getByRole('button', { name: '放大', exact: true });
  while ((await zoomOf(page)) < 1) await zoomIn.click();
  await node(page, 'ecs-1').hover();
  for (const side of ['right', 'left', 'top', 'bottom']) {
    const area = await hitArea(node(page, 'ecs-1').locator(`.react-flow__handle-${side}`));
    expect(area.width, side).toBeGreaterThanOrEqual(12);
    expect(area.height, side).toBeGreaterThanOrEqual(12);
    expect(area.dot, side).toBeLessThanOrEqual(12);
  }
  // Far out a product is a coloured box of a few pixels with one handle.
  const zoomOut = page.getByRole('button', { name: '缩小', exact: true });
  while ((await page.locator('.product-node--far').count()) === 0) await zoomOut.click();
  await zoomOut.click();
  expect(await zoomOf(page)).toBeLessThan(0.25);
  await node(page, 'ecs-1').hover();
  const far = await hitArea(node(page, 'ecs-1').locator('.react-flow__handle-right'));
  expect(far.width).toBeGreaterThanOrEqual(12);
  expect(far.height).toBeGreaterThanOrEqual(12);
  expect(far.dot).toBeLessThan(6);
});

test('dragging a connection in the middle of the canvas leaves the view where it is; near the edge it pans', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  const before = await viewport(page);
  const from = node(page, 'slb-1');
  await from.hover();
  const handle = (await from.locator('.react-flow__handle-bottom').boundingBox())!;
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 10 });
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 100, { steps: 10 });
  await expect(page.locator('.react-flow__connectionline')).toBeVisible();
  // Held still for a few frames: a runaway pan would show by now.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  expect(await viewport(page)).toBe(before);
  // Near the canvas's left edge the view does follow the pointer.
  await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 10 });
  await expect.poll(() => viewport(page)).not.toBe(before);
  await page.mouse.up();
});

test('connect mode connects two products by dragging body to body, and turning it off drags again', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  const toggle = page.getByRole('button', { name: '连线模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const from = (await node(page, 'slb-1').boundingBox())!;
  const to = (await node(page, 'rds-1').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2 - 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 5, { steps: 15 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(page.getByRole('group', { name: /^负载均衡 → 云数据库 RDS/ })).toHaveCount(1);
  expect((await node(page, 'slb-1').boundingBox())!.x).toBeCloseTo(from.x, 0);

  // The key C turns it off again (focus on the canvas, not in a field); a body drag then moves the product.
  await canvas(page).focus();
  await page.keyboard.press('c');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await node(page, 'slb-1').boundingBox())!.y).toBeGreaterThan(from.y + 20);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});

test('in English the palette shows its entries and section names in full', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Add Security management zone' })).toBeVisible();
  const cut = await page.locator('.palette__item-name, .palette__group-name').evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
});
