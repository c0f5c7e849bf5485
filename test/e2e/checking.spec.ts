import { test, expect } from './fixtures.ts';
import { connectNodes, node, openReference, waitSaved } from './editor-helpers.ts';

/** Zoom to two nodes (select them, Shift+2) so their handles can be reached, then connect them. */
async function connectUp(page: import('@playwright/test').Page, from: string, to: string) {
  await node(page, from).click();
  await node(page, to).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+2');
  await page.waitForTimeout(400);
  await connectNodes(page, from, to, 'bottom');
}

const panel = (page: import('@playwright/test').Page) => page.getByRole('region', { name: '等保检查' });

test('live checking: a gap appears with its badge, is found, fixed in one step, undone; the level switch re-checks', async ({ page }) => {
  await openReference(page);
  await expect(panel(page).getByRole('status')).toContainText('错误 0');
  await expect(panel(page).getByText('没有发现问题。')).toBeVisible();

  // Draw a gap: Internet users straight to the application server.
  await connectUp(page, 'n-users', 'n-ecs');
  // The server, and the stores behind it, are now reachable from the Internet with no boundary control.
  const abs01 = panel(page).locator('.finding[data-rule="ABS-01"]').filter({ hasText: '应用服务器 可从外部的 商城用户 直接访问' });
  await expect(abs01).toBeVisible();
  const badge = node(page, 'n-ecs').getByRole('img', { name: /个错误/ });
  await expect(badge).toBeVisible();
  const errorsOn = async () => Number((await badge.getAttribute('aria-label').catch(() => null))?.match(/\d+/)?.[0] ?? 0);
  const before = await errorsOn();
  expect(before).toBeGreaterThan(1);

  // Click the finding: its node is selected (and shown), the panel filters to it.
  await page.keyboard.press('Escape');
  await abs01.locator('.finding__message').click();
  await expect(node(page, 'n-ecs')).toHaveClass(/selected/);
  await expect(panel(page).getByText('仅显示所选元素的问题')).toBeVisible();
  // Its targets are the server and the edge into it.
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);

  // Expand it: clause and control point for level 3.
  await abs01.getByRole('button', { name: 'ABS-01 +' }).click();
  await expect(abs01.locator('.finding__details')).toContainText('8.1.3.1 a)');
  await expect(abs01.locator('.finding__details')).toContainText('边界防护');

  // Apply the quick fix: one step; the finding and the badge are gone.
  await abs01.getByRole('button', { name: /^修复：在互联网入口加入 云防火墙（可解决 \d+ 项）/ }).click();
  await expect(panel(page).locator('.finding[data-rule="ABS-01"]')).toHaveCount(0);
  await expect.poll(errorsOn).toBeLessThan(before); // the WAF finding remains
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(abs01).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(panel(page).locator('.finding[data-rule="ABS-01"]')).toHaveCount(0);
  await page.keyboard.press('Control+z');

  // Switch the level: findings change at once (ABS-03 is an error at level 3, information at level 2).
  const abs03 = panel(page).locator('.finding[data-rule="ABS-03"]').filter({ hasText: '到 应用服务器' });
  await expect(abs03.locator('.finding__severity')).toHaveText('错误');
  await page.getByRole('toolbar').getByLabel('安全保护等级').selectOption('2');
  await expect(panel(page).getByText('按二级检查')).toBeVisible();
  await expect(abs03.locator('.finding__severity')).toHaveText('提示');
  await abs01.getByRole('button', { name: 'ABS-01 +' }).click(); // it was re-created by the undo
  await expect(abs01.locator('.finding__details')).toContainText('7.1.3.1 a)');
  await page.getByRole('toolbar').getByLabel('安全保护等级').selectOption('3');
  await expect(abs03.locator('.finding__severity')).toHaveText('错误');
});

test('a finding waived with a reason stays visible as accepted, in the file and after a reload', async ({ page }) => {
  await openReference(page);
  await connectUp(page, 'n-users', 'n-ecs');
  const gen01 = panel(page).locator('.finding[data-rule="GEN-01"]');
  await expect(gen01).toBeVisible();
  await gen01.getByRole('button', { name: '接受风险…' }).click();
  const form = gen01.getByRole('form', { name: '接受此问题（记录理由）' });
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
  await form.getByLabel('接受理由').fill('临时测试链路，上线前删除 <b>&</b>');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(gen01.locator('.finding__accepted')).toHaveText('已接受');
  await expect(gen01).toContainText('已接受：临时测试链路，上线前删除 <b>&</b>');
  await expect(panel(page).getByRole('status')).toContainText('已接受 1');

  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(panel(page).locator('.finding[data-rule="GEN-01"]')).toContainText('已接受：临时测试链路，上线前删除 <b>&</b>');

  // Edit the reason, then withdraw the acceptance.
  const again = panel(page).locator('.finding[data-rule="GEN-01"]');
  await again.getByRole('button', { name: '修改理由' }).click();
  await again.getByLabel('接受理由').fill('已改用 HTTPS');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again).toContainText('已接受：已改用 HTTPS');
  await again.getByRole('button', { name: '撤销接受' }).click();
  await expect(again.locator('.finding__accepted')).toHaveCount(0);
  await expect(panel(page).getByRole('status')).toContainText('已接受 0');
});

test('manual check items are ticked, annotated and kept with the diagram', async ({ page }) => {
  await openReference(page);
  const item = panel(page).locator('.manual-item').filter({ hasText: 'MAN-03' });
  await item.getByRole('checkbox').check();
  await item.getByLabel('备注（MAN-03）').fill('默认账号已删除');
  await expect(panel(page).getByText('已确认 1/10')).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await expect(panel(page).locator('.manual-item').filter({ hasText: 'MAN-03' }).getByRole('checkbox')).toBeChecked();
  await expect(panel(page).getByLabel('备注（MAN-03）')).toHaveValue('默认账号已删除');
});
