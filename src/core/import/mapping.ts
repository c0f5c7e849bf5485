/**
 * What each resource type becomes: Terraform `aliyun/alicloud` types and ROS `ALIYUN::…` types in one
 * table, since most map to the same thing. Common attributes (name, tags, zones, VPC, vSwitch,
 * security groups) are read for every resource; each entry adds its kind and what it knows.
 * A type not in the table is "not mapped" and listed in the report.
 */
import type { EncryptionMode, Protocol } from '../model/types.ts';
import type { Fields } from './fields.ts';
import type { ImportedResource, RefRole, ResourceAttrs, ResourceKind } from './types.ts';

export interface Mapped {
  kind: ResourceKind;
  product?: string;
  partOf?: string;
  /** Region the resource names itself (an OSS bucket's location). */
  region?: string;
  attrs?: ResourceAttrs;
  refs?: Partial<Record<RefRole, string[]>>;
}

type Mapper = (f: Fields) => Mapped;

const NAME_FIELDS = [
  'instance_name', 'vpc_name', 'vswitch_name', 'name', 'load_balancer_name', 'nat_gateway_name', 'security_group_name', 'db_instance_description',
  'description_name', 'db_instance_name', 'scaling_group_name', 'vpn_gateway_name', 'cen_instance_name', 'address_name', 'dts_job_name', 'file_system_name', 'bucket', 'project_name', 'logstore_name', 'trail_name', 'cluster_name', 'host_name', 'domain', 'domain_name', 'user_name', 'key_name',
  'InstanceName', 'VpcName', 'VSwitchName', 'Name', 'LoadBalancerName', 'NatGatewayName', 'SecurityGroupName', 'DBInstanceDescription', 'BucketName',
  'ProjectName', 'LogstoreName', 'ClusterName', 'DomainName', 'UserName', 'HostName', 'ScalingGroupName', 'DBClusterDescription', 'display_name',
];
export const DESCRIPTION_FIELDS = ['description', 'Description', 'db_instance_description', 'DBInstanceDescription'];
const ZONE_FIELDS = ['zone_id', 'availability_zone', 'master_zone_id', 'slave_zone_id', 'zone_id_slave_a', 'zone_id_slave_b', 'secondary_zone_id', 'hidden_zone_id',
  'ZoneId', 'MasterZoneId', 'SlaveZoneId', 'ZoneIdSlave1', 'ZoneIdSlave2', 'SecondaryZoneId', 'HiddenZoneId'];
const VPC_FIELDS = ['vpc_id', 'VpcId'];
const VSWITCH_FIELDS = ['vswitch_id', 'vswitch_ids', 'worker_vswitch_ids', 'master_vswitch_ids', 'VSwitchId', 'VSwitchIds', 'WorkerVSwitchIds', 'MasterVSwitchIds', 'zone_mappings', 'ZoneMappings'];
const SG_FIELDS = ['security_groups', 'security_group_ids', 'security_group_id', 'SecurityGroupId', 'SecurityGroupIds'];

export function commonFields(f: Fields, kindHint: ResourceKind | undefined): Omit<ImportedResource, 'address' | 'group' | 'type' | 'attrs'> {
  const tags: Record<string, string> = {};
  const rawTags = f.get('tags', 'Tags');
  if (Array.isArray(rawTags)) {
    for (const t of rawTags) {
      if (t && typeof t === 'object' && 'Key' in t) tags[String((t as { Key: unknown }).Key)] = String((t as { Value?: unknown }).Value ?? '');
    }
  } else if (rawTags && typeof rawTags === 'object') {
    for (const [k, v] of Object.entries(rawTags as Record<string, unknown>)) if (typeof v === 'string' || typeof v === 'number') tags[k] = String(v);
  }
  const zoneIds = new Set<string>();
  for (const field of ZONE_FIELDS) {
    const z = f.str(field);
    if (z && /^[a-z]+-[a-z0-9-]+$/.test(z)) zoneIds.add(z);
  }
  for (const mapping of f.blocks('zone_mappings', 'ZoneMappings')) {
    const z = mapping.str('zone_id', 'ZoneId');
    if (z) zoneIds.add(z);
  }
  const refs: Partial<Record<RefRole, string[]>> = {};
  const vpc = f.refs(...VPC_FIELDS);
  if (vpc.length) refs.vpc = vpc;
  // A vSwitch's own zone list is its VPC's business, not the other way round.
  if (kindHint !== 'vpc' && kindHint !== 'vswitch') {
    const vsw = f.refs(...VSWITCH_FIELDS);
    if (vsw.length) refs.vswitch = vsw;
  }
  const sg = f.refs(...SG_FIELDS);
  if (sg.length && kindHint !== 'sg_rule') refs.securityGroup = sg;
  const description = f.str('description', 'Description');
  // Some products are named only by their description (a PolarDB cluster, a bastion host).
  const name = f.str(...NAME_FIELDS) ?? (kindHint === 'product' ? description : undefined);
  return {
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    tags,
    zoneIds: [...zoneIds],
    refs,
  };
}

function encryptionOf(encrypted: boolean | undefined, kmsKey: string | undefined | boolean): EncryptionMode | undefined {
  if (kmsKey) return 'kms';
  if (encrypted) return 'service';
  return undefined;
}

function protocolOf(value: string | undefined): Protocol | undefined {
  switch (value?.toLowerCase()) {
    case 'http':
      return 'HTTP';
    case 'https':
    case 'quic':
      return 'HTTPS';
    case 'tcp':
      return 'TCP';
    case 'udp':
      return 'UDP';
    case 'tcpssl':
      return 'TLS';
    default:
      return undefined;
  }
}

/** `22/22` → 22; `1/65535` → undefined (a range); `-1/-1` → undefined. */
export function portRange(value: string | undefined): { from: number; to: number } | undefined {
  const m = /^(-?\d+)\/(-?\d+)$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from < 1 || to > 65535 || from > to) return undefined;
  return { from, to };
}

const ecs: Mapper = (f) => {
  const quantity = f.num('amount', 'MaxAmount', 'min_size', 'MinSize', 'desired_capacity', 'Amount', '__count');
  const disks = [...f.blocks('data_disks', 'DiskMappings')];
  // A key given by reference (a plan's unknown id, a ROS Ref) is a KMS key all the same.
  const kms = f.str('system_disk_kms_key_id', 'SystemDiskKMSKeyId') ?? disks.map((d) => d.str('kms_key_id', 'KMSKeyId')).find(Boolean) ?? f.refs('system_disk_kms_key_id', 'SystemDiskKMSKeyId', 'data_disks', 'DiskMappings').length > 0;
  const encrypted = f.bool('system_disk_encrypted', 'SystemDiskEncrypted') || disks.some((d) => d.bool('encrypted', 'Encrypted'));
  const bandwidth = f.num('internet_max_bandwidth_out', 'InternetMaxBandwidthOut');
  const publicIp = (bandwidth !== undefined && bandwidth > 0) || f.bool('allocate_public_ip', 'AllocatePublicIP') === true;
  const encryption = encryptionOf(encrypted, kms);
  const spec = f.str('instance_type', 'InstanceType');
  const ip = f.str('private_ip', 'PrivateIpAddress', 'primary_ip_address');
  return {
    kind: 'product',
    product: 'ecs',
    attrs: {
      ...(quantity !== undefined && quantity >= 1 ? { quantity: Math.floor(quantity) } : {}),
      ...(spec ? { spec } : {}),
      ...(publicIp ? { publicIp } : {}),
      ...(encryption ? { encryption } : {}),
      ...(ip ? { ips: [ip] } : {}),
    },
  };
};

const ack: Mapper = (f) => {
  const spec = f.str('cluster_spec', 'ClusterSpec');
  return { kind: 'product', product: 'ack', attrs: { edition: spec && /basic/.test(spec) ? 'basic' : 'pro' } };
};

const lb = (edition: 'clb' | 'alb' | 'nlb'): Mapper => (f) => {
  const type = f.str('address_type', 'AddressType')?.toLowerCase();
  const zones = f.blocks('zone_mappings', 'ZoneMappings').length;
  const multiAZ = zones >= 2 || f.str('slave_zone_id', 'SlaveZoneId') !== undefined;
  return { kind: 'product', product: 'slb', attrs: { edition, ...(type === 'internet' ? { internetFacing: true } : {}), ...(multiAZ ? { multiAZ: true } : {}) } };
};

const listener: Mapper = (f) => {
  const protocol = protocolOf(f.str('protocol', 'listener_protocol', 'Protocol', 'ListenerProtocol'));
  const port = f.num('frontend_port', 'listener_port', 'ListenerPort', 'port');
  const backendPort = f.num('backend_port', 'BackendServerPort', 'backend_server_port');
  return {
    kind: 'lb_listener',
    attrs: { ...(protocol ? { protocol } : {}), ...(port ? { port } : {}), ...(backendPort ? { backendPort } : {}) },
    refs: { loadBalancer: f.refs('load_balancer_id', 'LoadBalancerId'), serverGroup: f.refs('server_group_id', 'VServerGroupId', 'ServerGroupId', 'default_actions', 'DefaultActions', 'default_action', 'forward_group_config') },
  };
};

const serverGroup: Mapper = (f) => ({
  kind: 'lb_server_group',
  attrs: (() => {
    const port = f.blocks('servers', 'Servers', 'BackendServers').map((b) => b.num('port', 'Port')).find((p) => p !== undefined);
    return port !== undefined ? { backendPort: port } : {};
  })(),
  refs: { loadBalancer: f.refs('load_balancer_id', 'LoadBalancerId'), backend: f.refs('servers', 'Servers', 'BackendServers', 'backend_servers') },
});

const backends: Mapper = (f) => ({
  kind: 'lb_backends',
  refs: {
    loadBalancer: f.refs('load_balancer_id', 'LoadBalancerId'),
    serverGroup: f.refs('server_group_id', 'ServerGroupId', 'VServerGroupId'),
    backend: f.refs('backend_servers', 'instance_ids', 'server_id', 'servers', 'BackendServers', 'BackendServerList', 'Servers', 'ServerId', 'InstanceIds'),
  },
});

const rds: Mapper = (f) => {
  const category = f.str('category', 'Category')?.toLowerCase();
  const edition = category === 'basic' ? 'basic' : category?.includes('cluster') ? 'cluster' : 'ha';
  const vswitchText = f.str('vswitch_id', 'VSwitchId') ?? '';
  const slave = f.str('zone_id_slave_a', 'ZoneIdSlave1');
  const multiAZ = vswitchText.includes(',') || (slave !== undefined && slave !== f.str('zone_id', 'ZoneId') && slave !== 'Auto');
  const tde = f.bool('tde_status', 'TDEStatus', 'encryption');
  const kms = f.str('encryption_key', 'EncryptionKey') ?? f.refs('encryption_key', 'EncryptionKey').length > 0;
  const ssl = f.bool('ssl_action', 'ssl_status', 'SSLSetting', 'ssl_enabled');
  const audit = f.bool('sql_collector_status', 'SQLCollectorStatus');
  const publicIp = f.bool('allocate_public_connection', 'AllocatePublicConnection');
  const spec = f.str('instance_type', 'DBInstanceClass');
  const encryption = encryptionOf(tde, kms);
  return {
    kind: 'product',
    product: 'rds',
    attrs: {
      edition,
      ...(spec ? { spec } : {}),
      ...(multiAZ ? { multiAZ: true } : {}),
      ...(encryption ? { encryption } : {}),
      ...(ssl ? { ssl } : {}),
      ...(audit ? { sqlAudit: true } : {}),
      ...(publicIp ? { publicIp } : {}),
    },
  };
};

const polardb: Mapper = (f) => {
  const db = f.str('db_type', 'DBType')?.toLowerCase();
  const edition = db === 'postgresql' ? 'postgresql' : db === 'oracle' ? 'oracle' : 'mysql';
  const tde = f.bool('tde_status', 'TDEStatus');
  const audit = f.bool('collector_status', 'CollectorStatus', 'sql_collector_status');
  const ssl = f.bool('ssl_enabled', 'SSLEnabled');
  const encryption = encryptionOf(tde, f.str('encryption_key', 'EncryptionKey') ?? f.refs('encryption_key', 'EncryptionKey').length > 0);
  return { kind: 'product', product: 'polardb', attrs: { edition, ...(encryption ? { encryption } : {}), ...(audit ? { sqlAudit: true } : {}), ...(ssl ? { ssl } : {}) } };
};

const redis: Mapper = (f) => {
  const klass = `${f.str('instance_class', 'InstanceClass') ?? ''} ${f.str('architecture_type', 'ArchitectureType') ?? ''}`.toLowerCase();
  const edition = klass.includes('splitrw') || klass.includes('rwsplit') ? 'rw_split' : klass.includes('cluster') ? 'cluster' : 'standard';
  const ssl = f.bool('ssl_enable', 'SSLEnabled', 'SslEnable');
  const encryption = encryptionOf(f.bool('tde_status', 'TDEStatus'), f.str('encryption_key', 'EncryptionKey'));
  return { kind: 'product', product: 'redis', attrs: { edition, ...(ssl ? { ssl } : {}), ...(encryption ? { encryption } : {}) } };
};

const mongodb = (sharded: boolean): Mapper => (f) => {
  const ssl = f.bool('ssl_action', 'ssl_status', 'SSLAction');
  const encryption = encryptionOf(f.bool('tde_status', 'TDEStatus', 'encrypted', 'Encrypted'), f.str('encryption_key', 'EncryptionKey'));
  return { kind: 'product', product: 'mongodb', attrs: { edition: sharded ? 'sharded' : 'replica_set', ...(ssl ? { ssl } : {}), ...(encryption ? { encryption } : {}) } };
};

const oss: Mapper = (f) => {
  const sse = f.block('server_side_encryption_rule', 'ServerSideEncryptionConfiguration');
  const algorithm = sse.str('sse_algorithm', 'SSEAlgorithm')?.toUpperCase();
  const encryption: EncryptionMode | undefined = algorithm === 'KMS' ? (sse.str('kms_master_key_id', 'KMSMasterKeyID') ? 'kms' : 'service') : algorithm ? 'service' : undefined;
  const versioning = f.block('versioning', 'VersioningConfiguration').str('status', 'Status');
  const storage = f.str('storage_class', 'StorageClass')?.toLowerCase();
  const edition = storage === 'ia' ? 'ia' : storage === 'archive' || storage === 'coldarchive' ? 'archive' : 'standard';
  const location = f.str('location');
  return {
    kind: 'product',
    product: 'oss',
    attrs: {
      edition,
      ...(encryption ? { encryption } : {}),
      ...(versioning === 'Enabled' ? { localBackup: true } : {}),
    },
    ...(location ? { region: location.replace(/^oss-/, '') } : {}),
  };
};

const nas: Mapper = (f) => {
  const type = f.num('encrypt_type', 'EncryptType');
  const encryption: EncryptionMode | undefined = type === 2 ? 'kms' : type === 1 ? 'service' : undefined;
  const edition = f.str('file_system_type', 'FileSystemType') === 'extreme' ? 'extreme' : 'general';
  return { kind: 'product', product: 'nas', attrs: { edition, ...(encryption ? { encryption } : {}) } };
};

const waf: Mapper = (f) => ({ kind: 'product', product: 'waf', attrs: { edition: /payasyougo|postpaid/i.test(f.str('payment_type', 'PayType', 'PaymentType') ?? '') ? 'payg' : 'subscription' } });

const wafDomain: Mapper = (f) => {
  const listen = f.block('listen', 'Listen');
  const https = listen.list('https_ports', 'HttpsPorts').length > 0 || f.num('https_port', 'HttpsPort') !== undefined || f.list('https_port').length > 0;
  const redirect = f.block('redirect', 'Redirect');
  const ips = [...f.strings('source_ips', 'SourceIps'), ...redirect.strings('backends', 'Backends')];
  return {
    kind: 'waf_domain',
    attrs: { protocol: https ? 'HTTPS' : 'HTTP', port: https ? 443 : 80, ips },
    refs: { instance: f.refs('instance_id', 'InstanceId'), backend: f.refs('redirect', 'Redirect', 'source_ips', 'SourceIps') },
  };
};

const cloudFirewall: Mapper = (f) => {
  const spec = `${f.str('spec', 'Spec', 'spec_code') ?? ''} ${f.str('payment_type', 'PayType') ?? ''}`.toLowerCase();
  const edition = /payasyougo|postpay/.test(spec) ? 'payg' : spec.includes('ultimate') ? 'ultimate' : spec.includes('enterprise') ? 'enterprise' : 'advanced';
  return { kind: 'product', product: 'cloud_firewall', attrs: { edition } };
};

const bastion: Mapper = (f) => {
  const license = (f.str('license_code', 'LicenseCode', 'plan_code', 'Version') ?? '').toLowerCase();
  const edition = license.includes('sm') ? 'sm' : license.includes('ent') ? 'enterprise' : 'basic';
  const multiAZ = f.str('slave_vswitch_id', 'SlaveVSwitchId') !== undefined;
  return { kind: 'product', product: 'bastionhost', attrs: { edition, ...(multiAZ ? { multiAZ: true } : {}) } };
};

const bastionAsset: Mapper = (f) => {
  const windows = /windows/i.test(f.str('os_type', 'OSType', 'OsType') ?? '');
  const ip = f.str('host_private_address', 'HostPrivateAddress');
  return {
    kind: 'bastion_asset',
    attrs: { protocol: windows ? 'RDP' : 'SSH', port: windows ? 3389 : 22, ...(ip ? { ips: [ip] } : {}) },
    refs: { instance: f.refs('instance_id', 'InstanceId'), target: f.refs('source_instance_id', 'SourceInstanceId', 'instance_ids', 'InstanceIds', 'host_id') },
  };
};

const sls: Mapper = () => ({ kind: 'product', product: 'sls' });

const logstore: Mapper = (f) => {
  const retention = f.num('retention_period', 'TTL', 'ttl');
  const encrypt = f.block('encrypt_conf', 'EncryptConf');
  const enabled = encrypt.bool('enable', 'Enable');
  const byok = encrypt.block('user_cmk_info', 'UserCmkInfo').str('cmk_key_id', 'CmkKeyId');
  const encryption: EncryptionMode | undefined = enabled ? (byok ? 'kms' : 'service') : undefined;
  const project = f.str('project', 'project_name', 'ProjectName');
  return {
    kind: 'sls_logstore',
    attrs: { ...(retention !== undefined && retention >= 1 ? { retentionDays: Math.min(3650, Math.floor(retention)) } : {}), ...(encryption ? { encryption } : {}), ...(project ? { slsProject: project } : {}) },
    refs: { project: f.refs('project', 'project_name', 'ProjectName') },
  };
};

/** SLS log audit: `variable_map` keys like `actiontrail_enabled`, `waf_enabled` name what it collects. */
const LOG_AUDIT_PRODUCTS: [RegExp, string[]][] = [
  [/^actiontrail_enabled$/, ['actiontrail']],
  [/^(waf)_enabled$/, ['waf']],
  [/^cloudfirewall_enabled$/, ['cloud_firewall']],
  [/^bastion_enabled$/, ['bastionhost']],
  [/^(slb_access|alb)_enabled$/, ['slb']],
  [/^(rds|polardb)_enabled$/, ['rds', 'polardb']],
  [/^oss_(access|sync)_enabled$/, ['oss']],
  [/^(sas|sas_ti)_.*enabled$/, ['security_center']],
  [/^ddos_(coo|bgp)_access_enabled$/, ['ddos_pro', 'ddos_origin']],
  [/^drds_audit_enabled$/, []],
];

const logAudit: Mapper = (f) => {
  const map = f.block('variable_map', 'VariableMap');
  const logsFrom = new Set<string>();
  let retention: number | undefined;
  for (const [key, value] of Object.entries(map.raw.values)) {
    const on = value === true || value === 'true';
    for (const [pattern, products] of LOG_AUDIT_PRODUCTS) if (on && pattern.test(key)) for (const p of products) logsFrom.add(p);
    if (/_ttl$/.test(key)) {
      const days = Number(value);
      if (Number.isFinite(days) && days >= 1) retention = retention === undefined ? days : Math.min(retention, days);
    }
  }
  return { kind: 'log_audit', product: 'sls', attrs: { logsFrom: [...logsFrom], ...(retention !== undefined ? { retentionDays: Math.min(3650, Math.floor(retention)) } : {}) } };
};

const actiontrail: Mapper = (f) => {
  const arn = f.str('sls_project_arn', 'SlsProjectArn');
  const project = arn ? /project\/([^/]+)$/.exec(arn)?.[1] : undefined;
  return { kind: 'product', product: 'actiontrail', attrs: project ? { slsProject: project } : {}, refs: { project: f.refs('sls_project_arn', 'SlsProjectArn') } };
};

const kmsInstance: Mapper = (f) => {
  const text = `${f.str('product_version', 'ProductVersion', 'spec', 'Spec') ?? ''} ${f.str('instance_type', 'KmsInstanceType') ?? ''}`.toLowerCase();
  return { kind: 'product', product: 'kms', attrs: { edition: /hardware|hsm/.test(text) ? 'hardware' : 'software' } };
};

const kmsKey: Mapper = (f) => {
  const level = f.str('protection_level', 'ProtectionLevel')?.toUpperCase();
  return { kind: 'fact', partOf: 'kms', attrs: level === 'HSM' ? { edition: 'hardware' } : {}, refs: { instance: f.refs('dkms_instance_id', 'DKMSInstanceId') } };
};

/** Threat detection `version_code`: level10 free … level8 ultimate (Security Center's editions). */
const SECURITY_CENTER_EDITIONS: Record<string, string> = { level10: 'free', level7: 'anti_virus', level3: 'advanced', level2: 'enterprise', level8: 'ultimate' };

const securityCenter: Mapper = (f) => {
  const code = f.str('version_code', 'VersionCode')?.toLowerCase();
  return { kind: 'product', product: 'security_center', attrs: { edition: (code && SECURITY_CENTER_EDITIONS[code]) ?? 'enterprise' } };
};

const dtsJob: Mapper = (f) => ({
  kind: 'replication',
  partOf: 'dts',
  refs: {
    source: f.refs('source_endpoint_instance_id', 'SourceEndpoint', 'source_endpoint'),
    destination: f.refs('destination_endpoint_instance_id', 'DestinationEndpoint', 'destination_endpoint'),
    instance: f.refs('dts_instance_id', 'DtsInstanceId'),
  },
  attrs: { ...(f.str('destination_endpoint_region') ? { destinationRegion: f.str('destination_endpoint_region')! } : {}) },
});

const sgRule = (direction?: 'ingress' | 'egress'): Mapper => (f) => {
  const type = direction ?? (f.str('type', 'Type')?.toLowerCase() === 'egress' ? 'egress' : 'ingress');
  const cidr = f.str('cidr_ip', 'SourceCidrIp', 'ipv6_cidr_ip', 'Ipv6SourceCidrIp');
  const policy = f.str('policy', 'Policy')?.toLowerCase() ?? 'accept';
  const range = portRange(f.str('port_range', 'PortRange'));
  const ipProtocol = f.str('ip_protocol', 'IpProtocol')?.toLowerCase();
  const protocol: Protocol | undefined = ipProtocol === 'tcp' ? 'TCP' : ipProtocol === 'udp' ? 'UDP' : undefined;
  const open = type === 'ingress' && policy === 'accept' && (cidr === '0.0.0.0/0' || cidr === '::/0');
  return {
    kind: 'sg_rule',
    attrs: { ...(protocol ? { protocol } : {}), ...(range ? { port: range.from, portTo: range.to } : {}), ...(open ? { openToInternet: true } : {}) },
    refs: { securityGroup: f.refs('security_group_id', 'SecurityGroupId') },
  };
};

const product = (id: string, extra?: (f: Fields) => ResourceAttrs): Mapper => (f) => ({ kind: 'product', product: id, attrs: extra ? extra(f) : {} });
const part = (id: string, roles?: (f: Fields) => Partial<Record<RefRole, string[]>>): Mapper => (f) => ({ kind: 'fact', partOf: id, refs: roles ? roles(f) : {} });
const ofInstance = (f: Fields) => ({ instance: f.refs('instance_id', 'InstanceId', 'db_instance_id', 'DBInstanceId', 'db_cluster_id', 'DBClusterId', 'cluster_id', 'ClusterId', 'load_balancer_id', 'LoadBalancerId') });

const TABLE: Record<string, Mapper> = {};
function map(types: string[], mapper: Mapper): void {
  for (const t of types) TABLE[t] = mapper;
}

map(['alicloud_vpc', 'ALIYUN::ECS::VPC'], (f) => ({ kind: 'vpc', attrs: f.str('cidr_block', 'CidrBlock') ? { cidr: f.str('cidr_block', 'CidrBlock')! } : {} }));
map(['alicloud_vswitch', 'alicloud_vpc_vswitch', 'ALIYUN::ECS::VSwitch'], (f) => ({ kind: 'vswitch', attrs: f.str('cidr_block', 'CidrBlock') ? { cidr: f.str('cidr_block', 'CidrBlock')! } : {} }));
map(['alicloud_instance', 'alicloud_ecs_instance_set', 'alicloud_ess_scaling_group', 'ALIYUN::ECS::Instance', 'ALIYUN::ECS::InstanceGroup', 'ALIYUN::ECS::InstanceGroupClone', 'ALIYUN::ESS::ScalingGroup'], ecs);
map(['alicloud_disk', 'alicloud_ecs_disk', 'ALIYUN::ECS::Disk'], (f) => ({ kind: 'disk', attrs: encryptionOf(f.bool('encrypted', 'Encrypted'), f.str('kms_key_id', 'KMSKeyId')) ? { encryption: encryptionOf(f.bool('encrypted', 'Encrypted'), f.str('kms_key_id', 'KMSKeyId'))! } : {}, refs: { instance: f.refs('instance_id', 'InstanceId') } }));
map(['alicloud_disk_attachment', 'alicloud_ecs_disk_attachment', 'ALIYUN::ECS::DiskAttachment'], (f) => ({ kind: 'disk_attachment', refs: { instance: f.refs('instance_id', 'InstanceId'), other: f.refs('disk_id', 'DiskId') } }));
map(['alicloud_hbr_ecs_backup_plan', 'alicloud_ecs_auto_snapshot_policy_attachment', 'alicloud_snapshot_policy'], (f) => ({ kind: 'backup_policy', refs: { instance: f.refs('instance_id', 'InstanceId', 'disk_id') } }));
map(['alicloud_cs_managed_kubernetes', 'alicloud_cs_kubernetes', 'alicloud_cs_serverless_kubernetes', 'ALIYUN::CS::ManagedKubernetesCluster', 'ALIYUN::CS::KubernetesCluster', 'ALIYUN::CS::ServerlessKubernetesCluster', 'ALIYUN::CS::ASKCluster'], ack);
map(['alicloud_cs_kubernetes_node_pool', 'ALIYUN::CS::ClusterNodePool'], part('ack', (f) => ({ instance: f.refs('cluster_id', 'ClusterId') })));
map(['alicloud_slb', 'alicloud_slb_load_balancer', 'ALIYUN::SLB::LoadBalancer'], lb('clb'));
map(['alicloud_alb_load_balancer', 'ALIYUN::ALB::LoadBalancer'], lb('alb'));
map(['alicloud_nlb_load_balancer', 'ALIYUN::NLB::LoadBalancer'], lb('nlb'));
map(['alicloud_slb_listener', 'alicloud_alb_listener', 'alicloud_nlb_listener', 'ALIYUN::SLB::Listener', 'ALIYUN::ALB::Listener', 'ALIYUN::NLB::Listener'], listener);
map(['alicloud_slb_server_group', 'alicloud_alb_server_group', 'alicloud_nlb_server_group', 'ALIYUN::SLB::VServerGroup', 'ALIYUN::ALB::ServerGroup', 'ALIYUN::NLB::ServerGroup'], serverGroup);
map(['alicloud_slb_backend_server', 'alicloud_slb_attachment', 'alicloud_slb_server_group_server_attachment', 'alicloud_nlb_server_group_server_attachment', 'alicloud_alb_server_group_server_attachment', 'ALIYUN::SLB::BackendServerAttachment', 'ALIYUN::SLB::VServerGroupAttachment', 'ALIYUN::ALB::BackendServerAttachment', 'ALIYUN::NLB::ServerGroupServerAttachment'], backends);
map(['alicloud_nat_gateway', 'ALIYUN::VPC::NatGateway'], product('nat_gateway', (f) => ({ edition: /intranet/i.test(f.str('network_type', 'NetworkType') ?? '') ? 'vpc' : 'internet' })));
map(['alicloud_snat_entry', 'ALIYUN::VPC::SnatEntry'], (f) => ({ kind: 'snat_entry', refs: { natGateway: f.refs('snat_table_id', 'SnatTableId', 'nat_gateway_id'), source: f.refs('source_vswitch_id', 'SourceVSwitchId', 'SourceVSwitchIds') } }));
map(['alicloud_forward_entry', 'ALIYUN::VPC::ForwardEntry'], (f) => {
  const protocol = f.str('ip_protocol', 'IpProtocol')?.toLowerCase();
  const port = f.num('internal_port', 'InternalPort');
  const ip = f.str('internal_ip', 'InternalIp');
  return { kind: 'dnat_entry', attrs: { ...(protocol === 'udp' ? { protocol: 'UDP' as const } : { protocol: 'TCP' as const }), ...(port && port <= 65535 ? { port } : {}), ...(ip ? { ips: [ip] } : {}) }, refs: { natGateway: f.refs('forward_table_id', 'ForwardTableId') } };
});
map(['alicloud_eip', 'alicloud_eip_address', 'ALIYUN::VPC::EIP'], product('eip', (f) => ({ ...(f.str('ip_address', 'IpAddress') ? { ips: [f.str('ip_address', 'IpAddress')!] } : {}) })));
map(['alicloud_eip_association', 'ALIYUN::VPC::EIPAssociation'], (f) => ({ kind: 'eip_association', refs: { source: f.refs('allocation_id', 'AllocationId'), target: f.refs('instance_id', 'InstanceId') } }));
map(['alicloud_vpn_gateway', 'ALIYUN::VPC::VpnGateway'], product('vpn_gateway'));
map(['alicloud_vpn_connection', 'alicloud_vpn_customer_gateway', 'alicloud_ssl_vpn_server', 'alicloud_ssl_vpn_client_cert', 'ALIYUN::VPC::VpnConnection', 'ALIYUN::VPC::CustomerGateway', 'ALIYUN::VPC::SslVpnServer'], part('vpn_gateway', (f) => ({ instance: f.refs('vpn_gateway_id', 'VpnGatewayId') })));
map(['alicloud_cen_instance', 'ALIYUN::CEN::CenInstance'], product('cen'));
map(['alicloud_cen_instance_attachment', 'alicloud_cen_transit_router_vpc_attachment', 'ALIYUN::CEN::CenInstanceAttachment'], (f) => ({ kind: 'cen_attachment', refs: { instance: f.refs('instance_id', 'cen_id', 'CenId'), target: f.refs('child_instance_id', 'ChildInstanceId', 'vpc_id') } }));
map(['alicloud_db_instance', 'alicloud_db_readonly_instance', 'ALIYUN::RDS::DBInstance', 'ALIYUN::RDS::PrepayDBInstance', 'ALIYUN::RDS::ReadOnlyDBInstance'], rds);
map(['alicloud_db_account', 'alicloud_rds_account', 'alicloud_db_database', 'alicloud_db_account_privilege', 'ALIYUN::RDS::Account', 'ALIYUN::RDS::Database', 'ALIYUN::RDS::AccountPrivilege', 'alicloud_polardb_account', 'alicloud_polardb_database', 'alicloud_polardb_endpoint', 'ALIYUN::POLARDB::Account', 'ALIYUN::POLARDB::DBNodes', 'alicloud_kvstore_account', 'ALIYUN::REDIS::Account'], (f) => ({ kind: 'fact', refs: ofInstance(f) }));
map(['alicloud_db_connection', 'ALIYUN::RDS::DBInstanceConnection'], (f) => ({ kind: 'fact', attrs: { publicIp: true }, refs: ofInstance(f) }));
map(['alicloud_db_backup_policy', 'alicloud_polardb_backup_policy', 'alicloud_kvstore_backup_policy', 'alicloud_mongodb_backup_policy'], (f) => ({ kind: 'backup_policy', refs: ofInstance(f) }));
map(['alicloud_rds_instance_cross_backup_policy'], (f) => ({ kind: 'cross_region_backup', attrs: f.str('cross_backup_region') ? { destinationRegion: f.str('cross_backup_region')! } : {}, refs: ofInstance(f) }));
map(['alicloud_polardb_cluster', 'ALIYUN::POLARDB::DBCluster'], polardb);
map(['alicloud_kvstore_instance', 'alicloud_redis_tair_instance', 'ALIYUN::REDIS::Instance', 'ALIYUN::REDIS::PrepayInstance'], redis);
map(['alicloud_mongodb_instance', 'ALIYUN::MONGODB::Instance', 'ALIYUN::MONGODB::PrepayInstance'], mongodb(false));
map(['alicloud_mongodb_sharding_instance', 'ALIYUN::MONGODB::ShardingInstance'], mongodb(true));
map(['alicloud_oss_bucket', 'ALIYUN::OSS::Bucket'], oss);
map(['alicloud_oss_bucket_replication'], (f) => ({ kind: 'replication', refs: { source: f.refs('bucket'), destination: f.refs('destination') }, attrs: { ...(f.block('destination').str('location') ? { destinationRegion: f.block('destination').str('location')!.replace(/^oss-/, '') } : {}) } }));
map(['alicloud_oss_bucket_server_side_encryption', 'alicloud_oss_bucket_versioning', 'alicloud_oss_bucket_acl', 'alicloud_oss_bucket_policy', 'alicloud_oss_bucket_logging'], (f) => ({ kind: 'fact', refs: { instance: f.refs('bucket') } }));
map(['alicloud_nas_file_system', 'ALIYUN::NAS::FileSystem'], nas);
map(['alicloud_nas_mount_target', 'alicloud_nas_access_group', 'alicloud_nas_access_rule', 'ALIYUN::NAS::MountTarget', 'ALIYUN::NAS::AccessGroup', 'ALIYUN::NAS::AccessRule'], (f) => ({ kind: 'fact', refs: { instance: f.refs('file_system_id', 'FileSystemId') } }));
map(['alicloud_wafv3_instance', 'alicloud_waf_instance', 'ALIYUN::WAF::Instance', 'ALIYUN::WAF3::Instance'], waf);
map(['alicloud_wafv3_domain', 'alicloud_waf_domain', 'ALIYUN::WAF::Domain', 'ALIYUN::WAF3::Domain'], wafDomain);
map(['alicloud_waf_certificate', 'alicloud_wafv3_defense_template', 'ALIYUN::WAF::DomainConfig'], part('waf'));
map(['alicloud_cloud_firewall_instance', 'ALIYUN::CLOUDFW::FwInstance', 'ALIYUN::CLOUDFW::Instance'], cloudFirewall);
/** An inbound Internet-border policy: the Cloud Firewall stands between the Internet and the VPCs. */
map(['alicloud_cloud_firewall_control_policy', 'ALIYUN::CLOUDFW::ControlPolicy'], (f) => ({ kind: 'cfw_policy', partOf: 'cloud_firewall', attrs: { inbound: /^in$/i.test(f.str('direction', 'Direction') ?? '') } }));
map(['alicloud_cloud_firewall_vpc_firewall', 'alicloud_cloud_firewall_vpc_firewall_cen', 'alicloud_cloud_firewall_vpc_firewall_control_policy', 'alicloud_cloud_firewall_address_book', 'alicloud_cloud_firewall_instance_member', 'ALIYUN::CLOUDFW::ControlPolicy', 'ALIYUN::CLOUDFW::VpcFirewall', 'ALIYUN::CLOUDFW::VpcFirewallControlPolicy', 'ALIYUN::CLOUDFW::AddressBook'], part('cloud_firewall'));
map(['alicloud_bastionhost_instance', 'ALIYUN::BastionHost::Instance', 'ALIYUN::BastionHost::Instance2', 'ALIYUN::BastionHost::BastionInstance'], bastion);
map(['alicloud_bastionhost_host', 'alicloud_bastionhost_host_attachment', 'ALIYUN::BastionHost::Host'], bastionAsset);
/** Bastion host users: RAM users log in through RAM (and its MFA), local ones with the bastion's password. */
map(['alicloud_bastionhost_user', 'ALIYUN::BastionHost::User'], (f) => ({ kind: 'bastion_user', partOf: 'bastionhost', attrs: { ramUser: /^ram$/i.test(f.str('source', 'Source') ?? '') }, refs: { instance: f.refs('instance_id', 'InstanceId') } }));
map(['alicloud_bastionhost_host_account', 'alicloud_bastionhost_user_group', 'alicloud_bastionhost_host_group', 'alicloud_bastionhost_host_account_user_attachment', 'alicloud_bastionhost_host_group_account_user_attachment'], part('bastionhost', (f) => ({ instance: f.refs('instance_id') })));
map(['alicloud_yundun_dbaudit_instance', 'ALIYUN::DBAUDIT::Instance'], product('db_audit'));
map(['alicloud_log_project', 'alicloud_sls_project', 'ALIYUN::SLS::Project'], sls);
map(['alicloud_log_store', 'alicloud_sls_logstore', 'ALIYUN::SLS::Logstore'], logstore);
map(['alicloud_log_store_index', 'alicloud_logtail_config', 'alicloud_logtail_attachment', 'alicloud_log_machine_group', 'ALIYUN::SLS::Index', 'ALIYUN::SLS::MachineGroup'], (f) => ({ kind: 'fact', refs: { project: f.refs('project', 'ProjectName') } }));
map(['alicloud_log_audit'], logAudit);
map(['alicloud_actiontrail_trail', 'alicloud_actiontrail', 'ALIYUN::ACTIONTRAIL::Trail'], actiontrail);
map(['ALIYUN::ACTIONTRAIL::TrailLogging'], part('actiontrail'));
map(['alicloud_kms_instance', 'ALIYUN::KMS::Instance'], kmsInstance);
map(['alicloud_kms_key', 'alicloud_kms_alias', 'alicloud_kms_secret', 'alicloud_kms_key_version', 'ALIYUN::KMS::Key', 'ALIYUN::KMS::Alias', 'ALIYUN::KMS::Secret'], kmsKey);
map(['alicloud_threat_detection_instance', 'alicloud_security_center_group', 'ALIYUN::ThreatDetection::Instance', 'ALIYUN::SAS::Instance'], securityCenter);
map(['alicloud_ddoscoo_instance', 'ALIYUN::DDoSCoo::Instance', 'ALIYUN::DDOSCOO::Instance'], product('ddos_pro'));
map(['alicloud_ddosbgp_instance', 'ALIYUN::DDoSBGP::Instance'], product('ddos_origin'));
map(['alicloud_ddoscoo_domain_resource', 'ALIYUN::DDoSCoo::DomainResource'], (f) => {
  const https = f.blocks('proxy_types', 'ProxyTypes').some((p) => /https/i.test(p.str('proxy_type', 'ProxyType') ?? ''));
  return { kind: 'ddos_domain', partOf: 'ddos_pro', attrs: { protocol: https ? 'HTTPS' : 'HTTP', port: https ? 443 : 80, ips: f.strings('real_servers', 'RealServers') }, refs: { instance: f.refs('instance_ids', 'InstanceIds'), backend: f.refs('real_servers', 'RealServers') } };
});
map(['alicloud_ddoscoo_port', 'alicloud_ddoscoo_scheduler_rule'], part('ddos_pro', (f) => ({ instance: f.refs('instance_ids', 'instance_id') })));
map(['alicloud_config_configuration_recorder', 'alicloud_config_delivery_channel', 'alicloud_config_delivery', 'alicloud_config_rule', 'alicloud_config_compliance_pack', 'alicloud_config_aggregator', 'alicloud_config_aggregate_config_rule', 'ALIYUN::Config::ConfigurationRecorder', 'ALIYUN::Config::Rule', 'ALIYUN::Config::DeliveryChannel', 'ALIYUN::Config::CompliancePack', 'ALIYUN::Config::Aggregator'], part('config'));
map(['alicloud_cms_alarm', 'alicloud_cms_alarm_contact', 'alicloud_cms_alarm_contact_group', 'alicloud_cms_monitor_group', 'alicloud_cms_site_monitor', 'alicloud_cms_group_metric_rule', 'ALIYUN::CMS::MonitorGroup', 'ALIYUN::CMS::Alarm', 'ALIYUN::CMS::ContactGroup', 'ALIYUN::CMS::SiteMonitor'], part('cloudmonitor'));
map(['alicloud_ram_user', 'ALIYUN::RAM::User'], (f) => {
  const profile = f.block('LoginProfile');
  const mfa = profile.bool('MFABindRequired');
  return { kind: 'login_profile', partOf: 'ram', attrs: mfa !== undefined ? { mfa } : {} };
});
map(['alicloud_ram_login_profile'], (f) => ({ kind: 'login_profile', partOf: 'ram', attrs: { mfa: f.bool('mfa_bind_required') === true } }));
map(['alicloud_ram_access_key', 'alicloud_ram_role', 'alicloud_ram_policy', 'alicloud_ram_group', 'alicloud_ram_user_policy_attachment', 'alicloud_ram_role_policy_attachment', 'alicloud_ram_group_membership', 'alicloud_ram_group_policy_attachment', 'alicloud_ram_account_password_policy', 'ALIYUN::RAM::AccessKey', 'ALIYUN::RAM::Role', 'ALIYUN::RAM::ManagedPolicy', 'ALIYUN::RAM::Group', 'ALIYUN::RAM::AttachPolicyToUser', 'ALIYUN::RAM::AttachPolicyToRole', 'ALIYUN::RAM::UserToGroupAddition'], part('ram'));
map(['alicloud_dts_synchronization_instance', 'alicloud_dts_instance', 'alicloud_dts_migration_instance', 'ALIYUN::DTS::SynchronizationInstance', 'ALIYUN::DTS::Instance'], product('dts'));
map(['alicloud_dts_synchronization_job', 'alicloud_dts_migration_job', 'alicloud_dts_job_monitor_rule', 'ALIYUN::DTS::SynchronizationJob', 'ALIYUN::DTS::SynchronizationJob2', 'ALIYUN::DTS::MigrationJob', 'ALIYUN::DTS::MigrationJob2'], dtsJob);
/** ROS security groups carry their rules inline (`SecurityGroupIngress`). */
map(['alicloud_security_group', 'alicloud_ecs_security_group', 'ALIYUN::ECS::SecurityGroup', 'ALIYUN::ECS::SecurityGroupClone'], (f) => {
  const rules = f.blocks('SecurityGroupIngress').map((rule) => sgRule('ingress')(rule).attrs ?? {});
  return { kind: 'product', product: 'security_group', attrs: rules.length > 0 ? { ingress: rules } : {} };
});
map(['alicloud_security_group_rule', 'alicloud_ecs_security_group_rule'], sgRule());
map(['ALIYUN::ECS::SecurityGroupIngress'], sgRule('ingress'));
map(['ALIYUN::ECS::SecurityGroupEgress'], sgRule('egress'));
map(['alicloud_ssl_certificates_service_certificate', 'alicloud_cas_certificate', 'ALIYUN::CAS::Certificate'], product('ssl_cert'));

export function mapperFor(type: string): Mapper | undefined {
  return Object.hasOwn(TABLE, type) ? TABLE[type] : undefined;
}

/** How many types the table maps (for documentation and tests). */
export function mappedTypes(): string[] {
  return Object.keys(TABLE);
}
