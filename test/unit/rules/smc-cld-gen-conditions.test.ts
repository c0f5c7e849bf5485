/**
 * 安全管理中心 (SMC), 云计算扩展 (CLD) and design hygiene (GEN), condition by condition (issue 16): each
 * test changes the baseline in exactly the place one condition of the rule's row in rules.md names.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, financeL4, findings, found, product, zone } from './support.ts';

describe('SMC-01 conditions', () => {
  it('SMC-01 no management zone: the finding offers to add one', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('mgmt'), { zone: 'ops' }));
    expect(findings(doc, 'SMC-01')[0]).toMatchObject({ messageKey: 'rule.SMC-01.noZone', targets: [], fix: { change: { kind: 'add-mgmt-zone' } } });
  });

  it('SMC-01 outside the management zone: moved there when it has a VPC, no fix without one', () => {
    const inApp = edit(baseline(), (d) => void Object.assign(d.node('dbaudit'), { parent: 'app' }));
    expect(found(inApp, 'SMC-01')).toEqual([['error', ['dbaudit']]]);
    expect(findings(inApp, 'SMC-01')[0]).toMatchObject({ messageKey: 'rule.SMC-01.outside', params: { node: { en: 'Database Audit' } }, fix: { change: { kind: 'move-to-mgmt', node: 'dbaudit' } } });
    const noVpc = edit(baseline(), (d) => void Object.assign(d.node('bastion'), { parent: 'region' }));
    expect(found(noVpc, 'SMC-01')).toEqual([['error', ['bastion']]]);
    expect(findings(noVpc, 'SMC-01')[0]!.fix).toBeUndefined();
  });
});

describe('SMC-02 conditions', () => {
  it('SMC-02 compute nodes or data stores: one server and one data store are enough to need monitoring', () => {
    const doc = edit(baseline(), (d) => d.remove('monitor', 'rds-copy'));
    expect(found(doc, 'SMC-02')).toEqual([['error', []]]);
    expect(findings(doc, 'SMC-02')[0]).toMatchObject({ messageKey: 'rule.SMC-02', fix: { change: { kind: 'add-product', product: 'cloudmonitor' } } });
  });

  it('SMC-02 data stores alone, and servers alone, need monitoring', () => {
    expect(found(edit(baseline(), (d) => d.remove('monitor', 'ecs')), 'SMC-02')).toEqual([['error', []]]);
    expect(found(edit(baseline(), (d) => d.remove('monitor', 'rds', 'rds-copy')), 'SMC-02')).toEqual([['error', []]]);
  });
});

describe('SMC-03 conditions', () => {
  it('SMC-03 ActionTrail: the finding offers to add it', () => {
    const doc = edit(baseline(), (d) => d.remove('trail'));
    expect(findings(doc, 'SMC-03')[0]).toMatchObject({ messageKey: 'rule.SMC-03.noActionTrail', fix: { change: { kind: 'add-product', product: 'actiontrail' } } });
  });

  it('SMC-03 retention: an SLS without retentionDays keeps nothing 180 days; the finding names it', () => {
    const doc = edit(baseline(), (d) => void delete d.node('sls').props.retentionDays);
    expect(found(doc, 'SMC-03')).toEqual([['error', ['sls']]]);
    expect(findings(doc, 'SMC-03')[0]).toMatchObject({ messageKey: 'rule.SMC-03.shortRetention', params: { nodes: { en: 'Simple Log Service' } }, fix: { change: { kind: 'sls-retention' } } });
    const none = edit(baseline(), (d) => d.remove('sls'));
    expect(findings(none, 'SMC-03')[0]).toMatchObject({ messageKey: 'rule.SMC-03.noSls', fix: { change: { kind: 'sls-retention' } } });
  });
});

describe('SMC-04 conditions', () => {
  it('SMC-04 compute nodes exist: no server, nothing to ask', () => {
    expect(found(edit(baseline(), (d) => d.remove('sc', 'ecs')), 'SMC-04')).toEqual([]);
  });

  it('SMC-04 names the weak security center, or says none is drawn', () => {
    const weak = edit(baseline(), (d) => void (d.node('sc').props.edition = 'anti_virus'));
    expect(findings(weak, 'SMC-04')[0]).toMatchObject({ messageKey: 'rule.SMC-04.weakEdition', params: { node: { en: 'Security Center' } }, fix: { change: { kind: 'add-product', product: 'security_center' } } });
    const none = findings(edit(baseline(), (d) => d.remove('sc')), 'SMC-04')[0]!;
    expect(none).toMatchObject({ messageKey: 'rule.SMC-04.none', params: {} });
    expect(Object.keys(none.params)).toEqual([]);
  });
});

describe('CLD-01 conditions', () => {
  it('CLD-01 names the region and why: unknown, not mainland, not finance', () => {
    const unknown = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'xx-nowhere-9'));
    expect(findings(unknown, 'CLD-01')[0]).toMatchObject({ messageKey: 'rule.CLD-01.unknownRegion', params: { regionId: 'xx-nowhere-9' } });
    const abroad = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'ap-southeast-1'));
    expect(findings(abroad, 'CLD-01')[0]).toMatchObject({ messageKey: 'rule.CLD-01.notMainland', params: { regionId: 'ap-southeast-1', name: { en: 'Singapore' } } });
    const publicRegion = edit(financeL4(), (d) => void (d.node('region2').props.regionId = 'cn-shenzhen'));
    expect(findings(publicRegion, 'CLD-01', 4)[0]).toMatchObject({ params: { regionId: 'cn-shenzhen', name: { en: 'China (Shenzhen)' } } });
    const noId = edit(baseline(), (d) => void delete d.node('region2').props.regionId);
    expect(findings(noId, 'CLD-01')[0]).toMatchObject({ messageKey: 'rule.CLD-01.noRegionId' });
  });

  it('CLD-01 platform level: the finding names the level checked and the platform level', () => {
    expect(findings(baseline(), 'CLD-01', 4)[0]).toMatchObject({
      messageKey: 'rule.CLD-01.platformLevel', params: { level: { key: 'rules.level.4' }, platform: { key: 'rules.platform.alibaba-public' }, platformLevel: { key: 'rules.level.3' } },
    });
  });
});

describe('CLD-02 conditions', () => {
  it('CLD-02 VPC-bound: a product that is not VPC-bound needs no VPC', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('sls'), { parent: 'region' }));
    expect(found(doc, 'CLD-02')).toEqual([]);
  });

  it('CLD-02 names the node without a VPC and the VPC without a region', () => {
    const loose = edit(baseline(), (d) => void Object.assign(d.node('ecs'), { parent: 'region' }));
    expect(findings(loose, 'CLD-02')[0]).toMatchObject({ messageKey: 'rule.CLD-02.noVpc', params: { node: { en: 'Elastic Compute Service' } } });
    const vpc = edit(baseline(), (d) => void delete d.node('vpc2').parent);
    expect(findings(vpc, 'CLD-02')[0]).toMatchObject({ messageKey: 'rule.CLD-02.noRegion', params: { vpc: { en: 'VPC' } } });
  });
});

describe('GEN-02 conditions', () => {
  it('GEN-02 customer keys: service-managed keys need no KMS; the fix adds one', () => {
    const service = edit(baseline(), (d) => {
      d.remove('kms');
      d.node('rds').props.encryption = 'service';
      d.node('rds-copy').props.encryption = 'service';
    });
    expect(found(service, 'GEN-02')).toEqual([]);
    const byok = edit(service, (d) => void (d.node('rds').props.encryption = 'byok'));
    expect(findings(byok, 'GEN-02')[0]).toMatchObject({ targets: ['rds'], messageKey: 'rule.GEN-02', params: { node: { en: 'ApsaraDB RDS' } }, fix: { change: { kind: 'add-product', product: 'kms' } } });
  });
});

describe('GEN-03 conditions', () => {
  it('GEN-03 VPC-bound: a product that is not VPC-bound may sit on the Internet; the findings name the zone', () => {
    const doc = edit(baseline(), (d) => d.add(product('logs', 'sls', 'internet', 40, 140, { retentionDays: 180 })));
    expect(found(doc, 'GEN-03')).toEqual([]);
    const web = edit(baseline(), (d) => d.add(product('web', 'ecs', 'internet', 40, 140)));
    expect(findings(web, 'GEN-03')[0]).toMatchObject({ messageKey: 'rule.GEN-03.cloudOutside', params: { node: { en: 'Elastic Compute Service' }, zone: { en: 'Internet' } } });
    const visitor = edit(baseline(), (d) => d.add(product('visitor', 'internet_user', 'app', 200, 60)));
    expect(findings(visitor, 'GEN-03')[0]).toMatchObject({ messageKey: 'rule.GEN-03.externalInVpc', params: { vpc: { en: 'VPC' } } });
  });

  it('GEN-03 external: an external actor outside every VPC is where it belongs', () => {
    const doc = edit(baseline(), (d) => d.add(zone('office', 'office', undefined, 0, 400, 240, 200), product('staff', 'office_user', 'office', 40, 60)));
    expect(found(doc, 'GEN-03')).toEqual([]);
  });
});

describe('GEN-01 and GEN-04 conditions', () => {
  it('GEN-01 names the edge', () => {
    const doc = edit(baseline(), (d) => void delete d.edge('e1').protocol);
    expect(findings(doc, 'GEN-01')[0]).toMatchObject({ messageKey: 'rule.GEN-01', params: { edge: { en: 'Internet users → Anti-DDoS Origin' } } });
  });

  it('GEN-04 names the node where traffic stops', () => {
    const doc = edit(baseline(), (d) => d.remove('waf'));
    expect(findings(doc, 'GEN-04')[0]).toMatchObject({ params: { node: { en: 'Anti-DDoS Origin' } } });
  });
});

describe('CLD-01 region without props', () => {
  it('CLD-01 a region node with no props at all is a region without regionId, named in the warning', () => {
    const doc = edit(baseline(), (d) => void delete (d.node('region2') as { props?: object }).props);
    expect(found(doc, 'CLD-01')).toEqual([['warning', ['region2']]]);
    expect(findings(doc, 'CLD-01')[0]).toMatchObject({ messageKey: 'rule.CLD-01.noRegionId', params: { region: { en: 'Region' } } });
  });
});
