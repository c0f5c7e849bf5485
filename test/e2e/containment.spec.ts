/**
 * The drawing is the design (issue 10, items 1-5): with real mouse drags and keys, nothing ends up
 * drawn outside the zone the file puts it in, and the exported drawing shows exactly the file's boxes.
 */
import { XMLParser } from 'fast-xml-parser';
import { containmentViolations } from '../../src/core/edit/containment.ts';
import type { Diagram } from '../../src/core/model/types.ts';
import { segmentCrosses } from '../../src/core/rules/fixes/boundary-zone.ts';
import { test, expect } from './fixtures.ts';
import { canvas, connectNodes, downloadBytes, downloadDiagram, dragFromPalette, dragIntoZone, node, openEditor, openReference } from './editor-helpers.ts';
import type { Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const PRODUCT = { width: 160, height: 60 };

/** Absolute boxes of every node of a file. */
function fileBoxes(doc: Diagram): Map<string, Box> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  const place = (id: string): Box => {
    const known = out.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const base = n.parent === undefined ? { x: 0, y: 0 } : place(n.parent);
    const size = n.kind === 'zone' ? n.size : PRODUCT;
    const box = { x: base.x + n.position.x, y: base.y + n.position.y, ...size };
    out.set(id, box);
    return box;
  };
  for (const n of doc.nodes) place(n.id);
  return out;
}

/** The box drawn for every node in an exported SVG (each node is a <g data-id> whose first rect is its box). */
function svgBoxes(svg: string): Map<string, Box> {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg) as unknown[];
  const out = new Map<string, Box>();
  const walk = (items: unknown[]) => {
    for (const item of items as Record<string, unknown>[]) {
      const attrs = (item[':@'] ?? {}) as Record<string, string>;
      const tag = Object.keys(item).find((k) => k !== ':@')!;
      const children = (item[tag] ?? []) as Record<string, unknown>[];
      if (tag === 'g' && attrs['data-id']) {
        const rect = children.find((c) => 'rect' in c)?.[':@'] as Record<string, string> | undefined;
        if (rect) out.set(attrs['data-id'], { x: Number(rect.x), y: Number(rect.y), width: Number(rect.width), height: Number(rect.height) });
      }
      if (Array.isArray(children)) walk(children);
    }
  };
  walk(parsed);
  return out;
}

const inside = (child: Box, parent: Box) =>
  child.x >= parent.x - 0.5 && child.y >= parent.y - 0.5 && child.x + child.width <= parent.x + parent.width + 0.5 && child.y + child.height <= parent.y + parent.height + 0.5;

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('toolbar').getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'SVG 矢量图', exact: true }).click()]);
  const text = (await downloadBytes(download)).toString('utf8');
  await dialog.getByRole('button', { name: '关闭' }).click();
  return text;
}

/** Every node of the file inside its zone, and the SVG drawing each box exactly where the file has it. */
async function expectDrawingIsDesign(page: Page): Promise<Diagram> {
  const doc = (await downloadDiagram(page)).json as Diagram;
  expect(containmentViolations(doc)).toEqual([]);
  const svg = svgBoxes(await exportSvg(page));
  const file = fileBoxes(doc);
  const [someId] = [...file.keys()];
  const dx = svg.get(someId!)!.x - file.get(someId!)!.x;
  const dy = svg.get(someId!)!.y - file.get(someId!)!.y;
  for (const n of doc.nodes) {
    const drawn = svg.get(n.id)!;
    const want = file.get(n.id)!;
    expect(drawn, n.id).toBeDefined();
    expect({ x: drawn.x - dx, y: drawn.y - dy, width: drawn.width, height: drawn.height }, n.id).toEqual(
      expect.objectContaining({ x: expect.closeTo(want.x, 0), y: expect.closeTo(want.y, 0), width: expect.closeTo(want.width, 0), height: expect.closeTo(want.height, 0) }),
    );
    if (n.parent !== undefined) expect(inside(drawn, svg.get(n.parent)!), `${n.id} drawn inside ${n.parent}`).toBe(true);
  }
  return doc;
}

test('zones and products stay inside their zones through drops, resizes and nudges, and the SVG shows the file', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page);
  const area = (await canvas(page).boundingBox())!;

  // Item 3: a VPC dropped near the canvas's top-left corner stays on screen.
  await dragFromPalette(page, '专有网络 VPC', { x: area.x + 40, y: area.y + 40 });
  const vpc = (await node(page, 'vpc-1').boundingBox())!;
  expect(vpc.x).toBeGreaterThanOrEqual(area.x - 1);
  expect(vpc.y).toBeGreaterThanOrEqual(area.y - 1);

  // Item 3: a DMZ dropped just inside the VPC's right edge does not overhang it (the bottom-right
  // corner of the canvas is the minimap's).
  await dragFromPalette(page, 'DMZ 区 / 接入区', { x: vpc.x + vpc.width - 15, y: vpc.y + vpc.height / 2 });
  await expect(node(page, 'dmz-1')).toBeVisible();
  const dmz = (await node(page, 'dmz-1').boundingBox())!;
  expect(dmz.x + dmz.width).toBeLessThanOrEqual(vpc.x + vpc.width + 1);
  expect(dmz.y + dmz.height).toBeLessThanOrEqual(vpc.y + vpc.height + 1);

  // Item 4: four products dropped at the same spot of the DMZ line up in it, none over another.
  for (const name of ['负载均衡', 'Web应用防火墙', '弹性公网IP', 'NAT网关']) await dragIntoZone(page, name, 'dmz-1');
  await expect(node(page, 'nat_gateway-1')).toBeVisible();
  let doc = await expectDrawingIsDesign(page);
  const inDmz = doc.nodes.filter((n) => n.parent === 'dmz-1');
  expect(inDmz).toHaveLength(4);
  const boxes = inDmz.map((n) => ({ ...n.position, ...PRODUCT }));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
  }

  // Item 1: the DMZ's corner dragged far inward stops at what it holds.
  await node(page, 'dmz-1').locator('.zone-node__header').click();
  const handle = page.locator('.react-flow__node[data-id="dmz-1"] .react-flow__resize-control.bottom.right').first();
  const corner = (await handle.boundingBox())!;
  await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await page.mouse.down();
  await page.mouse.move(corner.x - 150, corner.y - 100, { steps: 10 });
  await page.mouse.move(corner.x - 300, corner.y - 200, { steps: 10 });
  await page.mouse.up();
  doc = await expectDrawingIsDesign(page);
  expect(doc.nodes.filter((n) => n.parent === 'dmz-1')).toHaveLength(4);

  // Item 2: Shift+Arrow nudges a product against its zone's edge; it stays in the DMZ.
  await node(page, 'slb-1').click();
  for (let i = 0; i < 25; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 25; i++) await page.keyboard.press('Shift+ArrowDown');
  doc = await expectDrawingIsDesign(page);
  expect(doc.nodes.find((n) => n.id === 'slb-1')!.parent).toBe('dmz-1');
  const slb = (await node(page, 'slb-1').boundingBox())!;
  const dmzNow = (await node(page, 'dmz-1').boundingBox())!;
  expect(slb.x + slb.width).toBeLessThanOrEqual(dmzNow.x + dmzNow.width + 1);
  expect(slb.y + slb.height).toBeLessThanOrEqual(dmzNow.y + dmzNow.height + 1);
  await page.screenshot({ path: test.info().outputPath('containment.png') });
});

test('the WAF quick fix puts the WAF into a boundary zone inside the region, clear of the management zone (item 5)', async ({ page }) => {
  test.setTimeout(120_000);
  await openReference(page);
  // Delete the whole boundary zone (DDoS, WAF, cloud firewall) with the mouse and the Delete key.
  await node(page, 'z-edge').locator('.zone-node__header').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'n-waf')).toHaveCount(0);
  // Internet users now reach the load balancer directly, with no boundary protection on the way.
  await connectNodes(page, 'n-users', 'n-alb');
  await page.getByRole('button', { name: /^修复：在互联网入口加入 Web应用防火墙/ }).first().click();
  const doc = await expectDrawingIsDesign(page);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const waf = doc.nodes.find((n) => n.kind === 'product' && n.product === 'waf')!;
  const zone = byId.get(waf.parent!)!;
  expect(zone.kind === 'zone' && zone.zone).toBe('edge');
  expect(zone.parent).toBe('z-region');
  // The connections the fix drew do not pass through the management zone.
  const boxes = fileBoxes(doc);
  const centre = (id: string) => {
    const b = boxes.get(id)!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const wafEdges = doc.edges.filter((e) => e.source === waf.id || e.target === waf.id);
  expect(wafEdges.length).toBeGreaterThan(1);
  for (const e of wafEdges) expect(segmentCrosses(centre(e.source), centre(e.target), boxes.get('z-mgmt')!), `${e.source} → ${e.target}`).toBe(false);
  await page.screenshot({ path: test.info().outputPath('waf-fix.png') });
});
