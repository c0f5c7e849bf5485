/**
 * Importing an existing system (issue 13), as a user does it: a Terraform state dropped on the canvas,
 * the zone kinds confirmed (one changed), the diagram drawn in its zones and checked; the import report;
 * a newer state imported into the edited design (the user's move kept, the addition highlighted, one
 * undo step); a malformed file refused with where; a ROS YAML template through 打开.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { canvas, downloadDiagram, dragNode, node, openEditor, openFile } from './editor-helpers.ts';

const FIXTURES = join(process.cwd(), 'test/fixtures/import');
const SHOTS = process.env['IMPORT_SHOTS'];
/** An import lays the design out with ELK, cold in a fresh page: seconds on a loaded machine. */
const IMPORTED = { timeout: 30_000 };

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text },
  );
  await page.dispatchEvent('main.canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('main.canvas', 'drop', { dataTransfer });
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Is the node's box on screen inside the zone's box? (Polled: the view may still be moving to fit.) */
async function drawnInside(page: Page, child: string, zone: string): Promise<boolean> {
  const c = (await node(page, child).boundingBox())!;
  const z = (await node(page, zone).boundingBox())!;
  return c.x >= z.x && c.y >= z.y && c.x + c.width <= z.x + z.width + 0.5 && c.y + c.height <= z.y + z.height + 0.5;
}

/** mgmt.state.json a few weeks later: one more RDS in the data vSwitch, the Redis cache gone. */
function newerState(): string {
  const state = JSON.parse(readFileSync(join(FIXTURES, 'mgmt.state.json'), 'utf8'));
  const resources: any[] = state.values.root_module.resources;
  const rds = resources.find((r) => r.address === 'alicloud_db_instance.main');
  const reports = structuredClone(rds);
  reports.address = 'alicloud_db_instance.reports';
  reports.name = 'reports';
  reports.values = { ...reports.values, id: 'rm-reports0001', instance_name: 'reports-db' };
  const cacheAt = resources.findIndex((r) => r.address === 'alicloud_kvstore_instance.cache');
  resources.splice(cacheAt, 1, reports);
  return JSON.stringify(state, null, 2);
}

test('a dropped Terraform state is imported into its zones, checked, reported, and re-imported over the edited design', async ({ page }) => {
  await openEditor(page);
  await dropFile(page, 'mgmt.state.json', readFileSync(join(FIXTURES, 'mgmt.state.json'), 'utf8'));

  const dialog = page.getByRole('dialog', { name: '导入 mgmt.state.json' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Terraform 状态，32 个资源，5 个交换机');
  const zones = dialog.getByRole('table', { name: '交换机与安全区域' });
  const access = zones.getByRole('row', { name: /^接入区 / });
  await expect(access).toContainText('172.16.1.0/24');
  await expect(access).toContainText('负载均衡');
  await expect(access.getByRole('combobox', { name: '接入区 的安全区域' })).toHaveValue('dmz');
  await expect(access).toContainText('名称中含“接入”');
  const sec = zones.getByRole('row', { name: /^vsw-d / });
  await expect(sec.getByRole('combobox')).toHaveValue('mgmt');
  await expect(sec).toContainText('包含运维审计类产品');
  // The user knows better for one of them: the operators' vSwitch is part of the management zone.
  await zones.getByRole('combobox', { name: 'ops-运维 的安全区域' }).selectOption('mgmt');
  await expect(dialog.getByLabel('系统名称')).toHaveValue('mgmt');
  await expect(dialog.getByRole('radio', { name: '三级' })).toBeChecked();
  await shot(page, '1-dialog');
  await dialog.getByRole('button', { name: '导入' }).click();
  await expect(dialog).toBeHidden(IMPORTED);

  // A new design in 我的图, laid out in its zones and checked.
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('mgmt');
  const saved = (await downloadDiagram(page)).json;
  const byLabel = (label: string) => saved.nodes.find((n: any) => n.label === label);
  expect(byLabel('ops-运维').zone).toBe('mgmt');
  expect(byLabel('接入区').zone).toBe('dmz');
  const rds = saved.nodes.find((n: any) => n.product === 'rds');
  const dataZone = saved.nodes.find((n: any) => n.id === rds.parent);
  expect(dataZone.zone).toBe('data');
  await expect(node(page, rds.id)).toBeVisible();
  await expect.poll(() => drawnInside(page, rds.id, dataZone.id)).toBe(true);
  const bastion = saved.nodes.find((n: any) => n.product === 'bastionhost');
  await expect.poll(() => drawnInside(page, bastion.id, bastion.parent)).toBe(true);
  expect(saved.nodes.find((n: any) => n.id === bastion.parent).zone).toBe('mgmt');
  const findings = page.getByRole('region', { name: '等保检查' });
  await expect(findings.locator('.finding__rule', { hasText: 'ABS-04' }).first()).toBeVisible();
  await expect(findings).toContainText('互联网可直接以 RDP 访问');

  // The import report, beside the canvas.
  const report = page.getByRole('region', { name: '导入报告：mgmt.state.json' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('definition').first()).toHaveText('32');
  await expect(report.getByRole('region', { name: '未映射的资源' })).toContainText('alicloud_oos_template alicloud_oos_template.patch');
  await expect(report.getByRole('region', { name: '需人工补充连线' })).toContainText('需人工补充连线');
  await expect(report.getByRole('region', { name: '推断出的连线' })).toContainText('安全组规则向 0.0.0.0/0 开放');
  await shot(page, '2-imported');
  await report.getByRole('button', { name: '关闭导入报告' }).click();
  await expect(report).toBeHidden();

  // The user arranges a node by hand, then imports a newer state into this design.
  await dragNode(page, rds.id, 60, 40);
  const moved = (await downloadDiagram(page)).json.nodes.find((n: any) => n.id === rds.id).position;
  expect(moved).not.toEqual(rds.position);
  await dropFile(page, 'mgmt.state.json', newerState());
  const again = page.getByRole('dialog', { name: '导入 mgmt.state.json' });
  await expect(again.getByRole('radio', { name: /更新当前的图/ })).toBeChecked();
  await again.getByRole('combobox', { name: 'ops-运维 的安全区域' }).selectOption('mgmt');
  await again.getByRole('button', { name: '导入' }).click();
  await expect(again).toBeHidden(IMPORTED);

  const updated = (await downloadDiagram(page)).json;
  expect(updated.nodes.find((n: any) => n.id === rds.id).position).toEqual(moved);
  const added = updated.nodes.find((n: any) => n.label === 'reports-db');
  expect(added).toBeDefined();
  expect(updated.nodes.some((n: any) => n.product === 'redis')).toBe(false);
  await expect(node(page, added.id)).toHaveClass(/is-import-added/);
  const changes = page.getByRole('region', { name: '导入报告：mgmt.state.json' });
  await expect(changes.getByRole('region', { name: '新增（在画布上高亮）' })).toContainText('alicloud_db_instance.reports');
  await expect(changes.getByRole('region', { name: '已移除' })).toContainText('alicloud_kvstore_instance.cache');
  await shot(page, '3-reimported');
  await changes.getByRole('button', { name: '关闭导入报告' }).click();
  await expect(node(page, added.id)).not.toHaveClass(/is-import-added/);

  // One undo step takes the whole update back, and redo brings it again.
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(node(page, added.id)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(node(page, added.id)).toBeVisible();

  // The design as it was before the update is kept as an automatic version (issue 14).
  await page.getByRole('toolbar').getByRole('button', { name: '版本', exact: true }).click();
  const versions = page.getByRole('dialog', { name: '版本' });
  await expect(versions.locator('.versions__item').filter({ hasText: '导入前' })).toHaveCount(1);
});

test('a malformed or unknown infrastructure file is refused with where, and the open design stays as it was', async ({ page }) => {
  await openEditor(page);
  await dropFile(page, 'web3.state.json', readFileSync(join(FIXTURES, 'web3.state.json'), 'utf8'));
  await page.getByRole('dialog', { name: '导入 web3.state.json' }).getByRole('button', { name: '导入' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('web3', IMPORTED);
  const before = (await downloadDiagram(page)).text;
  const kept = async () => {
    await page.getByRole('button', { name: '我的图' }).click();
    const list = page.getByRole('dialog', { name: '我的图' });
    await expect(list.getByRole('listitem').filter({ hasText: 'web3' })).toBeVisible();
    const entries = await list.getByRole('listitem').allInnerTexts();
    await list.getByRole('button', { name: '关闭' }).click();
    return entries;
  };
  const keptBefore = await kept();

  // Cut off in the middle: not JSON, and said where.
  const full = readFileSync(join(FIXTURES, 'web3.state.json'), 'utf8');
  await dropFile(page, 'broken.json', full.slice(0, 4000));
  const refused = page.getByRole('dialog', { name: '无法导入 broken.json' });
  await expect(refused).toContainText(/不是有效的 JSON 或 YAML：第 \d+ 行第 \d+ 列有语法错误/);
  await expect(refused).toContainText('当前的图没有任何改动。');
  await shot(page, '4-refused');
  await refused.getByRole('button', { name: '关闭' }).click();

  // A Terraform format version this app does not know.
  await dropFile(page, 'future.json', JSON.stringify({ format_version: '9.0', terraform_version: '9.0.0', values: { root_module: { resources: [] } } }));
  const future = page.getByRole('dialog', { name: '无法导入 future.json' });
  await expect(future).toContainText('不支持的 Terraform JSON 格式版本 9.0');
  await expect(future).toContainText('位置 $.format_version');
  await future.getByRole('button', { name: '关闭' }).click();

  // JSON, but neither a diagram nor Terraform nor ROS.
  await dropFile(page, 'other.json', JSON.stringify({ hello: 'world' }));
  const other = page.getByRole('dialog', { name: '无法打开 other.json' });
  await expect(other).toContainText('也不是 Terraform（terraform show -json）或 ROS 模板。');
  await other.getByRole('button', { name: '关闭' }).click();

  expect((await downloadDiagram(page)).text).toBe(before);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('web3');
  // Nothing was added to or changed in 我的图 either, and the autosave still holds the design.
  expect(await kept()).toEqual(keptBefore);
  await page.reload();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('web3');
  expect((await downloadDiagram(page)).text).toBe(before);
});

test('a ROS template in YAML opens through 打开 and is imported as a new design', async ({ page }) => {
  await openEditor(page);
  await openFile(page, join(FIXTURES, 'mgmt.ros.yaml'));
  const dialog = page.getByRole('dialog', { name: '导入 mgmt.ros.yaml' });
  await expect(dialog).toContainText('ROS 模板');
  await expect(dialog.getByRole('combobox', { name: '安全管理 的安全区域' })).toHaveValue('mgmt');
  await dialog.getByLabel('系统名称').fill('运维管理系统');
  await dialog.getByRole('radio', { name: '二级' }).check();
  await dialog.getByRole('button', { name: '导入' }).click();
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('运维管理系统', IMPORTED);
  const saved = (await downloadDiagram(page)).json;
  expect(saved.meta.level).toBe(2);
  const bastion = saved.nodes.find((n: any) => n.product === 'bastionhost');
  await expect.poll(() => drawnInside(page, bastion.id, bastion.parent)).toBe(true);
  await page.getByRole('button', { name: '我的图' }).click();
  await expect(page.getByRole('dialog', { name: '我的图' }).getByRole('listitem').filter({ hasText: '运维管理系统' })).toBeVisible();
  await shot(page, '5-ros');
});
