/**
 * Secrets never enter the design: a state and a plan full of secrets (passwords, sensitive_values,
 * access keys, user data, connection strings, private keys, DTS endpoint passwords, NoEcho ROS
 * parameters) are imported, and every output is searched for every secret: the diagram, the report,
 * the plan handed to the UI, and the CLI's standard output and error for import and check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { buildImportedDiagram, layoutImported, readInfrastructure } from '../../../src/core/import/index.ts';
import { loadCatalog } from '../../../src/node/catalog-fs.ts';
import { nodeLayoutEngine } from '../../../src/node/layout-node.ts';
import { runCliCaptured } from '../../support/run-cli.ts';
import { fixture } from './support.ts';

const catalog = loadCatalog();

const SECRETS = [
  'S3cret-Ecs-Password-1',
  'IyEvYmluL2Jhc2gKZXhwb3J0IFRPS0VOPXNlY3JldA',
  'kms-encrypted-pw-AAAABBBB',
  'LTAI5tSecretAccessKeyId01',
  'wJalrXUtnFEMI-SecretAccessKey-K7MDENG',
  'mysql://root:RootPassw0rd@rm-secret.mysql.rds.aliyuncs.com:3306/app',
  'RootPassw0rd',
  'Sensitive-Description-Value-42',
  'sensitive-tag-value-77',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretkeymaterial\n-----END RSA PRIVATE KEY-----',
  'Dts-Endpoint-Passw0rd',
  'kms-secret-data-value',
  'redis-auth-passw0rd',
  'Var-Default-Secret-Value',
  'Config-Constant-Secret',
];

function secretState(): string {
  const resource = (type: string, name: string, values: Record<string, unknown>, sensitive: Record<string, unknown> = {}) => ({
    address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/aliyun/alicloud', schema_version: 0, values, sensitive_values: sensitive,
  });
  return JSON.stringify({
    format_version: '1.0',
    terraform_version: '1.9.5',
    values: {
      root_module: {
        resources: [
          resource('alicloud_vpc', 'v', { id: 'vpc-1', vpc_name: 'secret-test', cidr_block: '10.0.0.0/16' }),
          resource('alicloud_vswitch', 's', { id: 'vsw-1', vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', zone_id: 'cn-hangzhou-h', vswitch_name: 'app' }),
          resource('alicloud_instance', 'i', {
            id: 'i-1', instance_name: 'app-1', vswitch_id: 'vsw-1', password: SECRETS[0], user_data: SECRETS[1], kms_encrypted_password: SECRETS[2],
            description: SECRETS[7], tags: { role: 'app', token_hint: SECRETS[8] },
          }, { password: true, description: true, tags: { token_hint: true } }),
          resource('alicloud_ram_access_key', 'k', { id: SECRETS[3], user_name: 'ci', secret: SECRETS[4], status: 'Active' }, { secret: true }),
          resource('alicloud_db_instance', 'd', { id: 'rm-1', instance_name: 'db', vswitch_id: 'vsw-1', connection_string: SECRETS[5], engine: 'MySQL' }),
          resource('alicloud_db_connection', 'c', { id: 'rm-1:c', instance_id: 'rm-1', connection_prefix: 'pub', connection_string: SECRETS[5] }),
          resource('alicloud_db_account', 'a', { id: 'rm-1:root', db_instance_id: 'rm-1', account_name: 'root', account_password: SECRETS[6] }, { account_password: true }),
          resource('alicloud_ssl_certificates_service_certificate', 'cert', { id: 'cas-1', certificate_name: 'www', cert: '-----BEGIN CERTIFICATE-----\nMIIpublic\n-----END CERTIFICATE-----', key: SECRETS[9] }, { key: true }),
          resource('alicloud_dts_synchronization_job', 'j', { id: 'dts-1', source_endpoint_instance_id: 'rm-1', source_endpoint_password: SECRETS[10], destination_endpoint_password: SECRETS[10] }),
          resource('alicloud_kms_secret', 'sec', { id: 'sec-1', secret_name: 'db', secret_data: SECRETS[11] }, { secret_data: true }),
          resource('alicloud_kvstore_instance', 'r', { id: 'r-1', db_instance_name: 'cache', vswitch_id: 'vsw-1', password: SECRETS[12] }),
          // Values that would be drawn (a zone's label, a product named by its description) unless dropped.
          resource('alicloud_vswitch', 'hidden', { id: 'vsw-2', vpc_id: 'vpc-1', cidr_block: '10.0.2.0/24', zone_id: 'cn-hangzhou-h', vswitch_name: SECRETS[8] }, { vswitch_name: true }),
          resource('alicloud_polardb_cluster', 'p', { id: 'pc-1', vswitch_id: 'vsw-1', db_type: 'MySQL', description: SECRETS[7] }, { description: true }),
          resource('alicloud_some_future_type', 'f', { id: 'f-1', name: 'future', api_credential: SECRETS[4] }),
        ],
      },
    },
  });
}

function secretPlan(): string {
  const state = JSON.parse(secretState()) as { values: unknown };
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    variables: { db_password: { value: SECRETS[13] } },
    planned_values: state.values,
    prior_state: { format_version: '1.0', values: state.values },
    resource_changes: [{ address: 'alicloud_instance.i', mode: 'managed', type: 'alicloud_instance', name: 'i', change: { actions: ['update'], before: { password: SECRETS[0] }, after: { password: SECRETS[0] }, after_unknown: {}, before_sensitive: { password: true }, after_sensitive: { password: true } } }],
    output_changes: { db: { actions: ['create'], before: null, after: SECRETS[5], after_unknown: false, before_sensitive: false, after_sensitive: true } },
    configuration: {
      provider_config: { alicloud: { name: 'alicloud', expressions: { region: { constant_value: 'cn-hangzhou' }, secret_key: { constant_value: SECRETS[4] } } } },
      root_module: {
        resources: [{ address: 'alicloud_instance.i', mode: 'managed', type: 'alicloud_instance', name: 'i', provider_config_key: 'alicloud', expressions: { password: { constant_value: SECRETS[14] }, vswitch_id: { references: ['alicloud_vswitch.s.id', 'alicloud_vswitch.s'] } } }],
        variables: { db_password: { default: SECRETS[13], sensitive: true } },
      },
    },
  });
}

const ROS_WITH_SECRETS = `ROSTemplateFormatVersion: '2015-09-01'
Parameters:
  Hidden:
    Type: String
    NoEcho: true
    Default: ${SECRETS[13]}
Resources:
  Vpc:
    Type: ALIYUN::ECS::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Server:
    Type: ALIYUN::ECS::Instance
    Properties:
      VpcId: !Ref Vpc
      InstanceName: !Ref Hidden
      Password: ${SECRETS[0]}
      UserData: ${SECRETS[1]}
  Key:
    Type: ALIYUN::RAM::AccessKey
    Properties:
      UserName: ci
`;

function findSecrets(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

describe('secrets never reach an output', () => {
  it.each([
    ['state', secretState, 'terraform'],
    ['plan', secretPlan, 'terraform'],
    ['ROS template', () => ROS_WITH_SECRETS, 'ros'],
  ] as const)('a %s full of secrets: the diagram, the report and the plan hold none of them', async (_, make, from) => {
    const read = readInfrastructure(make(), { from });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(findSecrets(JSON.stringify(read.plan))).toEqual([]);
    expect(read.plan.secretsDropped).toBeGreaterThan(0);
    const { diagram, report } = buildImportedDiagram(read.plan, catalog);
    const laidOut = await layoutImported(diagram, catalog, nodeLayoutEngine);
    expect(findSecrets(writeDiagram(laidOut))).toEqual([]);
    expect(findSecrets(JSON.stringify(report))).toEqual([]);
    expect(report.secretsDropped).toBe(read.plan.secretsDropped);
  });

  it('the CLI prints none of them, in import and check, text and JSON, Chinese and English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlps-secrets-'));
    const files: [string, string][] = [
      [join(dir, 'state.json'), 'terraform'],
      [join(dir, 'plan.json'), 'terraform'],
      [join(dir, 'template.yaml'), 'ros'],
    ];
    writeFileSync(files[0]![0], secretState());
    writeFileSync(files[1]![0], secretPlan());
    writeFileSync(files[2]![0], ROS_WITH_SECRETS);
    for (const [file, from] of files) {
      for (const argv of [
        ['import', file, '--from', from],
        ['import', file, '--from', from, '--lang', 'en'],
        ['check', file, '--from', from],
        ['check', file, '--from', from, '--format', 'json', '--lang', 'en'],
      ]) {
        const { out, err } = await runCliCaptured(argv);
        expect(out.length).toBeGreaterThan(0);
        expect(findSecrets(out + err)).toEqual([]);
      }
    }
  }, 60_000);

  it('the fixtures\' own made-up secrets do not reach the CLI\'s output either', async () => {
    const planted = ['Pa55w0rd!secret-db', 'Ecs!R00tPassw0rd', 'IyEvYmluL2Jhc2gKZWNobyBTRUNSRVRfVE9LRU49YWJjMTIz', 'R4m!LoginPassword', 'Dts!SourcePassw0rd', 'Dts!DestPassw0rd', 'Redis!Passw0rd', 'Host!AccountPassw0rd', 'AkSecretValue0123456789abcdef', 'LTAI5tCiAccessKeyId0001', 'Src!Passw0rd', 'Dst!Passw0rd', 'Ros!EcsPassw0rd', 'Ros!DbPassw0rd', 'Yaml!RedisPassw0rd', 'Yaml!RamPassw0rd'];
    const inputs: [string, string][] = [['web3.state.json', 'terraform'], ['web3.plan.json', 'terraform'], ['mgmt.state.json', 'terraform'], ['mgmt.plan.json', 'terraform'], ['dr.plan.json', 'terraform'], ['web3.ros.json', 'ros'], ['mgmt.ros.yaml', 'ros']];
    for (const [name, from] of inputs) {
      // The planted secrets really are in the inputs, so the test can fail.
      expect(planted.some((s) => fixture(name).includes(s))).toBe(true);
      const { out, err } = await runCliCaptured(['import', join(new URL('../../fixtures/import/', import.meta.url).pathname, name), '--from', from]);
      expect(planted.filter((s) => (out + err).includes(s))).toEqual([]);
    }
  }, 60_000);
});
