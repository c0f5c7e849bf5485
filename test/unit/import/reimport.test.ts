/**
 * Re-import: a newer state drawn over a diagram made by an earlier import and then edited keeps the
 * user's positions, labels, zone kinds and additions, and reports what was added and removed.
 */
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { buildImportedDiagram, layoutImported, readInfrastructure } from '../../../src/core/import/index.ts';
import type { Diagram, ZoneNode } from '../../../src/core/model/types.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';
import { nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import { fixture } from './support.ts';

const catalog = loadCatalog();

function plan(text: string) {
  const read = readInfrastructure(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.plan;
}

/** The web3 state a month later: one more server, the CPU alarm gone. */
function newerState(): string {
  const state = JSON.parse(fixture('web3.state.json'));
  const resources = state.values.root_module.resources as { address: string }[];
  state.values.root_module.resources = resources.filter((r) => r.address !== 'alicloud_cms_alarm.cpu');
  state.values.root_module.resources.push({
    address: 'alicloud_instance.batch', mode: 'managed', type: 'alicloud_instance', name: 'batch', provider_name: 'registry.terraform.io/aliyun/alicloud', schema_version: 0,
    values: { id: 'i-batch', instance_name: 'web3-batch', instance_type: 'ecs.c7.large', vswitch_id: 'vsw-app', availability_zone: 'cn-hangzhou-h' }, sensitive_values: {},
  });
  return JSON.stringify(state);
}

describe('re-import', () => {
  it('keeps the user\'s layout, labels, zone kinds and additions, and lists what changed', async () => {
    const first = buildImportedDiagram(plan(fixture('web3.state.json')), catalog, { title: '网上商城' });
    const laidOut = await layoutImported(first.diagram, catalog, nodeLayoutEngine);
    // The user edits: moves the servers, renames the database, makes the db zone a mgmt zone (why
    // not), adds a node and an edge of their own, and waives a finding.
    const edited: Diagram = structuredClone(laidOut);
    const ecs = edited.nodes.find((n) => n.id === 'imp:module.web.alicloud_instance.app')!;
    ecs.position = { x: ecs.position.x + 7, y: ecs.position.y + 5 };
    edited.nodes.find((n) => n.id === 'imp:alicloud_db_instance.main')!.label = '订单库';
    (edited.nodes.find((n) => n.id === 'imp:alicloud_vswitch.db') as ZoneNode).zone = 'mgmt';
    edited.nodes.push({ id: 'ecs-9', kind: 'product', product: 'ecs', position: { x: 40, y: 60 }, parent: 'imp:alicloud_vswitch.app', label: '报表服务器' });
    edited.edges.push({ id: 'e-1', source: 'ecs-9', target: 'imp:alicloud_db_instance.main', kind: 'traffic', protocol: 'MySQL', port: 3306 });
    edited.edges.push({ id: 'e-2', source: 'ecs-9', target: 'imp:alicloud_cms_alarm.cpu', kind: 'traffic' });
    edited.waivers = [{ rule: 'CES-08', reason: '服务端密钥已足够' }];

    const second = buildImportedDiagram(plan(newerState()), catalog, { previous: edited });
    const diagram = await layoutImported(second.diagram, catalog, nodeLayoutEngine, { reimport: true });
    const byId = new Map(diagram.nodes.map((n) => [n.id, n]));

    expect(byId.get('imp:module.web.alicloud_instance.app')?.position).toEqual(ecs.position);
    expect(byId.get('imp:alicloud_db_instance.main')?.label).toBe('订单库');
    expect(byId.get('imp:alicloud_vswitch.db')).toMatchObject({ zone: 'mgmt' });
    expect(byId.get('ecs-9')).toMatchObject({ label: '报表服务器', parent: 'imp:alicloud_vswitch.app', position: { x: 40, y: 60 } });
    expect(diagram.edges.find((e) => e.id === 'e-1')).toBeDefined();
    expect(diagram.edges.find((e) => e.id === 'e-2')).toBeUndefined();
    expect(diagram.meta.title).toBe('网上商城');
    expect(diagram.waivers).toEqual(edited.waivers);
    // Everything that was there and still is keeps its place.
    for (const before of edited.nodes) {
      const after = byId.get(before.id);
      if (after) expect(after.position).toEqual(before.position);
    }

    expect(second.report.added).toContainEqual({ id: 'imp:alicloud_instance.batch', addresses: ['alicloud_instance.batch'] });
    expect(second.report.removed).toContainEqual({ id: 'imp:alicloud_cms_alarm.cpu', addresses: ['alicloud_cms_alarm.cpu'] });
    expect(second.report.removed).toContainEqual({ id: 'e-2', addresses: [] });
    expect(second.report.added.filter((a) => !a.id.startsWith('imp::e:')).map((a) => a.id)).toEqual(['imp:alicloud_instance.batch']);

    // The addition lies inside its zone, clear of what was there, and the file reads back.
    const batch = byId.get('imp:alicloud_instance.batch')!;
    const zone = byId.get('imp:alicloud_vswitch.app') as ZoneNode;
    expect(batch.parent).toBe(zone.id);
    expect(batch.position.x + 160).toBeLessThanOrEqual(zone.size.width);
    expect(batch.position.y + 60).toBeLessThanOrEqual(zone.size.height);
    for (const sibling of diagram.nodes.filter((n) => n.parent === zone.id && n.id !== batch.id)) {
      const below = batch.position.y >= sibling.position.y + (sibling.kind === 'zone' ? sibling.size.height : 60);
      expect(below).toBe(true);
    }
    const back = readDiagramText(writeDiagram(diagram), catalog);
    expect(back.ok ? 'ok' : JSON.stringify(back.error)).toBe('ok');
  });

  it('a first import reports nothing added or removed', () => {
    const { report } = buildImportedDiagram(plan(fixture('dr.state.json')), catalog);
    expect(report.added).toEqual([]);
    expect(report.removed).toEqual([]);
  });
});
