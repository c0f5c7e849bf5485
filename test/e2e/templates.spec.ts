import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { downloadDiagram, openEditor } from './editor-helpers.ts';

interface Info {
  id: string;
  file: string;
  name: { zh: string };
  level: number;
}

const TEMPLATES: Info[] = JSON.parse(readFileSync(join(process.cwd(), 'templates/index.json'), 'utf8'));

for (const info of TEMPLATES) {
  test(`starting from the template ${info.id}: fresh ids, the user's title, moved, tidied up, undone`, async ({ page }, testInfo) => {
    const template = JSON.parse(readFileSync(join(process.cwd(), 'templates', info.file), 'utf8'));
    await openEditor(page);
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建图' });
    await dialog.getByLabel('系统名称').fill(`模板试用 ${info.id}`);
    await dialog.getByRole('radio', { name: info.name.zh, exact: true }).check();
    // The level follows the template's.
    await expect(dialog.getByRole('radio', { name: `${['', '', '二', '三', '四'][info.level]}级`, exact: true })).toBeChecked();
    await dialog.getByRole('button', { name: '创建' }).click();

    await expect(page.locator('.title-bar__diagram-title')).toHaveText(`模板试用 ${info.id}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(template.nodes.length);
    const file = (await downloadDiagram(page)).json;
    const templateIds = new Set([...template.nodes, ...template.edges].map((x: { id: string }) => x.id));
    expect(file.nodes.every((n: { id: string }) => !templateIds.has(n.id))).toBe(true);
    expect(file.edges).toHaveLength(template.edges.length);
    if (info.id !== 'blank-zones') await expect(page.getByRole('region', { name: '等保检查' }).getByRole('status')).toContainText('错误 0');

    // Move a product out of place (the blank template has none), then tidy up: one undo step brings
    // the moved state back.
    if (info.id !== 'blank-zones') {
      const box = (await page.locator('.react-flow__node-product').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 25, { steps: 6 });
      await page.mouse.up();
    }
    const moved = (await downloadDiagram(page)).text;
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar').getByRole('button', { name: '整理全部' }).click();
    await expect(page.getByRole('status').getByText(/已整理全部/)).toBeVisible({ timeout: 20_000 });
    const tidied = (await downloadDiagram(page)).json;
    expect(tidied.nodes).toHaveLength(template.nodes.length);
    await page.getByRole('button', { name: '适应画布' }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: testInfo.outputPath(`${info.id}-tidied.png`) });
    await page.keyboard.press('Control+z');
    expect((await downloadDiagram(page)).text).toBe(moved);
  });
}
