/**
 * The import fixtures (test/fixtures/import/README.md) imported, laid out, written and read back, and
 * compared with the expected drawing: zones, products (with quantity and props) and edges. A state and
 * a plan of one system must draw the same diagram; the checker's verdicts are those of the systems.
 */
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/core/format/read.ts';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { buildImportedDiagram, layoutImported, readInfrastructure } from '../../../src/core/import/index.ts';
import { checkDiagram } from '../../../src/core/rules/check.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';
import { nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import { fixture, summarise, type Summary } from './support.ts';

const catalog = loadCatalog();

function imported(name: string) {
  const read = readInfrastructure(fixture(name));
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.errors)}`);
  return { plan: read.plan, ...buildImportedDiagram(read.plan, catalog, { level: 3 }) };
}

const EXPECTED: Record<string, Summary> = {
  'web3.state.json': {
    "zones": [
      "[internet]",
      "[region cn-hangzhou]",
      "[region cn-shanghai]",
      "region(cn-hangzhou) › [edge]",
      "region(cn-hangzhou) › [vpc]",
      "region(cn-hangzhou) › vpc › [app]",
      "region(cn-hangzhou) › vpc › [data]",
      "region(cn-hangzhou) › vpc › [dmz]",
      "region(cn-hangzhou) › vpc › [dmz]",
      "region(cn-hangzhou) › vpc › [mgmt]",
      "region(cn-shanghai) › [vpc]",
      "region(cn-shanghai) › vpc › [backup]"
    ],
    "products": [
      "internet › internet_user",
      "region(cn-hangzhou) › actiontrail \"web3-trail\"",
      "region(cn-hangzhou) › cloudmonitor \"web3-cpu\"",
      "region(cn-hangzhou) › dts",
      "region(cn-hangzhou) › edge › cloud_firewall {\"edition\":\"enterprise\"}",
      "region(cn-hangzhou) › edge › ddos_pro \"web3-ddos\"",
      "region(cn-hangzhou) › edge › waf {\"edition\":\"subscription\"}",
      "region(cn-hangzhou) › kms",
      "region(cn-hangzhou) › ram \"ops\" {\"mfa\":true}",
      "region(cn-hangzhou) › security_center {\"edition\":\"enterprise\"}",
      "region(cn-hangzhou) › sls \"web3-audit\" {\"retentionDays\":180}",
      "region(cn-hangzhou) › vpc › app › ecs ×3 \"web3-app\" {\"spec\":\"ecs.g7.xlarge\",\"encryption\":\"kms\"}",
      "region(cn-hangzhou) › vpc › data › rds \"web3-rds\" {\"edition\":\"ha\",\"spec\":\"mysql.n2.medium.2c\",\"multiAZ\":true,\"encryption\":\"kms\",\"ssl\":true,\"sqlAudit\":true,\"localBackup\":true}",
      "region(cn-hangzhou) › vpc › dmz › slb \"web3-alb\" {\"edition\":\"alb\",\"multiAZ\":true}",
      "region(cn-hangzhou) › vpc › mgmt › bastionhost \"web3-bastion\" {\"edition\":\"enterprise\",\"mfa\":true}",
      "region(cn-hangzhou) › vpc › security_group \"web3-sg-web\"",
      "region(cn-shanghai) › vpc › backup › rds \"web3-rds-dr\" {\"edition\":\"ha\",\"spec\":\"mysql.n2.medium.2c\",\"encryption\":\"kms\",\"ssl\":true,\"sqlAudit\":true}"
    ],
    "edges": [
      "actiontrail\"web3-trail\" → sls\"web3-audit\" log",
      "bastionhost\"web3-bastion\" → ecs\"web3-app\" management SSH 22",
      "cloud_firewall → slb\"web3-alb\" traffic HTTPS 443",
      "ddos_pro\"web3-ddos\" → waf traffic HTTPS 443",
      "internet_user → ddos_pro\"web3-ddos\" traffic HTTPS 443",
      "rds\"web3-rds\" → rds\"web3-rds-dr\" backup realtime",
      "slb\"web3-alb\" → ecs\"web3-app\" traffic HTTP 8080",
      "waf → cloud_firewall traffic HTTPS 443"
    ]
  },
  'web3.ros.json': {
    "zones": [
      "[internet]",
      "[region cn-hangzhou]",
      "region(cn-hangzhou) › [vpc]",
      "region(cn-hangzhou) › vpc › [app]",
      "region(cn-hangzhou) › vpc › [data]",
      "region(cn-hangzhou) › vpc › [dmz]",
      "region(cn-hangzhou) › vpc › [mgmt]"
    ],
    "products": [
      "internet › internet_user",
      "region(cn-hangzhou) › actiontrail \"web3-trail\"",
      "region(cn-hangzhou) › cloudmonitor",
      "region(cn-hangzhou) › kms",
      "region(cn-hangzhou) › sls \"web3-audit\" {\"retentionDays\":180}",
      "region(cn-hangzhou) › vpc › app › ecs ×3 \"web3-app\" {\"spec\":\"ecs.g7.xlarge\",\"encryption\":\"kms\"}",
      "region(cn-hangzhou) › vpc › data › rds \"web3-rds\" {\"edition\":\"ha\",\"spec\":\"mysql.n2.medium.2c\",\"multiAZ\":true}",
      "region(cn-hangzhou) › vpc › dmz › slb \"web3-slb\" {\"edition\":\"clb\",\"multiAZ\":true}",
      "region(cn-hangzhou) › vpc › mgmt › bastionhost {\"edition\":\"enterprise\"}",
      "region(cn-hangzhou) › vpc › security_group \"web3-app-sg\""
    ],
    "edges": [
      "actiontrail\"web3-trail\" → sls\"web3-audit\" log",
      "internet_user → slb\"web3-slb\" traffic HTTPS 443",
      "slb\"web3-slb\" → ecs\"web3-app\" traffic HTTP 8080"
    ]
  },
  'mgmt.state.json': {
    "zones": [
      "[internet]",
      "[region cn-beijing]",
      "region(cn-beijing) › [vpc]",
      "region(cn-beijing) › vpc › [app]",
      "region(cn-beijing) › vpc › [data]",
      "region(cn-beijing) › vpc › [dmz]",
      "region(cn-beijing) › vpc › [mgmt]",
      "region(cn-beijing) › vpc › [ops]"
    ],
    "products": [
      "internet › internet_user",
      "region(cn-beijing) › actiontrail \"ops-trail\"",
      "region(cn-beijing) › ram \"ci\"",
      "region(cn-beijing) › sls \"central-audit\" {\"retentionDays\":180}",
      "region(cn-beijing) › sls \"ops-logs\" {\"retentionDays\":90}",
      "region(cn-beijing) › vpc › app › ecs ×2 \"biz\" {\"spec\":\"ecs.c7.large\"}",
      "region(cn-beijing) › vpc › data › rds \"biz-db\" {\"edition\":\"ha\",\"spec\":\"pg.n2.medium.2c\",\"multiAZ\":true}",
      "region(cn-beijing) › vpc › data › redis \"biz-cache\" {\"edition\":\"standard\",\"multiAZ\":true,\"encryption\":\"service\",\"ssl\":true}",
      "region(cn-beijing) › vpc › dmz › nat_gateway \"out-nat\" {\"edition\":\"internet\"}",
      "region(cn-beijing) › vpc › dmz › slb \"front-clb\" {\"edition\":\"clb\",\"multiAZ\":true}",
      "region(cn-beijing) › vpc › mgmt › bastionhost \"ops-bastion\" {\"edition\":\"enterprise\"}",
      "region(cn-beijing) › vpc › mgmt › db_audit \"ops-dbaudit\"",
      "region(cn-beijing) › vpc › ops › vpn_gateway \"ops-vpn\"",
      "region(cn-beijing) › vpc › security_group \"biz-sg\""
    ],
    "edges": [
      "actiontrail\"ops-trail\" → sls\"central-audit\" log",
      "actiontrail\"ops-trail\" → sls\"ops-logs\" log",
      "bastionhost\"ops-bastion\" → ecs\"biz\" management RDP 3389",
      "bastionhost\"ops-bastion\" → sls\"central-audit\" log",
      "ecs\"biz\" → nat_gateway\"out-nat\" traffic",
      "internet_user → bastionhost\"ops-bastion\" traffic RDP 3389",
      "internet_user → ecs\"biz\" traffic RDP 3389",
      "internet_user → slb\"front-clb\" traffic HTTP 80",
      "nat_gateway\"out-nat\" → internet_user traffic",
      "slb\"front-clb\" → ecs\"biz\" traffic HTTP 8080",
      "slb\"front-clb\" → sls\"central-audit\" log"
    ]
  },
  'mgmt.ros.yaml': {
    "zones": [
      "[internet]",
      "[region cn-beijing]",
      "region(cn-beijing) › [vpc]",
      "region(cn-beijing) › vpc › [app]",
      "region(cn-beijing) › vpc › [data]",
      "region(cn-beijing) › vpc › [dmz]",
      "region(cn-beijing) › vpc › [mgmt]",
      "region(cn-beijing) › vpc › [ops]"
    ],
    "products": [
      "internet › internet_user",
      "region(cn-beijing) › actiontrail \"ops-trail\"",
      "region(cn-beijing) › ram \"ops\" {\"mfa\":true}",
      "region(cn-beijing) › sls \"ops-logs\" {\"retentionDays\":365}",
      "region(cn-beijing) › vpc › app › ecs ×2 \"biz\" {\"spec\":\"ecs.c7.large\"}",
      "region(cn-beijing) › vpc › data › polardb \"biz-polardb\" {\"edition\":\"mysql\",\"encryption\":\"service\"}",
      "region(cn-beijing) › vpc › data › redis \"biz-cache\" {\"edition\":\"standard\"}",
      "region(cn-beijing) › vpc › dmz › nat_gateway \"out-nat\" {\"edition\":\"internet\"}",
      "region(cn-beijing) › vpc › dmz › slb \"biz-slb\" {\"edition\":\"clb\"}",
      "region(cn-beijing) › vpc › mgmt › bastionhost {\"edition\":\"enterprise\"}",
      "region(cn-beijing) › vpc › ops › vpn_gateway \"ops-vpn\"",
      "region(cn-beijing) › vpc › security_group \"biz-sg\""
    ],
    "edges": [
      "actiontrail\"ops-trail\" → sls\"ops-logs\" log",
      "bastionhost → ecs\"biz\" management RDP 3389",
      "ecs\"biz\" → nat_gateway\"out-nat\" traffic",
      "internet_user → bastionhost traffic SSH 22",
      "internet_user → ecs\"biz\" traffic SSH 22",
      "nat_gateway\"out-nat\" → internet_user traffic",
      "slb\"biz-slb\" → ecs\"biz\" traffic HTTP 8080"
    ]
  },
  'dr.state.json': {
    "zones": [
      "[region cn-hangzhou]",
      "[region cn-shanghai]",
      "region(cn-hangzhou) › [vpc]",
      "region(cn-hangzhou) › vpc › [app]",
      "region(cn-hangzhou) › vpc › [data]",
      "region(cn-shanghai) › [vpc]",
      "region(cn-shanghai) › vpc › [app]",
      "region(cn-shanghai) › vpc › [backup]"
    ],
    "products": [
      "cen \"backbone\"",
      "region(cn-hangzhou) › dts \"polardb-dr\"",
      "region(cn-hangzhou) › nas \"shared files\" {\"edition\":\"general\",\"encryption\":\"kms\"}",
      "region(cn-hangzhou) › oss \"prod-assets-example\" {\"edition\":\"standard\",\"encryption\":\"kms\",\"localBackup\":true}",
      "region(cn-hangzhou) › vpc › app › ecs ×4 \"prod-app\"",
      "region(cn-hangzhou) › vpc › data › kms \"prod-kms-hardware\" {\"edition\":\"hardware\"}",
      "region(cn-hangzhou) › vpc › data › polardb \"prod-polardb\" {\"edition\":\"mysql\",\"encryption\":\"service\",\"sqlAudit\":true}",
      "region(cn-hangzhou) › vpc › data › rds \"reports\" {\"edition\":\"basic\",\"spec\":\"mysql.n2.small.1\",\"localBackup\":true}",
      "region(cn-shanghai) › oss \"dr-assets-example\" {\"edition\":\"ia\",\"encryption\":\"service\"}",
      "region(cn-shanghai) › vpc › app › ecs \"dr-app\" {\"spec\":\"ecs.g7.large\"}",
      "region(cn-shanghai) › vpc › backup › polardb \"dr-polardb\" {\"edition\":\"mysql\",\"encryption\":\"service\"}"
    ],
    "edges": [
      "oss\"prod-assets-example\" → oss\"dr-assets-example\" backup realtime",
      "polardb\"prod-polardb\" → polardb\"dr-polardb\" backup realtime"
    ]
  },
  'dr.ros.yaml': {
    "zones": [
      "[region cn-hangzhou]",
      "region(cn-hangzhou) › [edge]",
      "region(cn-hangzhou) › [vpc]",
      "region(cn-hangzhou) › vpc › [app]",
      "region(cn-hangzhou) › vpc › [data]"
    ],
    "products": [
      "region(cn-hangzhou) › config",
      "region(cn-hangzhou) › edge › ddos_pro \"prod-ddos\"",
      "region(cn-hangzhou) › oss \"prod-assets-example\" {\"edition\":\"standard\",\"encryption\":\"kms\",\"localBackup\":true}",
      "region(cn-hangzhou) › vpc › app › ecs ×4 \"prod-app\"",
      "region(cn-hangzhou) › vpc › data › rds \"reports\" {\"edition\":\"basic\",\"spec\":\"mysql.n2.small.1\",\"sqlAudit\":true}"
    ],
    "edges": []
  }
};

/** Each input and the expected drawing it must give (a plan draws what its state draws). */
const CASES: [string, string][] = [
  ['web3.state.json', 'web3.state.json'],
  ['web3.plan.json', 'web3.state.json'],
  ['web3.ros.json', 'web3.ros.json'],
  ['mgmt.state.json', 'mgmt.state.json'],
  ['mgmt.plan.json', 'mgmt.state.json'],
  ['mgmt.ros.yaml', 'mgmt.ros.yaml'],
  ['dr.state.json', 'dr.state.json'],
  ['dr.plan.json', 'dr.state.json'],
  ['dr.ros.yaml', 'dr.ros.yaml'],
];

describe('import fixtures', () => {
  it.each(CASES)('%s draws the expected zones, products, quantities and edges', (name, expected) => {
    const { diagram } = imported(name);
    expect(summarise(diagram)).toEqual(EXPECTED[expected]);
  });

  it.each(CASES)('%s is laid out with ELK and passes the reader after writing', async (name) => {
    const { diagram } = imported(name);
    const laidOut = await layoutImported(diagram, catalog, nodeLayoutEngine);
    const back = readDiagramText(writeDiagram(laidOut), catalog);
    expect(back.ok ? 'ok' : JSON.stringify(back.error)).toBe('ok');
    // Layout moves things; it never changes what the drawing says.
    expect(summarise(laidOut)).toEqual(summarise(diagram));
    const moved = laidOut.nodes.filter((n, i) => n.position.x !== diagram.nodes[i]!.position.x || n.position.y !== diagram.nodes[i]!.position.y);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('the compliant three-tier plan has no open error at level 3, the one opening SSH to 0.0.0.0/0 has ABS-04', () => {
    expect(checkDiagram(imported('web3.plan.json').diagram, catalog, { level: 3 }).summary.error).toBe(0);
    expect(checkDiagram(imported('web3.state.json').diagram, catalog, { level: 3 }).summary.error).toBe(0);
    const open = imported('web3-ssh-open.plan.json').diagram;
    const result = checkDiagram(open, catalog, { level: 3 });
    const abs04 = result.findings.filter((f) => f.rule === 'ABS-04');
    expect(abs04).toHaveLength(1);
    const edge = open.edges.find((e) => e.id === abs04[0]!.targets[0]);
    expect(edge).toMatchObject({ source: 'imp::internet_user', kind: 'traffic', protocol: 'SSH', port: 22 });
  });

  it('the management system is found open to RDP from the Internet (ABS-04 on the ECS and on the bastion host)', () => {
    const { diagram } = imported('mgmt.state.json');
    const result = checkDiagram(diagram, catalog, { level: 3 });
    const targets = result.findings.filter((f) => f.rule === 'ABS-04').map((f) => diagram.edges.find((e) => e.id === f.targets[0]));
    expect(targets.map((e) => `${e?.target} ${e?.protocol} ${e?.port}`).sort()).toEqual(['imp:alicloud_bastionhost_instance.main RDP 3389', 'imp:alicloud_instance.biz RDP 3389']);
  });

  it('the DR system copies PolarDB and OSS to the other region in real time; the RDS with only a backup policy is a gap and CES-10', () => {
    const { diagram, report } = imported('dr.state.json');
    const result = checkDiagram(diagram, catalog, { level: 3 });
    const ces10 = result.findings.filter((f) => f.rule === 'CES-10').map((f) => f.targets[0]);
    expect(ces10).toContain('imp:alicloud_db_instance.reports');
    expect(ces10).not.toContain('imp:alicloud_polardb_cluster.main');
    expect(ces10).not.toContain('imp:alicloud_oss_bucket.assets');
    expect(report.gaps.find((g) => g.key === 'import.gap.crossRegionBackup')).toMatchObject({ params: { node: 'reports', region: 'cn-shanghai' }, addresses: ['alicloud_rds_instance_cross_backup_policy.reports'] });
  });

  it('reports what was read, mapped, merged, not mapped and derived, and the connections to add by hand', () => {
    const { report } = imported('web3.state.json');
    expect(report.source).toBe('terraform');
    expect(report.document).toBe('state');
    expect(report.resourcesRead).toBe(43);
    expect(report.mapped['module.web.alicloud_instance.app[1]']).toBe('imp:module.web.alicloud_instance.app');
    expect(report.merged).toContainEqual({ node: 'imp:module.web.alicloud_instance.app', quantity: 3, addresses: ['module.web.alicloud_instance.app[0]', 'module.web.alicloud_instance.app[1]', 'module.web.alicloud_instance.app[2]'] });
    expect(report.notMapped).toEqual([]);
    const listener = report.edges.find((e) => e.key === 'import.edge.listener');
    expect(listener?.from).toEqual(['alicloud_alb_listener.https', 'alicloud_alb_server_group.web']);
    expect(report.edges.find((e) => e.key === 'import.edge.bastionAsset')?.from).toHaveLength(3);
    expect(report.gaps).toEqual([{ key: 'import.gap.computeToData', params: { from: 'web3-app', to: 'web3-rds' }, addresses: expect.arrayContaining(['module.web.alicloud_instance.app[0]', 'alicloud_db_instance.main']) }]);
    expect(report.secretsDropped).toBeGreaterThanOrEqual(10);

    const mgmt = imported('mgmt.state.json').report;
    expect(mgmt.notMapped).toEqual([{ type: 'alicloud_oos_template', address: 'alicloud_oos_template.patch' }]);
    const ros = imported('web3.ros.json').report;
    expect(ros.notMapped).toEqual([{ type: 'ALIYUN::MNS::Topic', address: 'Notifier' }]);
    expect(ros.gaps.map((g) => g.key)).toContain('import.gap.bastionNoAssets');
  });

  it('proposes a zone kind per vSwitch with its reason', () => {
    const byVswitch = Object.fromEntries(imported('mgmt.state.json').plan.zoneProposals.map((p) => [p.vswitch, [p.kind, p.reason.key, p.reason.params]]));
    expect(byVswitch).toEqual({
      'module.network.alicloud_vswitch.this["access"]': ['dmz', 'import.reason.word', { word: '接入', field: 'name' }],
      'module.network.alicloud_vswitch.this["biz"]': ['app', 'import.reason.word', { word: 'biz', field: 'name' }],
      'module.network.alicloud_vswitch.this["data"]': ['data', 'import.reason.word', { word: 'data', field: 'tag' }],
      'module.network.alicloud_vswitch.this["sec"]': ['mgmt', 'import.reason.bastion', { products: 'bastionhost, db_audit' }],
      'module.network.alicloud_vswitch.this["ops"]': ['ops', 'import.reason.word', { word: 'ops', field: 'name' }],
    });
    const ros = Object.fromEntries(imported('mgmt.ros.yaml').plan.zoneProposals.map((p) => [p.vswitch, p.reason.key]));
    expect(ros['DataVSwitch']).toBe('import.reason.dataOnly');
  });

  it('the user\'s zone kinds win over the proposals', () => {
    const read = readInfrastructure(fixture('web3.state.json'));
    if (!read.ok) throw new Error('unreadable');
    const { diagram, report } = buildImportedDiagram(read.plan, catalog, { zoneKinds: { 'alicloud_vswitch.app': 'devtest' } });
    expect(diagram.nodes.find((n) => n.id === 'imp:alicloud_vswitch.app')).toMatchObject({ kind: 'zone', zone: 'devtest' });
    expect(report.zoneKinds['alicloud_vswitch.app']).toBe('devtest');
    expect(report.zoneKinds['alicloud_vswitch.db']).toBe('data');
  });
});
