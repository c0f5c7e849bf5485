import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { test, expect } from './fixtures.ts';
import { downloadBytes, openReference } from './editor-helpers.ts';

test('备案材料 downloads one ZIP with every filing file, the 说明 DOCX with the drawing and the zone table', async ({ page }) => {
  test.setTimeout(180_000);
  await openReference(page);
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  const section = dialog.getByRole('region', { name: '备案材料（表四 01 与 04）' });
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: '备案材料（ZIP）' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('已生成');
  const name = download.suggestedFilename();
  expect(name).toMatch(/^网上商城（基础合规架构） 备案材料 \d{4}-\d{2}-\d{2}\.zip$/);

  const files = unzipSync(new Uint8Array(await downloadBytes(download)));
  const stem = '网上商城（基础合规架构）';
  expect(Object.keys(files).sort()).toEqual(
    ['系统拓扑图.pdf', '系统拓扑图.svg', '系统拓扑结构及说明.docx', '安全产品清单.xlsx', '安全产品清单.docx', '等保合规设计报告.pdf'].map((f) => `${stem} ${f}`).sort(),
  );
  const docx = Buffer.from(files[`${stem} 系统拓扑结构及说明.docx`]!);
  const text = (await mammoth.extractRawText({ buffer: docx })).value;
  expect(text).toContain('网络功能区域名称');
  expect(text).toContain('安全管理区');
  expect(text).toContain('（一）业务访问路径');
  // The drawing is the browser's PNG export, embedded.
  expect((await mammoth.convertToHtml({ buffer: docx })).value).toMatch(/<img [^>]*src="data:image\/png;base64,/);
  expect(Buffer.from(files[`${stem} 安全产品清单.docx`]!).subarray(0, 2).toString()).toBe('PK');
});
