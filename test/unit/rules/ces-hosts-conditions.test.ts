/**
 * 安全计算环境 (CES), the hosts' side, condition by condition (issue 16): each test changes the baseline
 * in exactly the place one condition of the rule's row in rules.md names.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product, zone } from './support.ts';

/** The baseline with an administrator's terminal outside the bastion host, in an ops zone. */
const withTerminal = () => edit(baseline(), (d) => {
  d.add(zone('ops', 'ops', 'region', 600, 20, 300, 160), product('admin', 'admin_terminal', 'ops', 40, 60));
});

describe('CES-01 conditions', () => {
  it('CES-01 target: a management edge into a database that bypasses the bastion host is flagged, with its names', () => {
    const doc = edit(withTerminal(), (d) => d.connect({ id: 'e20', source: 'admin', target: 'rds', kind: 'management', protocol: 'MySQL', port: 3306 }));
    expect(found(doc, 'CES-01')).toEqual([['error', ['e20']]]);
    expect(findings(doc, 'CES-01')[0]).toMatchObject({
      messageKey: 'rule.CES-01.bypass', params: { node: { en: 'ApsaraDB RDS' }, from: { en: 'Admin terminal' } }, fix: { change: { kind: 'route-bastion' } },
    });
  });

  it('CES-01 target: management of something that is neither a server nor a database is no finding', () => {
    const doc = edit(withTerminal(), (d) => d.connect({ id: 'e20', source: 'admin', target: 'kms', kind: 'management', protocol: 'HTTPS' }));
    expect(found(doc, 'CES-01')).toEqual([]);
  });

  it('CES-01 management edge: a traffic edge from the terminal is not administration', () => {
    const doc = edit(withTerminal(), (d) => d.connect({ id: 'e20', source: 'admin', target: 'ecs', kind: 'traffic', protocol: 'HTTPS' }));
    expect(found(doc, 'CES-01')).toEqual([]);
  });

  it('CES-01 no bastion host: nothing to ask when there is no compute node', () => {
    const doc = edit(baseline(), (d) => d.remove('bastion', 'ecs'));
    expect(found(doc, 'CES-01')).toEqual([]);
    expect(findings(edit(baseline(), (d) => d.remove('bastion')), 'CES-01')[0]).toMatchObject({
      messageKey: 'rule.CES-01.noBastion', params: { nodes: { en: 'Elastic Compute Service' } }, fix: { change: { kind: 'route-bastion' } },
    });
  });
});

describe('CES-02 conditions', () => {
  it('CES-02 management edge: plaintext traffic is not CES-02', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.edge('e5'), { protocol: 'Telnet', port: 23 }));
    expect(found(doc, 'CES-02')).toEqual([]);
  });

  it('CES-02 names the protocol, or a dash when none is given', () => {
    const telnet = edit(baseline(), (d) => void Object.assign(d.edge('e7'), { protocol: 'Telnet', port: 23 }));
    expect(findings(telnet, 'CES-02')[0]).toMatchObject({ messageKey: 'rule.CES-02', params: { protocol: 'Telnet' } });
    const none = edit(baseline(), (d) => void delete d.edge('e7').protocol);
    expect(found(none, 'CES-02')).toEqual([['error', ['e7']]]);
    expect(findings(none, 'CES-02')[0]).toMatchObject({ params: { protocol: '—' } });
  });
});

describe('CES-03 conditions', () => {
  it('CES-03 mfa: a bastion host without the mfa prop is flagged, a RAM with mfa is not', () => {
    const doc = edit(baseline(), (d) => {
      delete d.node('bastion').props.mfa;
      d.add(product('ram', 'ram', 'mgmt', 380, 120, { mfa: true }));
    });
    expect(found(doc, 'CES-03')).toEqual([['error', ['bastion']]]);
    expect(findings(doc, 'CES-03')[0]).toMatchObject({ messageKey: 'rule.CES-03', fix: { change: { kind: 'set-prop', node: 'bastion', prop: 'mfa' } } });
  });
});

describe('CES-04 conditions', () => {
  it('CES-04 same VPC: a database audit in no VPC covers nothing', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.node('dbaudit'), { parent: 'region' }));
    expect(found(doc, 'CES-04')).toEqual([['error', ['rds']]]);
  });

  it('CES-04 own audit: PolarDB has its own SQL audit; a Redis (no SQL audit of its own) is offered a database audit', () => {
    const polar = edit(baseline(), (d) => {
      d.remove('dbaudit');
      Object.assign(d.node('rds'), { product: 'polardb' });
      d.node('rds').props.sqlAudit = true;
    });
    expect(found(polar, 'CES-04')).toEqual([]);
    const redis = edit(baseline(), (d) => {
      d.remove('dbaudit');
      d.add(product('cache', 'redis', 'data', 200, 60, { multiAZ: true, encryption: 'kms' }));
    });
    expect(found(redis, 'CES-04')).toEqual([['error', ['cache']], ['error', ['rds']]]);
    const [cache, rds] = findings(redis, 'CES-04');
    expect(cache).toMatchObject({ messageKey: 'rule.CES-04', params: { node: { en: 'Tair (Redis OSS-compatible)' } }, fix: { change: { kind: 'add-db-audit', vpc: 'vpc' } } });
    expect(rds).toMatchObject({ messageKey: 'rule.CES-04.ownAudit' });
  });

  it('CES-04 no VPC: an RDS outside every VPC is offered its own SQL audit, a Redis no fix', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('db2', 'rds', 'region', 600, 20, { multiAZ: true, encryption: 'kms' }));
      d.add(product('cache', 'redis', 'region', 800, 20, { multiAZ: true, encryption: 'kms' }));
    });
    const byTarget = new Map(findings(doc, 'CES-04').map((f) => [f.targets[0], f]));
    expect(byTarget.get('db2')).toMatchObject({ messageKey: 'rule.CES-04.ownAudit', fix: { change: { kind: 'set-prop', node: 'db2', prop: 'sqlAudit' } } });
    expect(byTarget.get('cache')).toMatchObject({ messageKey: 'rule.CES-04' });
    expect(byTarget.get('cache')!.fix).toBeUndefined();
  });
});

describe('CES-05 and CES-06 conditions', () => {
  const edition = (value: string | undefined) => edit(baseline(), (d) => {
    if (value === undefined) d.remove('sc');
    else d.node('sc').props.edition = value;
  });

  it('CES-05 and CES-06 compute nodes exist: no server, nothing to ask', () => {
    const doc = edit(baseline(), (d) => d.remove('sc', 'ecs'));
    expect(found(doc, 'CES-05')).toEqual([]);
  });

  it('CES-05 names the weak edition drawn, or says none is drawn', () => {
    expect(findings(edition('free'), 'CES-05', 3)[0]).toMatchObject({ messageKey: 'rule.CES-05.weakEdition', params: { edition: { en: 'Free' } }, fix: { change: { kind: 'add-product' } } });
    expect(findings(edition(undefined), 'CES-05', 3)[0]).toMatchObject({ messageKey: 'rule.CES-05.none', params: { edition: { zh: '—', en: '—' } } });
  });

  it('CES-05 recommendation: the warning names the security center', () => {
    expect(findings(edition('advanced'), 'CES-05', 3)[0]).toMatchObject({ messageKey: 'rule.CES-05.recommendEnterprise', params: { node: { en: 'Security Center' } } });
  });

  it('CES-06 names the weak edition drawn, or says none is drawn', () => {
    expect(findings(edition('free'), 'CES-06')[0]).toMatchObject({ messageKey: 'rule.CES-06.weakEdition', params: { edition: { en: 'Free' } }, fix: { change: { kind: 'add-product' } } });
    expect(findings(edition(undefined), 'CES-06')[0]).toMatchObject({ messageKey: 'rule.CES-06.none' });
  });
});

/** The design with its nodes reordered: zones first, then the products with `first` at their head (product number 0). */
const productFirst = (doc: ReturnType<typeof baseline>, first: string) => edit(doc, (d) => {
  const zones = d.doc.nodes.filter((n) => n.kind === 'zone');
  const products = d.doc.nodes.filter((n) => n.kind === 'product');
  d.doc.nodes = [...zones, ...products.filter((n) => n.id === first), ...products.filter((n) => n.id !== first)];
});

describe('CES-01 whatever the order of the nodes', () => {
  it('CES-01 a server that is the first product of the document is still checked', () => {
    const doc = productFirst(edit(withTerminal(), (d) => d.connect({ id: 'e20', source: 'admin', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 })), 'ecs');
    expect(found(doc, 'CES-01')).toEqual([['error', ['e20']]]);
  });

  it('CES-01 a bastion host that is the first product of the document is still a bastion host', () => {
    expect(found(productFirst(baseline(), 'bastion'), 'CES-01')).toEqual([]);
  });
});
