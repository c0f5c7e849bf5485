import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { canvas, dragFromPalette, inspector, openEditor, openFile, waitSaved, REFERENCE } from './editor-helpers.ts';

const TEMPLATES: { id: string; name: { zh: string }; level: number }[] = JSON.parse(readFileSync(join(process.cwd(), 'templates/index.json'), 'utf8'));
const L3_BASIC = TEMPLATES.find((t) => t.id === 'l3-basic')!;

const myDiagrams = async (page: Page) => {
  await page.getByRole('button', { name: '我的图' }).click();
  return page.getByRole('dialog', { name: '我的图' });
};

test('a fresh app offers the templates on the empty canvas; one click opens a design with its title', async ({ page }, testInfo) => {
  await openEditor(page);
  const start = canvas(page).getByRole('region', { name: '开始设计' });
  for (const info of TEMPLATES) await expect(start.getByRole('button', { name: info.name.zh })).toBeVisible();
  await expect(start.getByRole('button', { name: '空白开始' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('empty-canvas-start.png') });

  await start.getByRole('button', { name: L3_BASIC.name.zh }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText(L3_BASIC.name.zh);
  await expect(page.locator('.title-bar__level')).toHaveText('三级');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(start).toBeHidden();
  // The design's own information: the template's version, the organisation left for the user to fill in.
  await page.keyboard.press('Escape');
  await expect(inspector(page).getByLabel('版本')).toHaveValue('V1.0');
  await expect(inspector(page).getByLabel('运营使用单位')).toHaveValue('');
  await expect(inspector(page).getByLabel('运营使用单位')).toHaveAttribute('placeholder', '（单位名称）');
  await waitSaved(page);

  // 我的图 tells the entries apart: title, level, last change and a picture of each.
  const list = await myDiagrams(page);
  const entry = list.getByRole('listitem').filter({ hasText: L3_BASIC.name.zh });
  await expect(entry).toContainText('三级');
  await expect(entry).toContainText(/更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  await expect(entry.locator('svg.diagram-list__preview rect')).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('my-diagrams.png') });
});

test('start blank puts the templates away and the canvas takes products as before', async ({ page }) => {
  await openEditor(page);
  const start = canvas(page).getByRole('region', { name: '开始设计' });
  await expect(page.getByText('从左侧产品面板拖入区域和产品开始设计')).toBeVisible();
  // A click in the middle of the empty canvas is a click on the canvas, not on a template.
  await canvas(page).click();
  await expect(start).toBeVisible();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('未命名系统');
  await start.getByRole('button', { name: '空白开始' }).click();
  await expect(start).toBeHidden();
  await expect(page.getByText('从左侧产品面板拖入区域和产品开始设计')).toBeVisible();
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, '云服务器 ECS', { x: box.x + 300, y: box.y + 200 });
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('a product dropped on the templates lands on the canvas', async ({ page }) => {
  await openEditor(page);
  const card = canvas(page).getByRole('button', { name: L3_BASIC.name.zh });
  const at = (await card.boundingBox())!;
  await dragFromPalette(page, '云服务器 ECS', { x: at.x + at.width / 2, y: at.y + at.height / 2 });
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('未命名系统');
});

test('in 新建, choosing a template names the design after it until the user types a name', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建图' });
  await expect(dialog.getByLabel('系统名称')).toHaveValue('未命名系统');
  await dialog.getByRole('radio', { name: L3_BASIC.name.zh, exact: true }).check();
  await expect(dialog.getByLabel('系统名称')).toHaveValue(L3_BASIC.name.zh);
  await dialog.getByRole('radio', { name: '空白图', exact: true }).check();
  await expect(dialog.getByLabel('系统名称')).toHaveValue('未命名系统');
  await dialog.getByRole('radio', { name: L3_BASIC.name.zh, exact: true }).check();
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText(L3_BASIC.name.zh);
  await page.keyboard.press('Escape');
  await expect(inspector(page).getByLabel('版本')).toHaveValue('V1.0');
});

test('opening a file that is already in 我的图 offers the entry instead of a second copy', async ({ page }) => {
  await openEditor(page);
  await openFile(page, REFERENCE);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（基础合规架构）');
  await waitSaved(page);
  // The list is read from storage after the dialog opens: wait for the count it should show.
  const expectRows = async (count: number) => {
    const list = await myDiagrams(page);
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: '网上商城（基础合规架构）' })).toHaveCount(count);
    await page.keyboard.press('Escape');
  };
  await expectRows(1);

  // Move to another design, then open the same file again.
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByRole('dialog', { name: '新建图' }).getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('未命名系统');
  await waitSaved(page);
  const ask = page.getByRole('dialog', { name: '此文件已在“我的图”中' });

  // Cancel: nothing changes.
  await openFile(page, REFERENCE);
  await expect(ask).toContainText('网上商城（基础合规架构）');
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('未命名系统');
  await expectRows(1);

  // Open the existing entry: it opens, and no second entry appears.
  await openFile(page, REFERENCE);
  await ask.getByRole('button', { name: '打开已有' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（基础合规架构）');
  await waitSaved(page);
  await expectRows(1);

  // The same file while that entry is open: 打开已有 keeps it as it is.
  await openFile(page, REFERENCE);
  await expect(ask).toContainText('当前打开的图');
  await ask.getByRole('button', { name: '打开已有' }).click();
  await expect(ask).toBeHidden();
  await expectRows(1);

  // Asked for a copy, the user gets one.
  await openFile(page, REFERENCE);
  await ask.getByRole('button', { name: '仍然作为新图打开' }).click();
  await expect(ask).toBeHidden();
  await waitSaved(page);
  await expectRows(2);
});

test('a file that differs from the stored entry in anything opens as a new diagram without asking', async ({ page }, testInfo) => {
  await openEditor(page);
  await openFile(page, REFERENCE);
  await waitSaved(page);
  const changed = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  changed.meta.title = '网上商城（另一版本）';
  const file = testInfo.outputPath('other.mlps.json');
  writeFileSync(file, JSON.stringify(changed));
  await openFile(page, file);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（另一版本）');
  await expect(page.getByRole('dialog', { name: '此文件已在“我的图”中' })).toHaveCount(0);
});
