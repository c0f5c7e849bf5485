/**
 * A generated `terraform show -json` state of any number of resources: three-tier systems of 20
 * resources each (VPC, four vSwitches, a security group and its rules, four ECS of a `count` group, an
 * ALB with server group and listener, an RDS with account and backup policy), every fifth opening SSH
 * to 0.0.0.0/0. Used by bench:import (in Node) and bench:import-browser (in the app).
 */
function resource(module: string, type: string, name: string, values: Record<string, unknown>, index?: number) {
  return {
    address: `module.${module}.${type}.${name}${index === undefined ? '' : `[${index}]`}`,
    mode: 'managed', type, name, ...(index === undefined ? {} : { index }), provider_name: 'registry.terraform.io/aliyun/alicloud', schema_version: 0,
    values, sensitive_values: {},
  };
}

/** One three-tier system of 20 resources in its own module, ids unique by `s`. */
function system(s: number) {
  const m = `sys${s}`;
  const id = (x: string) => `${x}-${s}`;
  const zone = s % 2 === 0 ? 'cn-hangzhou-h' : 'cn-hangzhou-i';
  const vsw = (name: string, n: number) => resource(m, 'alicloud_vswitch', name, { id: id(`vsw-${name}`), vpc_id: id('vpc'), vswitch_name: `${m}-${name}`, cidr_block: `10.${s}.${n}.0/24`, zone_id: zone });
  return [
    resource(m, 'alicloud_vpc', 'main', { id: id('vpc'), vpc_name: `${m}-vpc`, cidr_block: `10.${s}.0.0/16` }),
    vsw('dmz', 1), vsw('app', 2), vsw('db', 3), vsw('mgmt', 4),
    resource(m, 'alicloud_security_group', 'app', { id: id('sg'), vpc_id: id('vpc') }),
    resource(m, 'alicloud_security_group_rule', 'http', { id: id('sgr-http'), security_group_id: id('sg'), type: 'ingress', ip_protocol: 'tcp', port_range: '8080/8080', cidr_ip: `10.${s}.1.0/24`, policy: 'accept' }),
    resource(m, 'alicloud_security_group_rule', 'ssh', { id: id('sgr-ssh'), security_group_id: id('sg'), type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: s % 5 === 0 ? '0.0.0.0/0' : `10.${s}.4.0/24`, policy: 'accept' }),
    ...[0, 1, 2, 3].map((i) => resource(m, 'alicloud_instance', 'app', { id: id(`i-${i}`), instance_name: `${m}-app-0${i}`, instance_type: 'ecs.g7.large', vswitch_id: id('vsw-app'), security_groups: [id('sg')], availability_zone: zone, password: 'x' }, i)),
    resource(m, 'alicloud_alb_load_balancer', 'web', { id: id('alb'), load_balancer_name: `${m}-alb`, address_type: 'Internet', vpc_id: id('vpc'), zone_mappings: [{ vswitch_id: id('vsw-dmz'), zone_id: zone }] }),
    resource(m, 'alicloud_alb_server_group', 'web', { id: id('sgp'), servers: [0, 1, 2, 3].map((i) => ({ server_id: id(`i-${i}`), port: 8080 })) }),
    resource(m, 'alicloud_alb_listener', 'https', { id: id('lsn'), load_balancer_id: id('alb'), listener_port: 443, listener_protocol: 'HTTPS', default_actions: [{ forward_group_config: [{ server_group_tuples: [{ server_group_id: id('sgp') }] }] }] }),
    resource(m, 'alicloud_db_instance', 'main', { id: id('rm'), instance_name: `${m}-db`, engine: 'MySQL', vswitch_id: id('vsw-db'), zone_id: zone, tde_status: 'Enabled' }),
    resource(m, 'alicloud_db_account', 'app', { id: id('rm-acct'), db_instance_id: id('rm'), account_password: 'secret' }),
    resource(m, 'alicloud_db_backup_policy', 'main', { id: id('rm-bak'), instance_id: id('rm') }),
  ];
}

export function generateState(resources: number): string {
  const list: unknown[] = [];
  for (let s = 0; list.length < resources; s++) list.push(...system(s));
  return JSON.stringify({ format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources: [], child_modules: [{ address: 'module.all', resources: list.slice(0, resources) }] } } });
}
