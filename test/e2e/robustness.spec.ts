import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { canvas, dragFromPalette, downloadBytes, downloadDiagram, inspector, node, openEditor, waitSaved } from './editor-helpers.ts';

test('two tabs on the same diagram never overwrite each other’s work', async ({ context }) => {
  // Saves can be held back in every tab (they fail while held), so that both tabs surely have unsaved
  // work of their own before either saves: on a loaded machine one tab's autosave could otherwise
  // land before the other tab's edit, which then simply follows it (no conflict to test).
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { __holdSaves: boolean }).__holdSaves = false;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __holdSaves: boolean }).__holdSaves && this.name === 'diagrams') throw new DOMException('Saves are held by the test.', 'AbortError');
      return put.apply(this, args);
    };
  });
  const hold = (tab: Page, on: boolean) => tab.evaluate((value) => ((window as unknown as { __holdSaves: boolean }).__holdSaves = value), on);
  const a = await context.newPage();
  await openEditor(a);
  const box = (await canvas(a).boundingBox())!;
  await dragFromPalette(a, '云服务器 ECS', { x: box.x + 300, y: box.y + 200 });
  await waitSaved(a);

  const b = await context.newPage();
  await openEditor(b);
  await expect(node(b, 'ecs-1')).toBeVisible();

  // A saves an edit; B, with nothing unsaved, follows.
  await node(a, 'ecs-1').click();
  await inspector(a).getByLabel('名称').fill('A 的名字');
  await waitSaved(a);
  await expect(node(b, 'ecs-1')).toContainText('A 的名字');

  // Both edit at once, each with its own unsaved work (their saves held until both have failed);
  // then A saves first. B must not overwrite that newer save but say so and keep its own work as a copy.
  await hold(a, true);
  await hold(b, true);
  await node(a, 'ecs-1').click();
  await node(b, 'ecs-1').click();
  await inspector(a).getByLabel('名称').fill('A 的第二个名字');
  await inspector(b).getByLabel('名称').fill('B 的名字');
  await expect(a.locator('.save-status')).toHaveAttribute('data-status', 'failed');
  await expect(b.locator('.save-status')).toHaveAttribute('data-status', 'failed');
  await hold(a, false);
  await hold(b, false);
  await a.getByRole('alert').getByRole('button', { name: '重试保存' }).click();
  await waitSaved(a);
  await expect(b.locator('.save-status')).toHaveAttribute('data-status', 'conflict');
  const banner = b.getByRole('alert').filter({ hasText: '另一个标签页已保存了此图的更新版本' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: '将此页面的版本另存为副本' }).click();
  await waitSaved(b);
  await expect(node(b, 'ecs-1')).toContainText('B 的名字');
  await expect(node(a, 'ecs-1')).toContainText('A 的第二个名字');

  // Both versions are kept.
  await a.getByRole('button', { name: '我的图' }).click();
  await expect(a.getByRole('dialog', { name: '我的图' }).getByRole('listitem')).toHaveCount(2);
});

test('a failed save shows a lasting warning and offers the file; retrying saves', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    const w = window as unknown as { __failSaves: boolean; __failedPuts: number };
    w.__failSaves = false;
    // Counted, so the test can wait for the failure it means to retry instead of for time.
    w.__failedPuts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__failSaves && this.name === 'diagrams') {
        w.__failedPuts += 1;
        // A browser-specific error name: detection must not depend on it.
        throw new DOMException('The quota has been exceeded.', 'NS_ERROR_DOM_QUOTA_REACHED');
      }
      return put.apply(this, args);
    };
  });
  await openEditor(page);
  await waitSaved(page);
  await page.evaluate(() => ((window as unknown as { __failSaves: boolean }).__failSaves = true));
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, 'Web应用防火墙', { x: box.x + 300, y: box.y + 200 });
  const banner = page.getByRole('alert').filter({ hasText: '未保存：浏览器存储失败' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('NS_ERROR_DOM_QUOTA_REACHED');
  await expect(page.locator('.save-status')).toHaveText('未保存');
  // The diagram is intact in the page and can be downloaded at once.
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '下载文件' }).click()]);
  expect(download.suggestedFilename()).toBe('未命名系统.mlps.json');
  // Further edits keep the warning up. Their autosave is debounced: wait until it has tried and failed
  // too, or it could run after the fault is cleared below, succeed on its own and take the banner
  // (and its 重试保存) away before the test retries.
  const failedPuts = () => page.evaluate(() => (window as unknown as { __failedPuts: number }).__failedPuts);
  const failedBefore = await failedPuts();
  await dragFromPalette(page, '云防火墙', { x: box.x + 500, y: box.y + 200 });
  await expect.poll(failedPuts).toBeGreaterThan(failedBefore);
  await expect(page.locator('.save-status')).toHaveAttribute('data-status', 'failed');
  await expect(banner).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __failSaves: boolean }).__failSaves = false));
  await banner.getByRole('button', { name: '重试保存' }).click();
  await waitSaved(page);
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});

test('an unreadable autosave is kept aside and offered, never overwritten', async ({ page }) => {
  await openEditor(page);
  await waitSaved(page);
  // Corrupt the stored copy of the open diagram behind the app's back.
  const corrupt = '{"format":"mlps-designer/diagram","schemaVersion":1,"meta":{"title":"坏掉的图","level":3,"platform":"alibaba-public"},"nodes":[{"id":"x","kind":"product","product":"ecs","position":{"x":0,"y":0},"parent":"nowhere"}],"edges":[]}';
  await page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mlps-designer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const id = await new Promise<string>((resolve) => {
      const get = db.transaction('settings').objectStore('settings').get('lastOpen');
      get.onsuccess = () => resolve(get.result.value);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('diagrams', 'readwrite');
      const store = tx.objectStore('diagrams');
      const get = store.get(id);
      get.onsuccess = () => store.put({ ...get.result, title: '坏掉的图', text });
      tx.oncomplete = () => resolve();
    });
    db.close();
  }, corrupt);
  await page.reload();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: '上次自动保存的图“坏掉的图”无法读取' });
  await expect(banner).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '下载原文件' }).click()]);
  expect((await downloadBytes(download)).toString('utf8')).toBe(corrupt);

  // Editing goes on in a new diagram; the unreadable one stays as it was.
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, '云服务器 ECS', { x: box.x + 300, y: box.y + 200 });
  await waitSaved(page);
  await page.getByRole('button', { name: '我的图' }).click();
  const row = page.getByRole('dialog', { name: '我的图' }).getByRole('listitem').filter({ hasText: '坏掉的图' });
  await expect(row).toContainText('无法读取');
  await expect(row.getByRole('button', { name: '打开' })).toBeDisabled();
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('mlps-designer');
      request.onsuccess = () => resolve(request.result);
    });
    return new Promise<string[]>((resolve) => {
      const all = db.transaction('diagrams').objectStore('diagrams').getAll();
      all.onsuccess = () => resolve(all.result.map((r: { text: string }) => r.text));
    });
  });
  expect(stored).toContain(corrupt);
  await page.keyboard.press('Escape');
  expect(await downloadDiagram(page).then((d) => d.json.nodes.length)).toBe(1);
});
