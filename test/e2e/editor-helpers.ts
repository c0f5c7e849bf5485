/** Steps a user takes in the editor, for the end-to-end tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The level-3 reference design: passes level 3 with no error. */
export const REFERENCE = join(process.cwd(), 'test/fixtures/designs/basic-l3.mlps.json');

export async function openEditor(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

/** Open a file from disk as a user does: the toolbar's 打开 button, then the file chooser. */
export async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开' }).click();
  await (await chooser).setFiles(path);
}

/** Open the editor with the reference design in it. */
export async function openReference(page: Page): Promise<void> {
  await openEditor(page);
  await openFile(page, REFERENCE);
  await expect(page.locator('.title-bar__diagram-title')).toHaveText('网上商城（基础合规架构）');
}

/** The bytes of a finished download. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function canvas(page: Page): Locator {
  return page.locator('main.canvas');
}

export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

export function inspector(page: Page): Locator {
  return page.locator('aside.inspector');
}

/** Drag a palette entry (by its visible name) onto the canvas at a point given in page pixels. */
export async function dragFromPalette(page: Page, name: string, at: { x: number; y: number }): Promise<void> {
  const entry = page.locator('aside.palette').getByRole('button', { name: new RegExp(`^(添加|Add) ${escape(name)}$`) });
  const box = (await canvas(page).boundingBox())!;
  await entry.dragTo(canvas(page), { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
}

/** Drag a palette entry into the middle of an existing zone's body. */
export async function dragIntoZone(page: Page, name: string, zoneId: string, dx = 0, dy = 0): Promise<void> {
  const box = (await node(page, zoneId).boundingBox())!;
  await dragFromPalette(page, name, { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Click a connection's drawn line halfway along it, as a user does (no forced click on its box). */
export async function clickEdgeLine(page: Page, edge: Locator): Promise<void> {
  const point = await edge.locator('.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(point.x, point.y);
}

/** Draw a connection from one product's handle to another product. */
type Side = 'right' | 'bottom' | 'left' | 'top';

/** Press on one of a product's connection handles (shown on hover): a connection starts there. */
export async function pressHandle(page: Page, from: string, side: Side): Promise<void> {
  const source = node(page, from);
  await source.hover();
  const handle = (await source.locator(`.react-flow__handle-${side}`).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
}

export async function connectNodes(page: Page, from: string, to: string, side: Side = 'right'): Promise<void> {
  const target = (await node(page, to).boundingBox())!;
  await pressHandle(page, from, side);
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.move(target.x + 8, target.y + target.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Drag a node (a product by its body, a zone by its header) by an offset in page pixels. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const target = node(page, id);
  const grip = (await target.locator('.zone-node__header').count()) > 0 ? target.locator('.zone-node__header') : target;
  const box = (await grip.boundingBox())!;
  const x = box.x + Math.min(30, box.width / 2);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 8 });
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Download the diagram from the toolbar and return the file's name and parsed content. */
export async function downloadDiagram(page: Page): Promise<{ name: string; text: string; json: any }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('toolbar').getByRole('button', { name: /^(下载|Download)$/ }).click()]);
  const text = (await downloadBytes(download)).toString('utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/**
 * Open a downloaded file again as a user does after starting a new diagram: it is the very design kept
 * in 我的图, so the app asks, and the user keeps the file as a second entry.
 */
export async function reopenAsNewDiagram(page: Page, saved: { name: string; text: string }): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'mlps-e2e-')), saved.name);
  writeFileSync(file, saved.text);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByRole('dialog', { name: '新建图' }).getByRole('button', { name: '创建' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await openFile(page, file);
  await page.getByRole('dialog', { name: '此文件已在“我的图”中' }).getByRole('button', { name: '仍然作为新图打开' }).click();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveAttribute('data-status', 'saved');
}

/** The three-zone design the tests share: VPC › DMZ (SLB), app (ECS), data (RDS); SLB → ECS → RDS. */
export async function buildThreeZoneDesign(page: Page): Promise<void> {
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, '专有网络 VPC', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  await expect(node(page, 'vpc-1')).toBeVisible();
  await page.getByRole('button', { name: '适应画布' }).click();
  await page.waitForTimeout(300);
  const vpc = (await node(page, 'vpc-1').boundingBox())!;
  const third = vpc.width / 3;
  const midY = vpc.y + vpc.height / 2;
  await dragFromPalette(page, 'DMZ 区 / 接入区', { x: vpc.x + third * 0.5, y: midY });
  await dragFromPalette(page, '应用区 / 业务区', { x: vpc.x + third * 1.5, y: midY });
  await dragFromPalette(page, '数据区', { x: vpc.x + third * 2.5, y: midY });
  await expect(node(page, 'data-1')).toBeVisible();
  await dragIntoZone(page, '负载均衡', 'dmz-1', 0, 15);
  await dragIntoZone(page, '云服务器 ECS', 'app-1', 0, 15);
  await dragIntoZone(page, '云数据库 RDS', 'data-1', 0, 15);
  await expect(node(page, 'rds-1')).toBeVisible();
  await connectNodes(page, 'slb-1', 'ecs-1');
  await connectNodes(page, 'ecs-1', 'rds-1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
}
