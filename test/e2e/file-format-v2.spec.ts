/**
 * File format version 2 end to end: a version-1 file opens, a security zone gets its 主要功能和作用 and
 * 重要程度 in the inspector, a certificate is recorded in 备案信息 (reached from the export dialog), and
 * the download is a version-2 file holding them, which shows them again once reopened.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { downloadDiagram, inspector, node, openEditor, openFile, reopenAsNewDiagram, waitSaved } from './editor-helpers.ts';

const V1_FILE = join(process.cwd(), 'test/fixtures/v1/all-fields.mlps.json');

async function openFilingDialog(page: Page) {
  await page.getByRole('toolbar').getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('dialog', { name: '导出' }).getByRole('button', { name: '备案信息…' }).click();
  return page.getByRole('dialog', { name: '备案信息：安全产品认证与检测' });
}

async function selectZone(page: Page, id: string) {
  // The zone's frame, clear of what it holds.
  await node(page, id).click({ position: { x: 6, y: 6 } });
  await expect(inspector(page).getByLabel('主要功能和作用')).toBeVisible();
}

test('a version-1 file takes a zone purpose, importance and a certificate, and downloads as version 2', async ({ page }) => {
  await openEditor(page);
  await openFile(page, V1_FILE);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城 Online store');

  await selectZone(page, 'z-data');
  await inspector(page).getByLabel('主要功能和作用').fill('存放订单与会员数据');
  await inspector(page).getByLabel('重要程度').selectOption({ label: '高' });
  // A zone that is not a security zone has neither field.
  await node(page, 'z-region').click({ position: { x: 6, y: 6 } });
  await expect(inspector(page).getByRole('combobox', { name: '地域' })).toBeVisible();
  await expect(inspector(page).getByLabel('主要功能和作用')).toHaveCount(0);

  const filing = await openFilingDialog(page);
  await expect(filing.getByText('尚未登记任何证书。')).toBeVisible();
  await filing.getByLabel('第 1 行 产品').selectOption('waf');
  await filing.getByLabel('第 1 行 版本').selectOption('subscription');
  await filing.getByLabel('第 1 行 类型').selectOption({ label: '安全认证证书' });
  // Too long a number is refused in the field, with the reason, and cannot be added.
  await filing.getByLabel('第 1 行 证书编号').fill('9'.repeat(101));
  await expect(filing.getByRole('alert')).toHaveText('最多 100 个字符');
  await expect(filing.getByRole('button', { name: '添加证书' })).toBeDisabled();
  await filing.getByLabel('第 1 行 证书编号').fill('CCRC-2024-WAF-001');
  await filing.getByLabel('第 1 行 有效期至').fill('2027-02-30');
  await expect(filing.getByRole('alert')).toHaveText('请输入真实日期（YYYY-MM-DD）');
  await filing.getByLabel('第 1 行 有效期至').fill('2027-06-30');
  await filing.getByLabel('第 1 行 发证机构').fill('中国网络安全审查认证和市场监管大数据中心');
  await filing.getByRole('button', { name: '添加证书' }).click();
  await expect(filing.getByRole('button', { name: '删除第 1 行证书' })).toBeVisible();
  await expect(filing.getByLabel('第 1 行 证书编号')).toHaveValue('CCRC-2024-WAF-001');
  await expect(filing.getByLabel('第 2 行 证书编号')).toHaveValue('');
  // A second entry for the same product, edition and type is refused, with the reason.
  await filing.getByLabel('第 2 行 版本').selectOption('subscription');
  await filing.getByLabel('第 2 行 证书编号').fill('CCRC-OTHER');
  await filing.getByRole('button', { name: '添加证书' }).click();
  await expect(filing.getByRole('alert')).toHaveText('该产品、版本和类型已有一条证书');
  await expect(filing.getByRole('button', { name: '删除第 2 行证书' })).toHaveCount(0);
  await filing.getByRole('button', { name: '关闭' }).click();

  await waitSaved(page);
  const saved = await downloadDiagram(page);
  expect(saved.json.schemaVersion).toBe(2);
  const zone = saved.json.nodes.find((n: { id: string }) => n.id === 'z-data');
  expect(zone.props).toEqual({ cidr: '10.0.3.0/24', purpose: '存放订单与会员数据', importance: 'high' });
  expect(saved.json.certificates).toEqual([
    { product: 'waf', edition: 'subscription', type: 'certification', number: 'CCRC-2024-WAF-001', issuer: '中国网络安全审查认证和市场监管大数据中心', validUntil: '2027-06-30' },
  ]);

  // Reopen the downloaded file in a new diagram: the fields are shown again.
  await reopenAsNewDiagram(page, saved);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城 Online store');
  await selectZone(page, 'z-data');
  await expect(inspector(page).getByLabel('主要功能和作用')).toHaveValue('存放订单与会员数据');
  await expect(inspector(page).getByLabel('重要程度')).toHaveValue('high');
  const reopened = await openFilingDialog(page);
  await expect(reopened.getByLabel('第 1 行 产品')).toHaveValue('waf');
  await expect(reopened.getByLabel('第 1 行 版本')).toHaveValue('subscription');
  await expect(reopened.getByLabel('第 1 行 证书编号')).toHaveValue('CCRC-2024-WAF-001');
  await expect(reopened.getByLabel('第 1 行 有效期至')).toHaveValue('2027-06-30');
  await reopened.getByRole('button', { name: '关闭' }).click();
  expect((await downloadDiagram(page)).text).toBe(saved.text);
});
