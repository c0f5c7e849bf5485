/** Recognising Terraform and ROS by content, and refusing what cannot be imported, with where. */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/core/standard/limits.ts';
import { detectImportSource, readInfrastructure } from '../../../src/core/import/index.ts';
import { IMPORT_ID_PREFIX, importId } from '../../../src/core/import/node-ids.ts';
import { isValidId } from '../../../src/core/model/ids.ts';
import { fixture } from './support.ts';

function errorsOf(text: string, from?: 'terraform' | 'ros') {
  const result = readInfrastructure(text, from ? { from } : {});
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('detectImportSource', () => {
  it.each([
    ['web3.state.json', 'terraform'],
    ['web3.plan.json', 'terraform'],
    ['web3.ros.json', 'ros'],
    ['mgmt.ros.yaml', 'ros'],
    ['dr.ros.yaml', 'ros'],
  ])('%s is %s, by its content', (name, source) => {
    expect(detectImportSource(fixture(name))).toBe(source);
  });

  it('knows a plan by resource_changes alone and a template by ALIYUN:: types without a version', () => {
    expect(detectImportSource('{"format_version":"1.2","resource_changes":[]}')).toBe('terraform');
    expect(detectImportSource('Resources:\n  A:\n    Type: ALIYUN::ECS::VPC\n')).toBe('ros');
  });

  it('is null for a diagram, other JSON, other YAML and text', () => {
    expect(detectImportSource('{"format":"mlps-designer/diagram","schemaVersion":2}')).toBeNull();
    expect(detectImportSource('{"format_version":"1.0"}')).toBeNull();
    expect(detectImportSource('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n')).toBeNull();
    expect(detectImportSource('just words')).toBeNull();
    expect(detectImportSource('{ not json')).toBeNull();
  });
});

describe('readInfrastructure refusals', () => {
  it('refuses broken JSON with its line and column', () => {
    const [error] = errorsOf('{\n  "format_version": "1.0",\n  "values": {,\n}');
    expect(error).toMatchObject({ key: 'import.error.notJson', location: { kind: 'line', line: 3 } });
  });

  it('refuses broken YAML with its line', () => {
    const [error] = errorsOf('ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  A: [\n');
    expect(error?.key).toBe('import.error.notYaml');
    expect(error?.location.kind).toBe('line');
  });

  it('refuses what is neither Terraform nor ROS, and a source other than the one asked for', () => {
    expect(errorsOf('{"name":"x","version":"1.0.0"}')[0]).toMatchObject({ key: 'import.error.unknownSource', location: { kind: 'path', path: '$' } });
    expect(errorsOf(fixture('web3.ros.json'), 'terraform')[0]).toMatchObject({ key: 'import.error.unknownSource', params: { expected: 'terraform', found: 'ros' } });
  });

  it('refuses a Terraform format version whose major is not 1', () => {
    expect(errorsOf('{"format_version":"2.0","values":{"root_module":{}}}')[0]).toEqual({
      key: 'import.error.terraformVersion',
      params: { found: '2.0', supported: '1.x' },
      location: { kind: 'path', path: '$.format_version' },
    });
    expect(readInfrastructure('{"format_version":"1.9","values":{"root_module":{}}}').ok).toBe(true);
  });

  it('refuses more than 20 MB before parsing anything', () => {
    // Not JSON at all: a refusal for size proves nothing was parsed.
    const text = `{${'x'.repeat(MAX_FILE_BYTES)}`;
    expect(errorsOf(text)[0]).toMatchObject({ key: 'import.error.tooLarge', params: { limit: MAX_FILE_BYTES } });
    // Counted in bytes: 7 million three-byte characters are over the limit.
    expect(errorsOf('数'.repeat(7_000_000))[0]?.key).toBe('import.error.tooLarge');
  });

  it('refuses YAML whose aliases would expand without end', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    lines.push('ROSTemplateFormatVersion: "2015-09-01"');
    expect(errorsOf(lines.join('\n'))[0]?.key).toBe('import.error.yamlAliases');
  });
});

describe('reading references', () => {
  it('resolves a plan\'s unknown ids through configuration references, module variables and outputs', () => {
    const result = readInfrastructure(fixture('web3.plan.json'));
    if (!result.ok) throw new Error('unreadable');
    const byAddress = new Map(result.plan.resources.map((r) => [r.address, r]));
    expect(result.plan.document).toBe('plan');
    // var.vswitch_id inside module.web is what the module call passes: alicloud_vswitch.app.
    expect(byAddress.get('module.web.alicloud_instance.app[2]')?.refs.vswitch).toEqual(['alicloud_vswitch.app']);
    // The root refers to module.web's instances through its output.
    expect(byAddress.get('alicloud_bastionhost_host.app[0]')?.refs.target).toEqual(expect.arrayContaining(['module.web.alicloud_instance.app[0]']));
    // Regions come from the provider configuration, alias by alias.
    expect(byAddress.get('alicloud_db_instance.dr')?.region).toBe('cn-shanghai');
    expect(byAddress.get('alicloud_db_instance.main')?.region).toBe('cn-hangzhou');
  });

  it('resolves a state\'s references by id, and ROS Ref / Fn::GetAtt by logical id', () => {
    const state = readInfrastructure(fixture('web3.state.json'));
    const ros = readInfrastructure(fixture('web3.ros.json'));
    if (!state.ok || !ros.ok) throw new Error('unreadable');
    expect(state.plan.resources.find((r) => r.address === 'alicloud_alb_server_group.web')?.refs.backend).toEqual([
      'module.web.alicloud_instance.app[0]', 'module.web.alicloud_instance.app[1]', 'module.web.alicloud_instance.app[2]',
    ]);
    expect(ros.plan.resources.find((r) => r.address === 'SlbBackends')?.refs.backend).toEqual(['AppServers']);
    // Parameters' defaults are used; a NoEcho one never is.
    expect(ros.plan.resources.find((r) => r.address === 'AppServers')?.attrs.quantity).toBe(3);
  });
});

describe('node ids from addresses', () => {
  it('are valid, stable, and unique even when long or cleaned', () => {
    const addresses = [
      'alicloud_vpc.main',
      'module.web.alicloud_instance.app[0]',
      'module.network.alicloud_vswitch.this["biz"]',
      'module.network.alicloud_vswitch.this["b iz"]',
      'module.network.alicloud_vswitch.this["b_iz"]',
      `module.${'very_long_module_name.'.repeat(5)}alicloud_instance.x[1]`,
      `module.${'very_long_module_name.'.repeat(5)}alicloud_instance.x[2]`,
    ];
    const ids = addresses.map(importId);
    for (const id of ids) {
      expect(isValidId(id)).toBe(true);
      expect(id.startsWith(IMPORT_ID_PREFIX)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(addresses.map(importId)).toEqual(ids);
    expect(importId('alicloud_vpc.main')).toBe('imp:alicloud_vpc.main');
  });
});
