/**
 * Issue 14 in the app, with real user actions: comparing the level-2 and level-3 templates (every
 * product the level-3 one adds is marked added on the canvas and listed; the findings it closes at
 * level 3 are listed with their clauses; the Markdown export says the same); a version kept, the
 * design changed, the version restored, one undo bringing the change back; the level delta on the
 * level-2 template adopted as one undo step.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { closedAndOpened, compareDiagrams } from '../../src/core/diff/index.ts';
import { readDiagramText } from '../../src/core/format/read.ts';
import { test, expect } from './fixtures.ts';
import { downloadBytes, downloadDiagram, openEditor, waitSaved } from './editor-helpers.ts';
import { catalog } from '../support/catalog.ts';

async function newFromTemplate(page: Page, name: string, title: string): Promise<void> {
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建图' });
  await dialog.getByLabel('系统名称').fill(title);
  await dialog.getByRole('radio', { name, exact: true }).check();
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText(title);
  await waitSaved(page);
}

const read = (text: string) => {
  const r = readDiagramText(text, catalog);
  if (!r.ok) throw new Error('unreadable download');
  return r.diagram;
};

test('compare the level-2 and level-3 templates: added products marked, closed findings with clauses', async ({ page }, testInfo) => {
  // A whole journey (two templates, a price list, a refused file, the view, two exports): 28–33 s on
  // two cores shared with other builds, against the default 30 s.
  test.setTimeout(90_000);
  await openEditor(page);
  await newFromTemplate(page, '等保三级 基础合规架构', '三级系统');
  const l3 = await downloadDiagram(page);
  const l3File = join(mkdtempSync(join(tmpdir(), 'mlps-compare-')), l3.name);
  writeFileSync(l3File, l3.text);
  await newFromTemplate(page, '等保二级 小型系统（低成本）', '二级系统');
  const l2 = await downloadDiagram(page);
  // The user's own price list (the app ships none): the comparison then says what the change costs.
  await page.getByRole('toolbar').getByRole('button', { name: '价格表' }).click();
  const prices = page.getByRole('dialog', { name: '价格表' });
  const chooseList = page.waitForEvent('filechooser');
  await prices.getByRole('button', { name: '选择文件…' }).click();
  await (await chooseList).setFiles(join(process.cwd(), 'test/fixtures/prices/list-40.csv'));
  await expect(prices.getByRole('status')).toContainText('40 条价格');
  await prices.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('toolbar').getByRole('button', { name: '对比', exact: true }).click();
  const pick = page.getByRole('dialog', { name: '对比设计' });
  await pick.getByRole('radio', { name: '当前设计与文件' }).check();
  await pick.getByLabel('检查等级').selectOption({ label: '三级' });
  // A file the reader refuses is named with the reason and where; nothing else happens.
  const broken = join(mkdtempSync(join(tmpdir(), 'mlps-compare-')), 'broken.mlps.json');
  writeFileSync(broken, '{\n  "format": "mlps-designer/diagram",\n  "nodes": [\n');
  await pick.locator('input[type="file"]').setInputFiles(broken);
  await expect(pick.getByRole('alert')).toContainText('broken.mlps.json');
  await expect(pick.getByRole('alert')).toContainText(/第 \d+ 行/);
  const chooser = page.waitForEvent('filechooser');
  await pick.getByText('选择文件').click();
  await (await chooser).setFiles(l3File);

  const view = page.locator('dialog.compare-view');
  await expect(view.getByTestId('compare-view')).toBeVisible();
  const expected = compareDiagrams(read(l2.text), read(l3.text), catalog, { level: 3, today: '2026-12-03' });
  const l2Products = new Set(read(l2.text).nodes.flatMap((n) => (n.kind === 'product' ? [n.product] : [])));
  const newProducts = read(l3.text).nodes.filter((n) => n.kind === 'product' && !l2Products.has(n.product));
  expect(newProducts.length).toBeGreaterThan(0);
  for (const n of newProducts) {
    await expect(view.locator(`.react-flow__node[data-id="${n.id}"] .cmp-node`)).toHaveAttribute('data-status', 'added');
    await expect(view.getByTestId('compare-changes').locator(`li[data-node="${n.id}"]`)).toHaveClass('is-added');
  }
  const added = expected.diff.nodes.added;
  await expect(view.locator('.cmp-node[data-status="added"]')).toHaveCount(added.length);
  expect(expected.findings.go.length).toBeGreaterThan(0);
  const closed = view.getByTestId('compare-findings').locator('li.is-go');
  await expect(closed).toHaveCount(expected.findings.go.length);
  for (const f of expected.findings.go) await expect(closed.filter({ has: page.locator(`.cmp-rule:text-is("${f.rule}")`) }).first()).toContainText(f.clause);
  await expect(view.getByTestId('compare-summary')).toContainText('三级');
  // Priced both sides with the stored list: the yearly cost goes up by what the level-3 design adds.
  await expect(view.getByTestId('compare-cost')).toContainText('/年');
  await expect(view.getByTestId('compare-cost')).toContainText('+¥');
  for (const rule of closedAndOpened(expected).closes) await expect(view.getByTestId('compare-closes')).toContainText(rule);
  await page.waitForTimeout(300);
  await page.screenshot({ path: testInfo.outputPath('compare-l2-l3.png') });
  await expect(view.locator('.cmp-node[data-status="removed"]')).toHaveCount(expected.diff.nodes.removed.length);
  // A changed node shows its changes on focus.
  const changedNode = view.locator('.react-flow__node.cmp-changed').first();
  await changedNode.focus();
  await expect(changedNode.locator('.cmp-tip')).toBeVisible();
  await expect(changedNode).toHaveAttribute('aria-label', /已修改/);

  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: '导出 Markdown' }).click()]);
  const md = (await downloadBytes(download)).toString('utf8');
  for (const f of expected.findings.go) expect(md).toContain(f.clause);
  const [pdf] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: '导出 PDF' }).click()]);
  expect((await downloadBytes(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Leaving the compare view: back to editing the level-2 design, unchanged.
  await view.getByRole('button', { name: '返回编辑' }).click();
  await expect(view).toHaveCount(0);
  expect((await downloadDiagram(page)).text).toBe(l2.text);
});

test('save a version, change the design, compare, restore it; one undo brings the change back', async ({ page }, testInfo) => {
  // 25 s on two loaded cores: close to the default 30 s.
  test.setTimeout(90_000);
  await openEditor(page);
  await newFromTemplate(page, '等保二级 小型系统（低成本）', '版本试用');
  const original = await downloadDiagram(page);
  await page.getByRole('toolbar').getByRole('button', { name: '版本', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '版本' });
  await dialog.getByLabel('说明').fill('评审前');
  await dialog.getByRole('button', { name: '保存版本' }).click();
  await expect(dialog.locator('.versions__item')).toHaveCount(1);
  await expect(dialog.locator('.versions__item')).toContainText('评审前');
  await expect(dialog.locator('.versions__item')).toContainText('二级');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await page.locator('.react-flow__node-product').first().click();
  await page.keyboard.press('Delete');
  const changed = await downloadDiagram(page);
  expect(changed.json.nodes.length).toBe(original.json.nodes.length - 1);

  // Compared with the kept version: the deleted product is a red ghost where it was, not selectable.
  const deleted = original.json.nodes.find((n: { id: string }) => !changed.json.nodes.some((m: { id: string }) => m.id === n.id));
  await page.getByRole('toolbar').getByRole('button', { name: '版本', exact: true }).click();
  await page.getByRole('dialog', { name: '版本' }).getByRole('button', { name: '与当前对比' }).click();
  const view = page.locator('dialog.compare-view');
  const ghost = view.locator(`.react-flow__node[data-id="ghost:${deleted.id}"]`);
  await expect(ghost.locator('.cmp-node')).toHaveAttribute('data-status', 'removed');
  await expect(view.locator('.cmp-node[data-status="removed"]')).toHaveCount(1);
  await expect(view.getByTestId('compare-changes').locator(`li.is-removed[data-node="${deleted.id}"]`)).toBeVisible();
  await expect(ghost).not.toHaveClass(/selectable/);
  const box = (await ghost.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await page.waitForTimeout(400);
  await view.getByTestId('compare-canvas').screenshot({ path: testInfo.outputPath('version-ghost.png') });
  await view.getByRole('button', { name: '返回编辑' }).click();
  expect((await downloadDiagram(page)).text).toBe(changed.text);

  // Listed in 我的图 with the design, and restored from there.
  await page.getByRole('toolbar').getByRole('button', { name: '我的图' }).click();
  const list = page.getByRole('dialog', { name: '我的图' });
  const row = list.locator('.diagram-list__item', { hasText: '版本试用' });
  await row.getByRole('button', { name: '版本', exact: true }).click();
  await expect(row.locator('.versions__item')).toContainText('评审前');
  await row.locator('.versions__item', { hasText: '评审前' }).getByRole('button', { name: '恢复' }).click();
  await expect(list).toHaveCount(0);
  expect((await downloadDiagram(page)).text).toBe(original.text);
  await page.keyboard.press('Control+z');
  expect((await downloadDiagram(page)).text).toBe(changed.text);

  // A level change keeps the design as it was as an automatic version first.
  await page.getByRole('toolbar').getByLabel('安全保护等级').selectOption({ label: '三级' });
  await page.getByRole('toolbar').getByRole('button', { name: '版本', exact: true }).click();
  const versions = page.getByRole('dialog', { name: '版本' }).locator('.versions__item');
  await expect(versions.first()).toContainText('更改等级前');
  await expect(versions.first()).toContainText('二级');
  await expect(versions).toHaveCount(2);
});

test('level delta on the level-2 template: the proposal at level 3, adopted as one undo step', async ({ page }, testInfo) => {
  await openEditor(page);
  await newFromTemplate(page, '等保二级 小型系统（低成本）', '升级试用');
  const today = await downloadDiagram(page);
  await page.getByRole('toolbar').getByRole('button', { name: '升级到三级需要什么' }).click();
  const view = page.locator('dialog.compare-view');
  await expect(view.getByTestId('compare-view')).toBeVisible();
  await expect(view.getByTestId('compare-proposal')).toContainText('快速修复');
  await expect(view.locator('.cmp-node[data-status="added"]').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('level-delta.png') });
  // Leaving without 采纳 changes nothing.
  await view.getByRole('button', { name: '返回编辑' }).click();
  expect((await downloadDiagram(page)).text).toBe(today.text);
  await page.getByRole('toolbar').getByRole('button', { name: '升级到三级需要什么' }).click();
  await expect(view.getByTestId('compare-view')).toBeVisible();
  const remaining = await view.getByTestId('compare-remaining').locator('li').allTextContents().catch(() => []);
  await view.getByRole('button', { name: '采纳' }).click();
  await expect(view).toHaveCount(0);
  const adopted = await downloadDiagram(page);
  expect(adopted.json.meta.level).toBe(3);
  const status = page.getByRole('region', { name: '等保检查' }).getByRole('status');
  if (remaining.length === 0) await expect(status).toContainText('错误 0');
  else await expect(status).toContainText(`错误 ${remaining.length}`);
  await page.keyboard.press('Control+z');
  expect((await downloadDiagram(page)).text).toBe(today.text);
});
