/** 安全计算环境 (CES): one test per rule and case, at each level where the severity differs. */
import { describe, expect, it } from 'vitest';
import { baseline, edit, found, findings, product, zone } from './support.ts';

describe('CES-01 administration through a bastion host', () => {
  const terminal = () => edit(baseline(), (d) => {
    d.add(zone('ops', 'ops', 'region', 600, 20, 300, 160), product('admin', 'admin_terminal', 'ops', 40, 60));
    d.connect({ id: 'e20', source: 'admin', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 });
  });

  it('warns at level 2 and fails at 3 and 4 for a management edge that bypasses the bastion host', () => {
    expect(found(terminal(), 'CES-01', 2)).toEqual([['warning', ['e20']]]);
    expect(found(terminal(), 'CES-01', 3)).toEqual([['error', ['e20']]]);
    expect(found(terminal(), 'CES-01', 4)).toEqual([['error', ['e20']]]);
  });

  it('lists the servers when there is no bastion host at all', () => {
    const doc = edit(baseline(), (d) => d.remove('bastion'));
    expect(found(doc, 'CES-01')).toEqual([['error', ['ecs']]]);
    expect(found(doc, 'CES-01', 2)).toEqual([['warning', ['ecs']]]);
  });

  it('accepts management from the bastion host', () => {
    expect(found(baseline(), 'CES-01', 4)).toEqual([]);
  });
});

describe('CES-02 encrypted remote management', () => {
  it('flags plaintext management at every level', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.edge('e7'), { protocol: 'Telnet', port: 23 }));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CES-02', level)).toEqual([['error', ['e7']]]);
  });

  it('treats a database protocol as encrypted only when the database requires SSL', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.ssl = false));
    expect(found(doc, 'CES-02')).toEqual([['error', ['e8']]]);
    expect(findings(doc, 'CES-02')[0]!.fix?.change).toEqual({ kind: 'set-prop', node: 'rds', prop: 'ssl' });
  });
});

describe('CES-03 two-factor authentication', () => {
  it('flags a bastion host or RAM without MFA at levels 3 and 4 only', () => {
    const doc = edit(baseline(), (d) => {
      d.node('bastion').props.mfa = false;
      d.add(product('ram', 'ram', 'mgmt', 380, 120));
    });
    expect(found(doc, 'CES-03', 2)).toEqual([]);
    expect(found(doc, 'CES-03', 3)).toEqual([['error', ['bastion']], ['error', ['ram']]]);
    expect(found(doc, 'CES-03', 4)).toEqual([['error', ['bastion']], ['error', ['ram']]]);
  });
});

describe('CES-04 database audit', () => {
  it('flags a database without a database audit in its VPC, but not a backup copy', () => {
    const doc = edit(baseline(), (d) => d.remove('dbaudit'));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CES-04', level)).toEqual([['error', ['rds']]]);
    expect(findings(doc, 'CES-04')[0]!.fix?.change).toEqual({ kind: 'add-db-audit', vpc: 'vpc' });
  });

  it('is met by the database own SQL audit (RDS, PolarDB)', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('dbaudit');
      d.node('rds').props.sqlAudit = true;
    });
    expect(found(doc, 'CES-04')).toEqual([]);
  });

  it('does not count a database audit in another VPC, nor cover a database without a VPC', () => {
    const other = edit(baseline(), (d) => void Object.assign(d.node('dbaudit'), { parent: 'backup' }));
    expect(found(other, 'CES-04')).toEqual([['error', ['rds']]]);
    const loose = edit(baseline(), (d) => d.add(product('cache', 'redis', 'region', 600, 20, { multiAZ: true, encryption: 'kms' })));
    expect(found(loose, 'CES-04')).toEqual([['error', ['cache']]]);
  });
});

describe('CES-05 vulnerabilities and intrusions (云安全中心)', () => {
  const edition = (value: string | undefined) => edit(baseline(), (d) => {
    if (value === undefined) d.remove('sc');
    else d.node('sc').props.edition = value;
  });

  it('fails at every level without a security center, listing the servers', () => {
    for (const level of [2, 3, 4] as const) expect(found(edition(undefined), 'CES-05', level)).toEqual([['error', ['ecs']]]);
  });

  it('needs 防病毒版 at level 2 and 高级版 at levels 3 and 4', () => {
    expect(found(edition('free'), 'CES-05', 2)).toEqual([['error', ['ecs']]]);
    expect(found(edition('anti_virus'), 'CES-05', 2)).toEqual([]);
    expect(found(edition('anti_virus'), 'CES-05', 3)).toEqual([['error', ['ecs']]]);
  });

  it('recommends 企业版 over 高级版 with a warning on the security center, at levels 3 and 4', () => {
    expect(found(edition('advanced'), 'CES-05', 2)).toEqual([]);
    expect(found(edition('advanced'), 'CES-05', 3)).toEqual([['warning', ['sc']]]);
    expect(found(edition('advanced'), 'CES-05', 4)).toEqual([['warning', ['sc']]]);
    expect(found(edition('ultimate'), 'CES-05', 4)).toEqual([]);
  });
});

describe('CES-06 malicious code (云安全中心 防病毒版 or above)', () => {
  it('fails at every level below 防病毒版', () => {
    const free = edit(baseline(), (d) => void (d.node('sc').props.edition = 'free'));
    for (const level of [2, 3, 4] as const) expect(found(free, 'CES-06', level)).toEqual([['error', ['ecs']]]);
    const antiVirus = edit(baseline(), (d) => void (d.node('sc').props.edition = 'anti_virus'));
    expect(found(antiVirus, 'CES-06', 4)).toEqual([]);
  });

  it('asks nothing when there are no servers', () => {
    const doc = edit(baseline(), (d) => d.remove('sc', 'ecs'));
    expect(found(doc, 'CES-06')).toEqual([]);
  });
});

describe('CES-07 encryption at rest', () => {
  it('fails at levels 3 and 4 for an unencrypted important store, a backup copy included', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.encryption = 'none';
      d.node('rds-copy').props.encryption = 'none';
    });
    expect(found(doc, 'CES-07', 2)).toEqual([]);
    expect(found(doc, 'CES-07', 3)).toEqual([['error', ['rds']], ['error', ['rds-copy']]]);
  });

  it('flags a server only when it is marked important', () => {
    expect(found(baseline(), 'CES-07', 4)).toEqual([]);
    const important = edit(baseline(), (d) => void (d.node('ecs').props.important = true));
    expect(found(important, 'CES-07', 4)).toEqual([['error', ['ecs']]]);
  });
});

describe('CES-08 customer-managed keys', () => {
  it('warns at level 3, fails at 4, for service-managed keys only', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.encryption = 'service'));
    expect(found(doc, 'CES-08', 2)).toEqual([]);
    expect(found(doc, 'CES-08', 3)).toEqual([['warning', ['rds']]]);
    expect(found(doc, 'CES-08', 4)).toEqual([['error', ['rds']]]);
    expect(found(edit(baseline(), (d) => void (d.node('rds').props.encryption = 'byok')), 'CES-08', 4)).toEqual([]);
  });
});

describe('CES-09 local backup', () => {
  it('fails at every level when local backup is off, not for a backup copy', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.localBackup = false;
      d.node('rds-copy').props.localBackup = false;
    });
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CES-09', level)).toEqual([['error', ['rds']]]);
  });

  it('knows that OSS has no local backup by default', () => {
    const doc = edit(baseline(), (d) => d.add(product('oss', 'oss', 'data', 40, 140, { encryption: 'kms' })));
    expect(found(doc, 'CES-09')).toEqual([['error', ['oss']]]);
  });
});

describe('CES-10 off-site backup', () => {
  it('accepts a scheduled off-site backup at level 2 but asks for real time at 3 and 4', () => {
    const doc = edit(baseline(), (d) => void (d.edge('e9').mode = 'scheduled'));
    expect(found(doc, 'CES-10', 2)).toEqual([]);
    expect(found(doc, 'CES-10', 3)).toEqual([['error', ['rds']]]);
    expect(findings(doc, 'CES-10')[0]!.fix?.change).toEqual({ kind: 'set-edge', edge: 'e9', set: 'realtime' });
  });

  it('warns at level 2 and fails at 3 without any off-site copy', () => {
    const doc = edit(baseline(), (d) => d.remove('e9'));
    expect(found(doc, 'CES-10', 2)).toEqual([['warning', ['rds']], ['warning', ['rds-copy']]]);
    expect(found(doc, 'CES-10', 3)).toEqual([['error', ['rds']], ['error', ['rds-copy']]]);
  });

  it('does not count a copy in the same region', () => {
    const doc = edit(baseline(), (d) => void (d.node('region2').props.regionId = 'cn-hangzhou'));
    expect(found(doc, 'CES-10')).toEqual([['error', ['rds']]]);
  });
});

describe('CES-11 personal information', () => {
  it('is information at every level', () => {
    const doc = edit(baseline(), (d) => void (d.node('ecs').props.personalData = true));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CES-11', level)).toEqual([['info', ['ecs']]]);
    expect(found(baseline(), 'CES-11')).toEqual([]);
  });
});

describe('CES-12 a standby site running the application (level 4, 1.1)', () => {
  it('fails at level 4 only, listing the servers that receive traffic, when no server stands in another region', () => {
    expect(found(baseline(), 'CES-12', 3)).toEqual([]);
    expect(found(baseline(), 'CES-12', 4)).toEqual([['error', ['ecs']]]);
    const [finding] = findings(baseline(), 'CES-12', 4);
    expect(finding).toMatchObject({ clause: '9.1.4.9 d)', messageKey: 'rule.CES-12', layer: 'CES' });
  });

  it('is not met by a copy of the data alone (the baseline has one), but by a server in the DR region, receiving traffic or not', () => {
    const standby = edit(baseline(), (d) => d.add(zone('app2', 'app', 'vpc2', 340, 40, 300, 200, { cidr: '10.1.2.0/24' }), product('ecs-dr', 'ecs', 'app2', 40, 60, undefined, 2)));
    expect(found(standby, 'CES-12', 4)).toEqual([]);
    const ack = edit(standby, (d) => void Object.assign(d.node('ecs-dr'), { product: 'ack' }));
    expect(found(ack, 'CES-12', 4)).toEqual([]);
  });

  it('counts regions as different only by regionId: a second region node with the same regionId is no standby site', () => {
    const sameId = edit(baseline(), (d) => {
      d.node('region2').props.regionId = 'cn-hangzhou';
      d.add(zone('app2', 'app', 'vpc2', 340, 40, 300, 200, { cidr: '10.1.2.0/24' }), product('ecs-dr', 'ecs', 'app2', 40, 60, undefined, 2));
    });
    expect(found(sameId, 'CES-12', 4)).toEqual([['error', ['ecs']]]);
    const noId = edit(sameId, (d) => void delete d.node('region2').props.regionId);
    expect(found(noId, 'CES-12', 4)).toEqual([]);
  });

  it('needs a standby for every serving region, and lists all the serving servers in one finding', () => {
    // Serving servers in both regions: each region has a server in the other; nothing to find.
    const both = edit(baseline(), (d) => {
      d.add(zone('app2', 'app', 'vpc2', 340, 40, 300, 200, { cidr: '10.1.2.0/24' }), product('ecs-dr', 'ecs', 'app2', 40, 60, undefined, 2));
      d.connect({ id: 'e20', source: 'slb', target: 'ecs-dr', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(both, 'CES-12', 4)).toEqual([]);
    const oneRegion = edit(baseline(), (d) => {
      d.add(product('ecs2', 'ecs', 'app', 200, 60, undefined, 2));
      d.connect({ id: 'e20', source: 'slb', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(oneRegion, 'CES-12', 4)).toEqual([['error', ['ecs', 'ecs2']]]);
  });

  it('asks nothing when no server receives traffic', () => {
    expect(found(edit(baseline(), (d) => d.remove('e5')), 'CES-12', 4)).toEqual([]);
  });
});
