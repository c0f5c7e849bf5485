import { test, expect } from './fixtures.ts';
import { buildThreeZoneDesign, canvas, clickEdgeLine, connectNodes, dragFromPalette, dragNode, downloadDiagram, inspector, node, openEditor, pressHandle, waitSaved } from './editor-helpers.ts';

test.describe('drawing a design', () => {
  test('a three-zone design built from the palette, connected and edited, is what the file holds', async ({ page }) => {
    await openEditor(page);
    await expect(page.getByText('从左侧产品面板拖入区域和产品开始设计')).toBeVisible();
    await buildThreeZoneDesign(page);

    // Edit props in the inspector: the database is multi-AZ with SSL, the edge is MySQL on 3306.
    await node(page, 'rds-1').click();
    await expect(inspector(page).getByRole('heading', { name: '云数据库 RDS' })).toBeVisible();
    await inspector(page).getByLabel('多可用区部署').check();
    await inspector(page).getByLabel('强制 SSL/TLS 连接').check();
    await inspector(page).getByLabel('名称').fill('订单库');
    await expect(node(page, 'rds-1')).toContainText('订单库');
    await expect(node(page, 'rds-1')).toContainText('云数据库 RDS');

    await clickEdgeLine(page, page.locator('.react-flow__edge').nth(1));
    await expect(inspector(page).getByRole('heading', { name: '连线' })).toBeVisible();
    await inspector(page).getByLabel('协议').selectOption('MySQL');
    await inspector(page).getByLabel('端口').fill('3306');
    // A database protocol to a target requiring SSL is encrypted: the label shows a lock (zoomed in
    // far enough for edge labels to be drawn).
    await node(page, 'ecs-1').click();
    await node(page, 'rds-1').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Shift+2');
    const label = page.locator('.edge-label', { hasText: 'MySQL:3306' });
    await expect(label).toBeVisible();
    await expect(label.getByRole('img', { name: '已加密' })).toBeVisible();

    await waitSaved(page);
    const { name, json } = await downloadDiagram(page);
    expect(name).toBe('未命名系统.mlps.json');
    const byId = Object.fromEntries(json.nodes.map((n: { id: string }) => [n.id, n]));
    expect(byId['dmz-1'].parent).toBe('vpc-1');
    expect(byId['app-1'].parent).toBe('vpc-1');
    expect(byId['data-1'].parent).toBe('vpc-1');
    expect(byId['slb-1'].parent).toBe('dmz-1');
    expect(byId['ecs-1'].parent).toBe('app-1');
    expect(byId['rds-1']).toMatchObject({ parent: 'data-1', label: '订单库', props: { multiAZ: true, ssl: true } });
    expect(json.edges).toEqual([
      { id: 'e-1', source: 'slb-1', target: 'ecs-1', kind: 'traffic' },
      { id: 'e-2', source: 'ecs-1', target: 'rds-1', kind: 'traffic', protocol: 'MySQL', port: 3306 },
    ]);
  });

  test('connections to zones and to the node itself are refused with a visible reason', async ({ page }) => {
    await openEditor(page);
    await buildThreeZoneDesign(page);
    // The VPC's header: no connection line crosses it (the data zone's may be under one).
    const header = (await node(page, 'vpc-1').locator('.zone-node__header').boundingBox())!;
    await pressHandle(page, 'ecs-1', 'bottom');
    await page.mouse.move(header.x + 30, header.y + 8, { steps: 10 });
    await page.mouse.up();
    await expect(page.getByRole('status').getByText('连线只能连接两个产品，不能连接到区域。')).toBeVisible();
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  });

  test('a connection dropped on the middle of a product, away from its handles, is made', async ({ page }) => {
    await openEditor(page);
    await buildThreeZoneDesign(page);
    const target = (await node(page, 'rds-1').boundingBox())!;
    await pressHandle(page, 'slb-1', 'bottom');
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(page.locator('.react-flow__edge')).toHaveCount(3);
    await expect(inspector(page)).toContainText('负载均衡 → 云数据库 RDS');
  });

  test('nodes move in and out of zones, zones carry their contents, and never go inside themselves', async ({ page }) => {
    await openEditor(page);
    await buildThreeZoneDesign(page);
    // Drag the ECS out of the VPC entirely: it becomes top level, where it was dropped.
    const vpc = (await node(page, 'vpc-1').boundingBox())!;
    const ecsBox = (await node(page, 'ecs-1').boundingBox())!;
    await dragNode(page, 'ecs-1', 0, vpc.y + vpc.height + 60 - ecsBox.y);
    let file = (await downloadDiagram(page)).json;
    expect(file.nodes.find((n: { id: string }) => n.id === 'ecs-1').parent).toBeUndefined();
    // Drag it back into the app zone.
    const app = (await node(page, 'app-1').boundingBox())!;
    const now = (await node(page, 'ecs-1').boundingBox())!;
    await dragNode(page, 'ecs-1', app.x + app.width / 2 - (now.x + 30), app.y + app.height / 2 - (now.y + now.height / 2));
    file = (await downloadDiagram(page)).json;
    expect(file.nodes.find((n: { id: string }) => n.id === 'ecs-1').parent).toBe('app-1');

    // Moving the data zone moves the database with it (positions relative to the zone are unchanged).
    const before = (await node(page, 'rds-1').boundingBox())!;
    await dragNode(page, 'data-1', 0, 40);
    const after = (await node(page, 'rds-1').boundingBox())!;
    expect(Math.round(after.y - before.y)).toBeGreaterThan(20);
    file = (await downloadDiagram(page)).json;
    expect(file.nodes.find((n: { id: string }) => n.id === 'rds-1').parent).toBe('data-1');

    // Dropping the VPC into its own application zone is impossible: it stays top level.
    const appNow = (await node(page, 'app-1').boundingBox())!;
    const vpcHeader = (await node(page, 'vpc-1').locator('.zone-node__header').boundingBox())!;
    await dragNode(page, 'vpc-1', appNow.x + 20 - vpcHeader.x, appNow.y + 20 - vpcHeader.y);
    file = (await downloadDiagram(page)).json;
    expect(file.nodes.find((n: { id: string }) => n.id === 'vpc-1').parent).toBeUndefined();
  });

  test('the zone header shows name, kind and CIDR; invalid CIDRs are explained and not applied', async ({ page }) => {
    await openEditor(page);
    const box = (await canvas(page).boundingBox())!;
    await dragFromPalette(page, '应用区 / 业务区', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    await node(page, 'app-1').locator('.zone-node__header').click();
    const cidr = inspector(page).getByLabel('网段（CIDR）');
    await cidr.fill('10.0.1.5/24');
    await expect(inspector(page).getByRole('alert')).toHaveText('主机位不为 0，网络地址应为 10.0.1.0/24');
    await expect(node(page, 'app-1')).not.toContainText('10.0.1.5/24');
    await cidr.fill('10.0.1.0/24');
    await expect(inspector(page).getByRole('alert')).toHaveCount(0);
    await inspector(page).getByLabel('名称').fill('订单服务');
    await expect(node(page, 'app-1').locator('.zone-node__header')).toHaveText(/订单服务\s*应用区 \/ 业务区\s*10\.0\.1\.0\/24/);
  });
});
