import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { buildThreeZoneDesign, canvas, dragFromPalette, downloadDiagram, inspector, node, openEditor, reopenAsNewDiagram, waitSaved } from './editor-helpers.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'mlps-e2e-'));

test('a new diagram asks for its name and level', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建图' });
  await dialog.getByLabel('系统名称').fill('网上商城');
  await dialog.getByRole('radio', { name: '四级', exact: true }).check();
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城');
  await expect(page.locator('.title-bar__level')).toHaveText('四级');
  await expect(page.getByRole('toolbar').getByLabel('安全保护等级')).toHaveValue('4');
});

test('a downloaded file opens again exactly as it was, and is kept in my diagrams', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  await page.keyboard.press('Escape'); // nothing selected: the inspector shows the system's information
  await inspector(page).getByLabel('系统名称').fill('订单系统/生产<环境>');
  const saved = await downloadDiagram(page);
  expect(saved.name).toBe('订单系统 生产 环境.mlps.json');
  // The very same design is already in 我的图; this test keeps the file as a second entry.
  await reopenAsNewDiagram(page, saved);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('订单系统/生产<环境>');
  // Opening is not an undoable step: undo cannot empty what was just loaded.
  await expect(page.getByRole('toolbar').getByRole('button', { name: '撤销' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  const reopened = await downloadDiagram(page);
  expect(reopened.text).toBe(saved.text);

  await page.getByRole('button', { name: '我的图' }).click();
  const list = page.getByRole('dialog', { name: '我的图' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: '订单系统/生产<环境>' })).toHaveCount(2);
});

test('a reload right after an edit shows that edit', async ({ page }) => {
  await openEditor(page);
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, '云服务器 ECS', { x: box.x + 300, y: box.y + 200 });
  await waitSaved(page);
  await node(page, 'ecs-1').click();
  await inspector(page).getByLabel('名称').fill('刚改的名字');
  // No waiting for the autosave: reload at once.
  await page.reload();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(node(page, 'ecs-1')).toContainText('刚改的名字');
  await waitSaved(page);
});

test('a bad file is refused with what and where, and the open diagram is unchanged', async ({ page }) => {
  await openEditor(page);
  await buildThreeZoneDesign(page);
  await waitSaved(page);
  const before = (await downloadDiagram(page)).text;
  const bad = JSON.parse(before);
  bad.edges.push({ id: 'e-9', source: 'ecs-1', target: 'app-1', kind: 'traffic' });
  bad.nodes[0].position.x = 'left';
  const file = join(temp(), 'bad.mlps.json');
  writeFileSync(file, JSON.stringify(bad));

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: '无法打开 bad.mlps.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('文件内容有 1 处错误，未打开：');
  await expect(dialog.getByRole('listitem')).toHaveText([/\$\.nodes\[0\]\.position\.x（节点 vpc-1）：类型应为 number，实际为 string/]);
  await expect(dialog).toContainText('当前的图没有任何改动。');
  await dialog.getByRole('button', { name: '关闭' }).click();
  expect((await downloadDiagram(page)).text).toBe(before);

  // A file of another program, dropped on the window.
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{"type":"excalidraw","version":2,"elements":[]}'], 'scene.excalidraw', { type: 'application/json' }));
    return dt;
  });
  await page.dispatchEvent('main.canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('main.canvas', 'drop', { dataTransfer });
  const dropped = page.getByRole('dialog', { name: '无法打开 scene.excalidraw' });
  await expect(dropped).toContainText('它看起来是 Excalidraw 画布文件。');
  await dropped.getByRole('button', { name: '关闭' }).click();
  expect((await downloadDiagram(page)).text).toBe(before);
});

test('a dropped diagram file opens', async ({ page }) => {
  await openEditor(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const doc = {
      format: 'mlps-designer/diagram',
      schemaVersion: 1,
      meta: { title: '拖入的图', level: 2, platform: 'alibaba-public' },
      nodes: [{ id: 'w', kind: 'product', product: 'waf', position: { x: 0, y: 0 } }],
      edges: [],
    };
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(doc)], 'dropped.mlps.json', { type: 'application/json' }));
    return dt;
  });
  await page.dispatchEvent('main.canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('main.canvas', 'drop', { dataTransfer });
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('拖入的图');
  await expect(node(page, 'w')).toContainText('Web应用防火墙');
});

test('my diagrams: rename, duplicate and delete', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByRole('dialog', { name: '新建图' }).getByLabel('系统名称').fill('甲系统');
  await page.getByRole('dialog', { name: '新建图' }).getByRole('button', { name: '创建' }).click();
  await waitSaved(page);
  await page.getByRole('button', { name: '我的图' }).click();
  const list = page.getByRole('dialog', { name: '我的图' });
  const first = list.getByRole('listitem').filter({ hasText: '甲系统' });
  await first.getByRole('button', { name: '创建副本' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: '甲系统（副本）' })).toBeVisible();
  const copy = list.getByRole('listitem').filter({ hasText: '甲系统（副本）' });
  await copy.getByRole('button', { name: '重命名' }).click();
  await list.getByLabel('新的系统名称').fill('乙系统');
  await list.getByLabel('新的系统名称').press('Enter');
  const renamed = list.getByRole('listitem').filter({ hasText: '乙系统' });
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: '删除' }).click();
  await renamed.getByRole('button', { name: /确定删除“乙系统”吗/ }).click();
  await expect(list.getByRole('listitem').filter({ hasText: '乙系统' })).toHaveCount(0);
  // The open diagram cannot be deleted from under the editor.
  await expect(first.getByRole('button', { name: '删除' })).toBeDisabled();
  // Renaming the open diagram renames it in the editor.
  await first.getByRole('button', { name: '重命名' }).click();
  await list.getByLabel('新的系统名称').fill('丙系统');
  await list.getByLabel('新的系统名称').press('Enter');
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('丙系统');
});
