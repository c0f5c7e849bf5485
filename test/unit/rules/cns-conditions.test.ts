/**
 * 安全通信网络 (CNS), condition by condition (issue 16): each test changes the baseline in exactly the
 * place one condition of the rule's row in rules.md names, so that dropping or widening that condition
 * in the code makes a test fail.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product, zone } from './support.ts';

describe('CNS-02 conditions', () => {
  it('CNS-02 boundary zone: an important data store in an edge zone is flagged, an unimportant one is not', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('rds'), { parent: 'edge' }));
    expect(found(doc, 'CNS-02')).toEqual([['error', ['rds']]]);
    expect(findings(doc, 'CNS-02')[0]).toMatchObject({ messageKey: 'rule.CNS-02.inBoundaryZone', params: { node: { en: 'ApsaraDB RDS' }, zone: { en: 'Boundary protection zone' } } });
    expect(found(edit(doc, (d) => void (d.node('rds').props.important = false)), 'CNS-02')).toEqual([]);
  });

  it('CNS-02 boundary zone: an important data store in the application zone is not in a boundary zone', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('rds'), { parent: 'app' }));
    expect(found(doc, 'CNS-02')).toEqual([]);
  });

  it('CNS-02 public endpoint: only a data store in a data zone (elsewhere it is ABS-02)', () => {
    const inApp = edit(baseline(), (d) => {
      Object.assign(d.node('rds'), { parent: 'app' });
      d.node('rds').props.publicIp = true;
    });
    expect(found(inApp, 'CNS-02')).toEqual([]);
    const inData = edit(inApp, (d) => void Object.assign(d.node('rds'), { parent: 'data' }));
    expect(found(inData, 'CNS-02')).toEqual([['error', ['rds']]]);
    expect(findings(inData, 'CNS-02')[0]).toMatchObject({ messageKey: 'rule.CNS-02.publicIp', fix: { change: { kind: 'set-prop', node: 'rds', prop: 'publicIp' } } });
  });

  it('CNS-02 public endpoint: publicIp false is no finding', () => {
    const doc = edit(baseline(), (d) => void (d.node('rds').props.publicIp = false));
    expect(found(doc, 'CNS-02')).toEqual([]);
  });

  it('CNS-02 direct access: traffic from a node in an edge zone into the data zone is flagged', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'cfw', target: 'rds', kind: 'traffic', protocol: 'MySQL' }));
    expect(found(doc, 'CNS-02')).toEqual([['error', ['rds', 'e20']]]);
    expect(findings(doc, 'CNS-02')[0]).toMatchObject({ messageKey: 'rule.CNS-02.directAccess', params: { node: { en: 'ApsaraDB RDS' }, from: { en: 'Cloud Firewall' } } });
  });

  it('CNS-02 direct access: only traffic edges count, not management or backup edges from the DMZ', () => {
    const management = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'slb', target: 'rds', kind: 'management', protocol: 'MySQL' }));
    expect(found(management, 'CNS-02')).toEqual([]);
    const traffic = edit(management, (d) => void (d.edge('e20').kind = 'traffic'));
    expect(found(traffic, 'CNS-02')).toEqual([['error', ['rds', 'e20']]]);
  });

  it('CNS-02 direct access: only into a data store in a data zone, not into one in the application zone', () => {
    const doc = edit(baseline(), (d) => {
      Object.assign(d.node('rds'), { parent: 'app' });
      d.connect({ id: 'e20', source: 'slb', target: 'rds', kind: 'traffic', protocol: 'MySQL' });
      d.connect({ id: 'e21', source: 'users', target: 'rds', kind: 'traffic', protocol: 'MySQL' });
    });
    expect(found(doc, 'CNS-02')).toEqual([]);
  });

  it('CNS-02 direct access: traffic from the management zone is not from the boundary', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'bastion', target: 'rds', kind: 'traffic', protocol: 'MySQL' }));
    expect(found(doc, 'CNS-02')).toEqual([]);
  });
});

describe('CNS-01 conditions', () => {
  it('CNS-01 zone: the finding names the product without a zone', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('ecs'), { parent: 'vpc' }));
    expect(findings(doc, 'CNS-01')[0]).toMatchObject({ messageKey: 'rule.CNS-01.noZone', params: { node: { en: 'Elastic Compute Service' } } });
  });

  it('CNS-01 zone: a product that is not VPC-bound needs no security zone', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('sls'), { parent: 'vpc' }));
    expect(found(doc, 'CNS-01')).toEqual([]);
  });

  it('CNS-01 zone kinds: two kinds of security zone are enough, one is not (with the count)', () => {
    const two = edit(baseline(), (d) => {
      for (const id of ['edge', 'dmz', 'mgmt', 'backup']) Object.assign(d.node(id), { zone: 'app' });
    });
    expect(found(two, 'CNS-01')).toEqual([]);
    const one = edit(two, (d) => void Object.assign(d.node('data'), { zone: 'app' }));
    expect(found(one, 'CNS-01')).toEqual([['error', ['ecs', 'rds', 'rds-copy']]]);
    expect(findings(one, 'CNS-01')[0]).toMatchObject({ messageKey: 'rule.CNS-01.zoneKinds', params: { count: 1 } });
  });

  it('CNS-01 zone kinds: no finding when there is neither a compute node nor a data store', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('ecs', 'rds', 'rds-copy');
      for (const id of ['edge', 'dmz', 'data', 'mgmt', 'backup']) Object.assign(d.node(id), { zone: 'app' });
    });
    expect(found(doc, 'CNS-01')).toEqual([]);
    // A data store alone is a workload.
    const store = edit(doc, (d) => d.add(product('oss', 'oss', 'app', 200, 60)));
    expect(found(store, 'CNS-01')).toEqual([['error', ['oss']]]);
  });

  it('CNS-01 outside the VPC: a VPC without cidr gives its zones nothing to be outside of', () => {
    const doc = edit(baseline(), (d) => {
      delete d.node('vpc').props.cidr;
      d.node('dmz').props.cidr = '10.9.1.0/24';
    });
    expect(found(doc, 'CNS-01')).toEqual([]);
  });

  it('CNS-01 outside the VPC: a VPC with no props at all has no range either', () => {
    const doc = edit(baseline(), (d) => {
      delete (d.node('vpc2') as { props?: object }).props;
      d.node('backup').props.cidr = '10.9.1.0/24';
    });
    expect(found(doc, 'CNS-01')).toEqual([]);
  });

  it('CNS-01 outside the VPC: the finding names the zone range and the VPC range', () => {
    const doc = edit(baseline(), (d) => void (d.node('dmz').props.cidr = '10.9.1.0/24'));
    expect(findings(doc, 'CNS-01')[0]).toMatchObject({ messageKey: 'rule.CNS-01.cidrOutside', params: { cidr: '10.9.1.0/24', vpcCidr: '10.0.0.0/16' } });
  });

  it('CNS-01 overlap: a wider block at the same start address contains the narrower ones after it', () => {
    // mgmt 10.0.2.0/23 holds app (10.0.2.0/24) and data (10.0.3.0/24); app and data do not overlap.
    const doc = edit(baseline(), (d) => void (d.node('mgmt').props.cidr = '10.0.2.0/23'));
    expect(found(doc, 'CNS-01')).toEqual([['error', ['app', 'mgmt']], ['error', ['data', 'mgmt']]]);
    expect(findings(doc, 'CNS-01')[0]).toMatchObject({ messageKey: 'rule.CNS-01.cidrOverlap', params: { cidr: '10.0.2.0/24', otherCidr: '10.0.2.0/23' } });
  });

  it('CNS-01 missing cidr: the warning names the zone and its VPC', () => {
    const doc = edit(baseline(), (d) => void delete d.node('dmz').props.cidr);
    expect(findings(doc, 'CNS-01')[0]).toMatchObject({ messageKey: 'rule.CNS-01.noCidr', params: { zone: { en: 'DMZ / access zone' }, vpc: { en: 'VPC' } } });
  });
});

describe('CNS-04 conditions', () => {
  it('CNS-04 outside: plaintext traffic to an outside node is flagged as outside, not as cross-region', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('idc', 'idc', undefined, 0, 400, 240, 200), product('idc-app', 'idc_server', 'idc', 40, 60));
      d.connect({ id: 'e20', source: 'ecs', target: 'idc-app', kind: 'traffic', protocol: 'TCP' });
    });
    expect(found(doc, 'CNS-04')).toEqual([['error', ['e20']]]);
    expect(findings(doc, 'CNS-04')[0]).toMatchObject({ messageKey: 'rule.CNS-04.outside' });
  });

  it('CNS-04 cross-region: plaintext between regions has its own message', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'ecs', target: 'rds-copy', kind: 'traffic', protocol: 'TCP' }));
    expect(findings(doc, 'CNS-04')[0]).toMatchObject({ messageKey: 'rule.CNS-04.crossRegion', params: { protocol: 'TCP' } });
  });
});

describe('CNS-06 conditions', () => {
  it('CNS-06 compute nodes exist: with no important data store, a server alone needs the module', () => {
    const doc = edit(baseline(), (d) => {
      d.node('rds').props.important = false;
      d.node('rds-copy').props.important = false;
    });
    expect(found(doc, 'CNS-06', 4)).toEqual([['error', []]]);
  });

  it('CNS-06 important data stores exist: one important store among unimportant ones is enough, without servers', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('ecs');
      d.node('rds-copy').props.important = false;
    });
    expect(found(doc, 'CNS-06', 4)).toEqual([['error', []]]);
  });

  it('CNS-06 hardware KMS: one KMS of the hardware edition among software ones is enough; no KMS at all is not', () => {
    const mixed = edit(baseline(), (d) => {
      d.node('kms').props.edition = 'hardware';
      d.add(product('kms2', 'kms', 'mgmt', 380, 120, { edition: 'software' }));
    });
    expect(found(mixed, 'CNS-06', 4)).toEqual([]);
    expect(found(edit(baseline(), (d) => d.remove('kms')), 'CNS-06', 4)).toEqual([['error', []]]);
  });
});
