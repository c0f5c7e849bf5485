/**
 * Edges derived from small states, one mechanism each: an EIP makes its instance reachable from the
 * Internet, a DNAT entry opens a port, a wide security-group range is reported by its riskiest port,
 * WAF forwards to the origin named by IP, and nothing is invented where the input says nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildImportedDiagram, readInfrastructure } from '../../../src/core/import/index.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';

const catalog = loadCatalog();

type Values = Record<string, unknown>;
function state(resources: [string, string, Values][]): string {
  return JSON.stringify({
    format_version: '1.0',
    values: {
      root_module: {
        resources: resources.map(([type, name, values]) => ({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/aliyun/alicloud', values, sensitive_values: {} })),
      },
    },
  });
}

const BASE: [string, string, Values][] = [
  ['alicloud_vpc', 'v', { id: 'vpc-1', cidr_block: '10.0.0.0/16' }],
  ['alicloud_vswitch', 'app', { id: 'vsw-1', vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', zone_id: 'cn-shenzhen-a', vswitch_name: 'app' }],
  ['alicloud_security_group', 'sg', { id: 'sg-1', vpc_id: 'vpc-1' }],
  ['alicloud_instance', 'web', { id: 'i-1', instance_name: 'web', vswitch_id: 'vsw-1', security_groups: ['sg-1'], private_ip: '10.0.1.5', internet_max_bandwidth_out: 5 }],
];

function edgesOf(extra: [string, string, Values][]) {
  const read = readInfrastructure(state([...BASE, ...extra]));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const { diagram, report } = buildImportedDiagram(read.plan, catalog);
  return {
    diagram,
    report,
    edges: diagram.edges.map((e) => `${e.source} → ${e.target} ${e.kind} ${e.protocol ?? '-'} ${e.port ?? '-'}`),
  };
}

describe('derived edges', () => {
  it('derives nothing from an instance alone: a public IP is a property, not an invented connection', () => {
    const { edges, diagram, report } = edgesOf([]);
    expect(edges).toEqual([]);
    expect(diagram.nodes.find((n) => n.id === 'imp:alicloud_instance.web')).toMatchObject({ props: { publicIp: true } });
    expect(report.gaps.map((g) => g.key)).toEqual(['import.gap.noInbound']);
    expect(diagram.meta.title).toBe('从 Terraform 导入的系统');
    expect(diagram.nodes.find((n) => n.kind === 'zone' && n.zone === 'region')).toMatchObject({ props: { regionId: 'cn-shenzhen' } });
  });

  it('an EIP bound to an instance: traffic from the Internet into it, the EIP merged into it', () => {
    const { edges, report } = edgesOf([
      ['alicloud_eip_address', 'ip', { id: 'eip-1', ip_address: '47.0.0.1' }],
      ['alicloud_eip_association', 'bind', { id: 'eip-1:i-1', allocation_id: 'eip-1', instance_id: 'i-1' }],
    ]);
    expect(edges).toEqual(['imp::internet_user → imp:alicloud_instance.web traffic - -']);
    expect(report.mapped['alicloud_eip_address.ip']).toBe('imp:alicloud_instance.web');
    expect(report.edges[0]).toMatchObject({ key: 'import.edge.eip', from: ['alicloud_eip_association.bind', 'alicloud_eip_address.ip'] });
  });

  it('a DNAT entry: the Internet reaches the internal IP on that port', () => {
    const { edges } = edgesOf([
      ['alicloud_nat_gateway', 'nat', { id: 'ngw-1', vpc_id: 'vpc-1', vswitch_id: 'vsw-1', forward_table_ids: 'ftb-1', snat_table_ids: 'stb-1' }],
      ['alicloud_forward_entry', 'rdp', { id: 'ftb-1:fwd-1', forward_table_id: 'ftb-1', external_ip: '47.0.0.2', external_port: '13389', ip_protocol: 'tcp', internal_ip: '10.0.1.5', internal_port: '3389' }],
    ]);
    expect(edges).toEqual(['imp::internet_user → imp:alicloud_instance.web traffic RDP 3389']);
  });

  it('a security-group range open to the world is reported by the riskiest port in it; closed or inner rules give nothing', () => {
    const rule = (name: string, values: Values): [string, string, Values] => ['alicloud_security_group_rule', name, { id: `sgr-${name}`, security_group_id: 'sg-1', type: 'ingress', ip_protocol: 'tcp', policy: 'accept', ...values }];
    const { edges } = edgesOf([
      rule('wide', { port_range: '1000/4000', cidr_ip: '0.0.0.0/0' }),
      rule('web', { port_range: '443/443', cidr_ip: '0.0.0.0/0' }),
      rule('inner', { port_range: '22/22', cidr_ip: '10.0.0.0/8' }),
      rule('denied', { port_range: '23/23', cidr_ip: '0.0.0.0/0', policy: 'drop' }),
      rule('out', { port_range: '21/21', cidr_ip: '0.0.0.0/0', type: 'egress' }),
    ]);
    expect(edges.sort()).toEqual(['imp::internet_user → imp:alicloud_instance.web traffic HTTPS 443', 'imp::internet_user → imp:alicloud_instance.web traffic RDP 3389']);
  });

  it('WAF forwards to the origin its domain names by IP; without a domain nothing is drawn to it', () => {
    const waf: [string, string, Values] = ['alicloud_waf_instance', 'w', { id: 'waf-1' }];
    expect(edgesOf([waf]).edges).toEqual([]);
    const { edges } = edgesOf([
      ['alicloud_eip_address', 'ip', { id: 'eip-1', ip_address: '47.0.0.1' }],
      waf,
      ['alicloud_waf_domain', 'www', { id: 'waf-1:www', instance_id: 'waf-1', domain_name: 'www.example.com', source_ips: ['10.0.1.5'], https_port: [443] }],
    ]);
    expect(edges.sort()).toEqual(['imp::internet_user → imp:alicloud_waf_instance.w traffic HTTPS 443', 'imp:alicloud_waf_instance.w → imp:alicloud_instance.web traffic HTTPS 443']);
  });
});
