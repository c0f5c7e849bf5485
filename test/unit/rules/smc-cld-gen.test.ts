/** 安全管理中心 (SMC), 云计算扩展 (CLD) and design hygiene (GEN). */
import { describe, expect, it } from 'vitest';
import { baseline, edit, financeL4, findings, found, product, zone } from './support.ts';

describe('SMC-01 a management zone', () => {
  it('fails at levels 3 and 4 without one (no targets), and for each bastion host or audit outside it', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('mgmt'), { zone: 'ops' }));
    expect(found(doc, 'SMC-01', 2)).toEqual([]);
    expect(found(doc, 'SMC-01', 3)).toEqual([['error', []], ['error', ['bastion']], ['error', ['dbaudit']]]);
    expect(found(doc, 'SMC-01', 4)).toEqual([['error', []], ['error', ['bastion']], ['error', ['dbaudit']]]);
  });

  it('flags a bastion host outside the management zone even when one exists', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('bastion'), { parent: 'app' }));
    expect(found(doc, 'SMC-01')).toEqual([['error', ['bastion']]]);
  });
});

describe('SMC-02 central monitoring', () => {
  it('warns at level 2 and fails at 3 and 4 without 云监控', () => {
    const doc = edit(baseline(), (d) => d.remove('monitor'));
    expect(found(doc, 'SMC-02', 2)).toEqual([['warning', []]]);
    expect(found(doc, 'SMC-02', 3)).toEqual([['error', []]]);
    expect(found(doc, 'SMC-02', 4)).toEqual([['error', []]]);
  });

  it('asks nothing of a design without servers or data stores', () => {
    const doc = edit(baseline(), (d) => d.remove('monitor', 'ecs', 'rds', 'rds-copy'));
    expect(found(doc, 'SMC-02')).toEqual([]);
  });
});

describe('SMC-03 central audit', () => {
  it('flags a missing ActionTrail with no targets (warning at level 2)', () => {
    const doc = edit(baseline(), (d) => d.remove('trail'));
    expect(found(doc, 'SMC-03', 2)).toEqual([['warning', []]]);
    expect(found(doc, 'SMC-03', 3)).toEqual([['error', []]]);
  });

  it('lists the SLS nodes when none keeps 180 days, and has no targets without any SLS', () => {
    const short = edit(baseline(), (d) => {
      d.node('sls').props.retentionDays = 90;
      d.add(product('sls2', 'sls', 'mgmt', 380, 120));
    });
    expect(found(short, 'SMC-03')).toEqual([['error', ['sls', 'sls2']]]);
    const none = edit(baseline(), (d) => d.remove('sls'));
    expect(found(none, 'SMC-03')).toEqual([['error', []]]);
  });

  it('is met by one SLS keeping 180 days among several', () => {
    const doc = edit(baseline(), (d) => d.add(product('sls2', 'sls', 'mgmt', 380, 120)));
    expect(found(doc, 'SMC-03')).toEqual([]);
  });
});

describe('SMC-04 central security management (云安全中心 高级版 or above)', () => {
  it('fails at levels 3 and 4 below 高级版, does not apply at level 2', () => {
    const doc = edit(baseline(), (d) => void (d.node('sc').props.edition = 'anti_virus'));
    expect(found(doc, 'SMC-04', 2)).toEqual([]);
    expect(found(doc, 'SMC-04', 3)).toEqual([['error', []]]);
    expect(found(edit(baseline(), (d) => d.remove('sc')), 'SMC-04', 4)).toEqual([['error', []]]);
    expect(found(edit(baseline(), (d) => void (d.node('sc').props.edition = 'advanced')), 'SMC-04', 4)).toEqual([]);
  });
});

describe('CLD-01 infrastructure in China, platform level', () => {
  it('fails for a region outside mainland China and for one the catalog does not know', () => {
    const abroad = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'ap-southeast-1'));
    for (const level of [2, 3] as const) expect(found(abroad, 'CLD-01', level)).toEqual([['error', ['region2']]]);
    const unknown = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'xx-nowhere-9'));
    expect(found(unknown, 'CLD-01')).toEqual([['error', ['region2']]]);
    const hongKong = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'cn-hongkong'));
    expect(found(hongKong, 'CLD-01')).toEqual([['error', ['region2']]]);
  });

  it('warns about a region without regionId at every level', () => {
    const doc = edit(baseline(), (d) => void delete d.node('region2').props.regionId);
    for (const level of [2, 3] as const) expect(found(doc, 'CLD-01', level)).toEqual([['warning', ['region2']]]);
  });

  it('fails a level-4 check on the public cloud (certified at level 3), not on the finance cloud', () => {
    expect(found(baseline(), 'CLD-01', 4)).toEqual([['error', []]]);
    expect(found(baseline(), 'CLD-01', 3)).toEqual([]);
    expect(found(financeL4(), 'CLD-01', 4)).toEqual([]);
  });

  it('on the finance cloud (1.1), refuses every region that is not a finance-cloud region, at every level', () => {
    const publicRegions = edit(baseline(), (d) => void (d.doc.meta.platform = 'alibaba-finance'));
    for (const level of [2, 3, 4] as const) expect(found(publicRegions, 'CLD-01', level)).toEqual([['error', ['region']], ['error', ['region2']]]);
    const oneFinance = edit(financeL4(), (d) => void (d.node('region2').props.regionId = 'cn-shenzhen'));
    const [finding, ...rest] = findings(oneFinance, 'CLD-01', 4);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', targets: ['region2'], messageKey: 'rule.CLD-01.notFinance', clause: '9.2.1.1; 9.2.2.1 a)' });
    // Finance regions are mainland regions: on the public cloud they pass as any mainland region does.
    expect(found(edit(financeL4(), (d) => void (d.doc.meta.platform = 'alibaba-public')), 'CLD-01', 3)).toEqual([]);
  });

  it('compares the level checked, not meta.level', () => {
    const graded4 = edit(baseline(), (d) => void (d.doc.meta.level = 4));
    expect(found(graded4, 'CLD-01')).toEqual([['error', []]]);
    expect(found(graded4, 'CLD-01', 3)).toEqual([]);
  });
});

describe('CLD-02 VPC isolation', () => {
  it('fails for a VPC-bound product outside any VPC, and for a VPC outside any region', () => {
    const loose = edit(baseline(), (d) => void Object.assign(d.node('ecs'), { parent: 'region' }));
    for (const level of [2, 3, 4] as const) expect(found(loose, 'CLD-02', level)).toEqual([['error', ['ecs']]]);
    const vpc = edit(baseline(), (d) => void delete d.node('vpc2').parent);
    expect(found(vpc, 'CLD-02')).toEqual([['error', ['vpc2']]]);
  });

  it('does not ask outside products (in the customer IDC) for a VPC', () => {
    const doc = edit(baseline(), (d) => d.add(zone('idc', 'idc', undefined, 0, 400, 240, 200), product('idc-ecs', 'ecs', 'idc', 40, 60)));
    expect(found(doc, 'CLD-02')).toEqual([]);
  });
});

describe('GEN-01 protocol of traffic from outside', () => {
  it('warns at every level', () => {
    const doc = edit(baseline(), (d) => void delete d.edge('e1').protocol);
    for (const level of [2, 3, 4] as const) expect(found(doc, 'GEN-01', level)).toEqual([['warning', ['e1']]]);
    expect(found(edit(baseline(), (d) => void delete d.edge('e5').protocol), 'GEN-01')).toEqual([]);
  });
});

describe('GEN-02 KMS for customer keys', () => {
  it('warns for each node encrypted with KMS or own keys when there is no KMS', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('kms');
      d.node('rds-copy').props.encryption = 'byok';
    });
    expect(found(doc, 'GEN-02')).toEqual([['warning', ['rds']], ['warning', ['rds-copy']]]);
  });
});

describe('GEN-03 products where they make no sense', () => {
  it('warns about an external actor in a VPC and a VPC-bound product on the Internet', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('visitor', 'internet_user', 'app', 200, 60), product('web', 'ecs', 'internet', 40, 140));
    });
    expect(found(doc, 'GEN-03')).toEqual([['warning', ['visitor']], ['warning', ['web']]]);
    expect(found(baseline(), 'GEN-03')).toEqual([]);
  });
});

describe('GEN-04 traffic that stops half way (1.1)', () => {
  it('warns at every level when a boundary control receives traffic and sends none (the WAF deleted from the chain)', () => {
    const noWaf = edit(baseline(), (d) => d.remove('waf'));
    for (const level of [2, 3, 4] as const) expect(found(noWaf, 'GEN-04', level)).toEqual([['warning', ['ddos']]]);
    const [finding] = findings(noWaf, 'GEN-04');
    expect(finding).toMatchObject({ clause: '', messageKey: 'rule.GEN-04', layer: 'GEN' });
    expect(found(baseline(), 'GEN-04')).toEqual([]);
  });

  it('warns for a load balancer with nothing behind it, not for a security group or a server', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('e5');
      d.add(product('sg', 'security_group', 'app', 200, 60));
      d.connect({ id: 'e20', source: 'cfw', target: 'sg', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'GEN-04')).toEqual([['warning', ['slb']]]);
  });

  it('does not count other kinds of edge: a boundary control that only logs still stops the traffic', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('e4');
      d.connect({ id: 'e20', source: 'cfw', target: 'sls', kind: 'log' });
    });
    expect(found(doc, 'GEN-04')).toEqual([['warning', ['cfw']]]);
    // A firewall that receives no traffic is not where traffic stops: the WAF in front of it is.
    expect(found(edit(doc, (d) => d.remove('e3')), 'GEN-04')).toEqual([['warning', ['waf']]]);
  });
});
