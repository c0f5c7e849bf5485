/** 安全通信网络 (CNS): one test per rule and case, at each level where the severity differs. */
import { describe, expect, it } from 'vitest';
import { baseline, edit, found, product, zone } from './support.ts';

describe('CNS-01 network zoning and addressing', () => {
  it('flags a VPC-bound product outside every security zone, at every level', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('ecs'), { parent: 'vpc' }));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CNS-01', level)).toEqual([['error', ['ecs']]]);
  });

  it('does not ask a product in the customer IDC for a security zone', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('idc', 'idc', undefined, 0, 400, 240, 200), product('idc-db', 'rds', 'idc', 40, 60, { multiAZ: true, encryption: 'kms', sqlAudit: true }));
    });
    expect(found(doc, 'CNS-01')).toEqual([]);
  });

  it('flags fewer than two kinds of security zone, listing the compute nodes and data stores', () => {
    const doc = edit(baseline(), (d) => {
      for (const id of ['edge', 'dmz', 'data', 'mgmt', 'backup']) Object.assign(d.node(id), { zone: 'app' });
    });
    expect(found(doc, 'CNS-01')).toEqual([['error', ['ecs', 'rds', 'rds-copy']]]);
  });

  it('warns about a security zone in a VPC without an address range, at every level, but not outside a VPC', () => {
    const doc = edit(baseline(), (d) => void delete d.node('dmz').props.cidr);
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CNS-01', level)).toEqual([['warning', ['dmz']]]);
    expect(found(baseline(), 'CNS-01')).toEqual([]); // the edge zone sits in the region, without cidr
  });

  it('flags a zone range outside its VPC range', () => {
    const doc = edit(baseline(), (d) => void (d.node('dmz').props.cidr = '10.9.1.0/24'));
    expect(found(doc, 'CNS-01')).toEqual([['error', ['dmz']]]);
  });

  it('flags overlapping zones of one VPC once per overlapping zone, naming the zone it overlaps', () => {
    const same = edit(baseline(), (d) => void (d.node('data').props.cidr = '10.0.2.0/24'));
    expect(found(same, 'CNS-01')).toEqual([['error', ['data', 'app']]]);
    const nested = edit(baseline(), (d) => void (d.node('mgmt').props.cidr = '10.0.0.0/22'));
    expect(found(nested, 'CNS-01')).toEqual([['error', ['app', 'mgmt']], ['error', ['data', 'mgmt']], ['error', ['dmz', 'mgmt']]]);
  });

  it('lets zones of different VPCs use the same range', () => {
    const doc = edit(baseline(), (d) => {
      d.node('vpc2').props.cidr = '10.0.0.0/16';
      d.node('backup').props.cidr = '10.0.1.0/24';
    });
    expect(found(doc, 'CNS-01')).toEqual([]);
  });
});

describe('CNS-02 important zones away from the boundary', () => {
  it('flags an important data store in a DMZ, not an unimportant one', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('rds'), { parent: 'dmz' }));
    expect(found(doc, 'CNS-02')).toEqual([['error', ['rds']]]);
    const unimportant = edit(doc, (d) => void (d.node('rds').props.important = false));
    expect(found(unimportant, 'CNS-02')).toEqual([]);
  });

  it('flags a public endpoint on a data store in the data zone (and ABS-02 leaves it to CNS-02)', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.publicIp = true));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'CNS-02', level)).toEqual([['error', ['rds']]]);
    expect(found(doc, 'ABS-02', 4)).toEqual([]);
  });

  it('flags traffic into the data zone from the DMZ or from outside: the store, then the edge', () => {
    const doc = edit(baseline(), (d) => {
      d.connect({ id: 'e20', source: 'slb', target: 'rds', kind: 'traffic', protocol: 'MySQL' });
      d.connect({ id: 'e21', source: 'users', target: 'rds', kind: 'traffic', protocol: 'MySQL' });
    });
    expect(found(doc, 'CNS-02')).toEqual([['error', ['rds', 'e20']], ['error', ['rds', 'e21']]]);
    expect(found(baseline(), 'CNS-02')).toEqual([]); // the application zone may reach the data zone
  });
});

describe('CNS-03 redundancy', () => {
  it('flags a database without multi-AZ at levels 3 and 4, not at level 2', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.multiAZ = false));
    expect(found(doc, 'CNS-03', 2)).toEqual([]);
    expect(found(doc, 'CNS-03', 3)).toEqual([['error', ['rds']]]);
    expect(found(doc, 'CNS-03', 4)).toEqual([['error', ['rds']]]);
  });

  it('flags load balancers and NAT gateways without multi-AZ', () => {
    const doc = edit(baseline(), (d) => {
      d.node('slb').props.multiAZ = false;
      d.add(product('nat', 'nat_gateway', 'dmz', 40, 140));
    });
    expect(found(doc, 'CNS-03')).toEqual([['error', ['nat']], ['error', ['slb']]]);
  });

  it('flags a single server that receives traffic, unless it is multi-AZ or receives none', () => {
    const single = edit(baseline(), (d) => void delete (d.node('ecs') as { quantity?: number }).quantity);
    expect(found(single, 'CNS-03')).toEqual([['error', ['ecs']]]);
    expect(found(edit(single, (d) => void (d.node('ecs').props.multiAZ = true)), 'CNS-03')).toEqual([]);
    expect(found(edit(single, (d) => d.remove('e5')), 'CNS-03')).toEqual([]);
  });

  it('does not ask a backup copy for redundancy', () => {
    expect(found(baseline(), 'CNS-03')).toEqual([]); // rds-copy has no multiAZ
    const notACopy = edit(baseline(), (d) => d.remove('e9'));
    expect(found(notACopy, 'CNS-03')).toEqual([['error', ['rds-copy']]]);
  });
});

describe('CNS-04 encryption to and from outside, and between regions', () => {
  it('warns at level 2 and fails at levels 3 and 4 for plaintext from the Internet', () => {
    const doc = edit(baseline(), (d) => Object.assign(d.edge('e1'), { protocol: 'HTTP', port: 80 }));
    expect(found(doc, 'CNS-04', 2)).toEqual([['warning', ['e1']]]);
    expect(found(doc, 'CNS-04', 3)).toEqual([['error', ['e1']]]);
    expect(found(doc, 'CNS-04', 4)).toEqual([['error', ['e1']]]);
  });

  it('honours an explicit encrypted flag either way', () => {
    const forced = edit(baseline(), (d) => Object.assign(d.edge('e1'), { protocol: 'HTTP', encrypted: true }));
    expect(found(forced, 'CNS-04')).toEqual([]);
    const broken = edit(baseline(), (d) => Object.assign(d.edge('e1'), { encrypted: false }));
    expect(found(broken, 'CNS-04')).toEqual([['error', ['e1']]]);
  });

  it('flags plaintext between regions, not between two region nodes of the same regionId', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'ecs', target: 'rds-copy', kind: 'traffic', protocol: 'TCP' }));
    expect(found(doc, 'CNS-04')).toEqual([['error', ['e20']]]);
    const sameRegion = edit(doc, (d) => void (d.node('region2').props.regionId = 'cn-hangzhou'));
    expect(found(sameRegion, 'CNS-04')).toEqual([]);
    const unnamed = edit(doc, (d) => void delete d.node('region2').props.regionId);
    expect(found(unnamed, 'CNS-04')).toEqual([['error', ['e20']]]);
  });
});

describe('CNS-05 encryption into important data', () => {
  it('warns at level 3, fails at level 4, and does not apply at level 2', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.ssl = false));
    expect(found(doc, 'CNS-05', 2)).toEqual([]);
    expect(found(doc, 'CNS-05', 3)).toEqual([['warning', ['e6']]]);
    expect(found(doc, 'CNS-05', 4)).toEqual([['error', ['e6']]]);
  });

  it('leaves unimportant stores alone', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.ssl = false;
      d.node('rds').props.important = false;
    });
    expect(found(doc, 'CNS-05', 4)).toEqual([]);
  });
});
