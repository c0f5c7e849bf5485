/** 安全通信网络 (CNS): one test per rule and case, at each level where the severity differs. */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product, zone } from './support.ts';

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

  it('gives every overlapping pair a finding of its own (1.1): three zones sharing a range are three findings', () => {
    const three = edit(baseline(), (d) => {
      d.node('app').props.cidr = '10.0.1.0/24';
      d.node('data').props.cidr = '10.0.1.0/24';
    });
    const pairs = found(three, 'CNS-01').map(([severity, targets]) => `${severity} ${[...targets].sort().join('+')}`).sort();
    expect(pairs).toEqual(['error app+data', 'error app+dmz', 'error data+dmz']);
    // And a block inside a block shared by two zones overlaps both.
    const chain = edit(three, (d) => void (d.node('mgmt').props.cidr = '10.0.1.128/25'));
    expect(found(chain, 'CNS-01')).toHaveLength(6);
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

  it('counts the instances of one role together (1.1): two single servers behind one load balancer pass, one alone does not', () => {
    const two = edit(baseline(), (d) => {
      delete (d.node('ecs') as { quantity?: number }).quantity;
      d.add(product('ecs2', 'ecs', 'app', 200, 60));
      d.connect({ id: 'e20', source: 'slb', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
    });
    for (const level of [3, 4] as const) expect(found(two, 'CNS-03', level)).toEqual([]);
    expect(found(edit(two, (d) => d.remove('ecs2')), 'CNS-03')).toEqual([['error', ['ecs']]]);
  });

  it('keeps roles apart by product and by the exact set of sources', () => {
    const doc = edit(baseline(), (d) => {
      delete (d.node('ecs') as { quantity?: number }).quantity;
      // Same sources, another product: its own role.
      d.add(product('ack', 'ack', 'app', 200, 60));
      d.connect({ id: 'e20', source: 'slb', target: 'ack', kind: 'traffic', protocol: 'HTTPS' });
      // Same product, one more source: its own role.
      d.add(product('ecs2', 'ecs', 'app', 200, 140));
      d.connect({ id: 'e21', source: 'slb', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' }, { id: 'e22', source: 'bastion', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'CNS-03')).toEqual([['error', ['ack']], ['error', ['ecs']], ['error', ['ecs2']]]);
    // A management edge is not traffic: it does not make a source.
    const mgmt = edit(doc, (d) => {
      d.remove('ack');
      d.edge('e22').kind = 'management';
    });
    expect(found(mgmt, 'CNS-03')).toEqual([]);
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

describe('CNS-06 hardware cryptographic module (level 4, 1.1)', () => {
  it('fails at level 4 only, with no target, when compute or important data exist and no HSM or hardware KMS is drawn', () => {
    expect(found(baseline(), 'CNS-06', 2)).toEqual([]);
    expect(found(baseline(), 'CNS-06', 3)).toEqual([]);
    expect(found(baseline(), 'CNS-06', 4)).toEqual([['error', []]]);
    const [finding] = findings(baseline(), 'CNS-06', 4);
    expect(finding).toMatchObject({ clause: '9.1.2.2 d)', messageKey: 'rule.CNS-06', layer: 'CNS' });
  });

  it('is met by a KMS of the hardware edition or by a cloud HSM, not by the default software KMS', () => {
    expect(found(edit(baseline(), (d) => void (d.node('kms').props.edition = 'hardware')), 'CNS-06', 4)).toEqual([]);
    expect(found(edit(baseline(), (d) => void (d.node('kms').props.edition = 'software')), 'CNS-06', 4)).toEqual([['error', []]]);
    expect(found(edit(baseline(), (d) => d.add(product('hsm', 'cloud_hsm', 'mgmt', 380, 120))), 'CNS-06', 4)).toEqual([]);
  });

  it('asks nothing of a design with neither compute nor important data', () => {
    const noWork = edit(baseline(), (d) => {
      d.remove('ecs', 'rds-copy');
      d.node('rds').props.important = false;
    });
    expect(found(noWork, 'CNS-06', 4)).toEqual([]);
    expect(found(edit(noWork, (d) => void (d.node('rds').props.important = true)), 'CNS-06', 4)).toEqual([['error', []]]);
  });
});
