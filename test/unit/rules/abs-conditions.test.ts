/**
 * 安全区域边界 (ABS), condition by condition (issue 16): each test changes the baseline in exactly the
 * place one condition of the rule's row in rules.md names.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product } from './support.ts';

describe('ABS-02 conditions', () => {
  const publicServerIn = (zoneId: string) => edit(baseline(), (d) => {
    Object.assign(d.node('ecs'), { parent: zoneId });
    d.node('ecs').props.publicIp = true;
  });

  it('ABS-02 zone kind: a server with a public IP in the data zone is flagged (it is no data store)', () => {
    expect(found(publicServerIn('data'), 'ABS-02')).toEqual([['warning', ['ecs']]]);
  });

  it('ABS-02 zone kind: a server with a public IP in the management zone is flagged, with the zone named and a fix', () => {
    expect(found(publicServerIn('mgmt'), 'ABS-02')).toEqual([['warning', ['ecs']]]);
    expect(findings(publicServerIn('mgmt'), 'ABS-02')[0]).toMatchObject({
      messageKey: 'rule.ABS-02', params: { node: { en: 'Elastic Compute Service' }, zone: { en: 'Security management zone' } }, fix: { change: { kind: 'set-prop', node: 'ecs', prop: 'publicIp' } },
    });
  });

  it('ABS-02 zone kind: a server with a public IP in an edge zone is not ABS-02', () => {
    expect(found(publicServerIn('edge'), 'ABS-02')).toEqual([]);
  });

  it('ABS-02 publicIp: false is no finding', () => {
    const doc = edit(baseline(), (d) => void (d.node('ecs').props.publicIp = false));
    expect(found(doc, 'ABS-02')).toEqual([]);
  });

  it('ABS-02 compute node: a container cluster with a public IP in the application zone is flagged', () => {
    const doc = edit(baseline(), (d) => d.add(product('k8s', 'ack', 'app', 200, 60, { publicIp: true })));
    expect(found(doc, 'ABS-02')).toEqual([['warning', ['k8s']]]);
  });
});

describe('ABS-07 conditions', () => {
  const weak = () => edit(baseline(), (d) => {
    d.node('cfw').props.edition = 'advanced';
    d.node('sc').props.edition = 'advanced';
  });

  it('ABS-07 different zones: traffic between two servers of the same zone is not flagged', () => {
    const doc = edit(weak(), (d) => {
      d.add(product('ecs2', 'ecs', 'app', 200, 60, undefined, 2));
      d.connect({ id: 'e20', source: 'ecs', target: 'ecs2', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'ABS-07')).toEqual([['error', ['e5']], ['error', ['e6']]]);
  });

  it('ABS-07 each zone inside a VPC: traffic into, or out of, a zone that is not in a VPC is not flagged', () => {
    // e4 (edge zone → DMZ) is in the baseline and not flagged; add DMZ → edge zone.
    const doc = edit(weak(), (d) => d.connect({ id: 'e20', source: 'slb', target: 'cfw', kind: 'traffic', protocol: 'HTTPS' }));
    expect(found(doc, 'ABS-07')).toEqual([['error', ['e5']], ['error', ['e6']]]);
  });

  it('ABS-07 VPCs need not be the same: traffic between zones of two VPCs is flagged', () => {
    const doc = edit(weak(), (d) => d.connect({ id: 'e20', source: 'ecs', target: 'rds-copy', kind: 'traffic', protocol: 'MySQL' }));
    expect(found(doc, 'ABS-07')).toEqual([['error', ['e5']], ['error', ['e6']], ['error', ['e20']]]);
  });

  it('ABS-07 traffic only: a management edge between zones is not flagged', () => {
    // The baseline's e7 and e8 go from the management zone to the application and data zones.
    expect(found(weak(), 'ABS-07').map(([, targets]) => targets[0])).toEqual(['e5', 'e6']);
  });

  it('ABS-07 names the edge and both zones, and offers the security center fix', () => {
    expect(findings(weak(), 'ABS-07')[0]).toMatchObject({
      messageKey: 'rule.ABS-07',
      params: { edge: { en: 'Server Load Balancer → Elastic Compute Service' }, from: { en: 'DMZ / access zone' }, to: { en: 'Application zone' } },
      fix: { change: { kind: 'add-product', product: 'security_center' } },
    });
  });

  it('ABS-07 names an edge by its ends as they are now: a server renamed between two checks of the same edges', () => {
    const before = weak();
    expect(findings(before, 'ABS-07')[0]!.params).toMatchObject({ edge: { en: 'Server Load Balancer → Elastic Compute Service' } });
    // The editor's next document: the same edge objects, the server replaced by a renamed copy.
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'ecs' ? { ...n, label: 'Web' } : n)) };
    expect(findings(after, 'ABS-07')[0]!.params).toMatchObject({ edge: { en: 'Server Load Balancer → Web' } });
  });

  it('ABS-07 editions: below 企业版 on both does not meet it, a firewall of 企业版 alone does', () => {
    const firewallOnly = edit(weak(), (d) => {
      d.remove('sc');
      d.node('cfw').props.edition = 'enterprise';
    });
    expect(found(firewallOnly, 'ABS-07')).toEqual([]);
    const centerOnly = edit(weak(), (d) => {
      d.remove('cfw');
      d.connect({ id: 'e20', source: 'waf', target: 'slb', kind: 'traffic', protocol: 'HTTPS' });
      d.node('sc').props.edition = 'enterprise';
    });
    expect(found(centerOnly, 'ABS-07')).toEqual([]);
  });
});

describe('ABS-01, ABS-03, ABS-05, ABS-06, ABS-08, ABS-09 words and fixes', () => {
  const direct = () => edit(baseline(), (d) => d.connect({ id: 'e20', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 }));

  it('ABS-01 names the reached node, the outside node and the edge', () => {
    expect(findings(direct(), 'ABS-01')[0]).toMatchObject({ messageKey: 'rule.ABS-01', params: { node: { en: 'Elastic Compute Service' }, from: { en: 'Internet users' }, edge: { en: 'Internet users → Elastic Compute Service' } } });
  });

  it('ABS-03 names the reached node and the Internet node, and offers a cloud firewall', () => {
    expect(findings(direct(), 'ABS-03')[0]).toMatchObject({
      messageKey: 'rule.ABS-03', params: { node: { en: 'Elastic Compute Service' }, from: { en: 'Internet users' } }, fix: { change: { kind: 'insert-boundary', product: 'cloud_firewall' } },
    });
  });

  it('ABS-05 names the server and the first edge, and offers a WAF', () => {
    expect(findings(direct(), 'ABS-05')[0]).toMatchObject({
      messageKey: 'rule.ABS-05', params: { node: { en: 'Elastic Compute Service' }, edge: { en: 'Internet users → Elastic Compute Service' } }, fix: { change: { kind: 'insert-boundary', product: 'waf' } },
    });
  });

  it('ABS-06 names the server and offers DDoS protection', () => {
    expect(findings(direct(), 'ABS-06')[0]).toMatchObject({ messageKey: 'rule.ABS-06', params: { node: { en: 'Elastic Compute Service' } }, fix: { change: { kind: 'insert-boundary', product: 'ddos_origin' } } });
  });

  it('ABS-08 names the edge and the server; a data store going out is flagged too, a boundary device is not', () => {
    const doc = edit(baseline(), (d) => d.connect(
      { id: 'e20', source: 'rds', target: 'users', kind: 'traffic', protocol: 'HTTPS' },
      { id: 'e21', source: 'slb', target: 'users', kind: 'traffic', protocol: 'HTTPS' },
    ));
    expect(found(doc, 'ABS-08')).toEqual([['error', ['e20']]]);
    expect(findings(doc, 'ABS-08')[0]).toMatchObject({ messageKey: 'rule.ABS-08', params: { node: { en: 'ApsaraDB RDS' }, edge: { en: 'ApsaraDB RDS → Internet users' } } });
  });

  it('ABS-08 Internet node: traffic from a server to an office user is not to the Internet', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('staff', 'office_user', undefined, 0, 400));
      d.connect({ id: 'e20', source: 'ecs', target: 'staff', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'ABS-08')).toEqual([]);
  });

  it('ABS-09 names the boundary controls and offers the retention fix', () => {
    const doc = edit(baseline(), (d) => void (d.node('sls').props.retentionDays = 179));
    expect(findings(doc, 'ABS-09')[0]).toMatchObject({ messageKey: 'rule.ABS-09', params: { nodes: { en: 'Cloud Firewall, Anti-DDoS Origin, Server Load Balancer, Web Application Firewall' } }, fix: { change: { kind: 'sls-retention' } } });
  });
});
