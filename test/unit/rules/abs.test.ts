/** 安全区域边界 (ABS): one test per rule and case, at each level where the severity differs. */
import { describe, expect, it } from 'vitest';
import { baseline, edit, found, findings, product, zone } from './support.ts';

/** Internet users straight to the application server (a gap every boundary rule sees). */
const direct = () => edit(baseline(), (d) => d.connect({ id: 'e20', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 }));

describe('ABS-01 boundary protection', () => {
  it('flags a server reached from outside with no boundary device: the node and the edge into it', () => {
    for (const level of [2, 3, 4] as const) expect(found(direct(), 'ABS-01', level)).toEqual([['error', ['ecs', 'e20']], ['error', ['rds', 'e6']]]);
    expect(findings(direct(), 'ABS-01')[0]!.fix?.change).toEqual({ kind: 'insert-boundary', product: 'cloud_firewall', fromOutside: false });
  });

  it('names the edge into the reached node, deeper than the first hop (the walk goes on past the server)', () => {
    const doc = edit(direct(), (d) => d.remove('e6'));
    expect(found(doc, 'ABS-01')).toEqual([['error', ['ecs', 'e20']]]);
    expect(found(direct(), 'ABS-01').map(([, targets]) => targets[1])).toEqual(['e20', 'e6']);
  });

  it('counts office users as outside, with a fix for every outside entry', () => {
    const doc = edit(baseline(), (d) => {
      d.add(zone('office', 'office', undefined, 0, 400, 240, 200), product('staff', 'office_user', 'office', 40, 60));
      d.connect({ id: 'e20', source: 'staff', target: 'ecs', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'ABS-01')).toEqual([['error', ['ecs', 'e20']], ['error', ['rds', 'e6']]]);
    expect(findings(doc, 'ABS-01')[0]!.fix?.change).toEqual({ kind: 'insert-boundary', product: 'cloud_firewall', fromOutside: true });
  });

  it('is met by any boundary control on the way', () => {
    expect(found(baseline(), 'ABS-01')).toEqual([]);
    const viaSlb = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS' }));
    expect(found(viaSlb, 'ABS-01')).toEqual([]);
  });
});

describe('ABS-02 public addresses inside', () => {
  it('warns at levels 2 and 3 and fails at level 4 for a server with a public IP in the application zone', () => {
    const doc = edit(baseline(), (d) => void (d.node('ecs').props.publicIp = true));
    expect(found(doc, 'ABS-02', 2)).toEqual([['warning', ['ecs']]]);
    expect(found(doc, 'ABS-02', 3)).toEqual([['warning', ['ecs']]]);
    expect(found(doc, 'ABS-02', 4)).toEqual([['error', ['ecs']]]);
  });

  it('flags a database with a public endpoint outside the data zone, not a server in the DMZ', () => {
    const db = edit(baseline(), (d) => {
      Object.assign(d.node('rds'), { parent: 'app' });
      d.node('rds').props.publicIp = true;
    });
    expect(found(db, 'ABS-02')).toEqual([['warning', ['rds']]]);
    const dmz = edit(baseline(), (d) => {
      Object.assign(d.node('ecs'), { parent: 'dmz' });
      d.node('ecs').props.publicIp = true;
    });
    expect(found(dmz, 'ABS-02')).toEqual([]);
  });
});

describe('ABS-03 access control at the Internet border (云防火墙)', () => {
  const noFirewall = () => edit(baseline(), (d) => {
    d.remove('cfw');
    d.connect({ id: 'e20', source: 'waf', target: 'slb', kind: 'traffic', protocol: 'HTTPS' });
  });

  it('is information at level 2 and an error at levels 3 and 4, per reached server and data store', () => {
    expect(found(noFirewall(), 'ABS-03', 2)).toEqual([['info', ['ecs']], ['info', ['rds']]]);
    expect(found(noFirewall(), 'ABS-03', 3)).toEqual([['error', ['ecs']], ['error', ['rds']]]);
    expect(found(noFirewall(), 'ABS-03', 4)).toEqual([['error', ['ecs']], ['error', ['rds']]]);
  });

  it('is met when the path passes a cloud firewall', () => {
    expect(found(baseline(), 'ABS-03')).toEqual([]);
  });
});

describe('ABS-04 high-risk protocols and ports from the Internet', () => {
  it('flags remote administration and database protocols', () => {
    for (const protocol of ['SSH', 'RDP', 'Telnet', 'FTP', 'MySQL', 'Redis'] as const) {
      const doc = edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol }));
      expect(found(doc, 'ABS-04', 2), protocol).toEqual([['error', ['e1']]]);
    }
  });

  it('flags high-risk ports whatever the protocol, and nothing on 443', () => {
    const doc = edit(baseline(), (d) => void Object.assign(d.edge('e1'), { port: 3389 }));
    expect(found(doc, 'ABS-04')).toEqual([['error', ['e1']]]);
    expect(found(baseline(), 'ABS-04')).toEqual([]);
  });

  it('flags each port of the rule on its own, over HTTPS (the protocol alone would not)', () => {
    // rules.md ABS-04: ports 21, 22, 23, 135, 139, 445, 1433, 1521, 3306, 3389, 5432, 6379, 9200, 27017.
    for (const port of [21, 22, 23, 135, 139, 445, 1433, 1521, 3306, 3389, 5432, 6379, 9200, 27017]) {
      const doc = edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol: 'HTTPS', port }));
      expect(found(doc, 'ABS-04'), String(port)).toEqual([['error', ['e1']]]);
    }
    for (const port of [80, 443, 8080, 8443, 20, 24, 3307]) {
      const doc = edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol: 'HTTPS', port }));
      expect(found(doc, 'ABS-04'), String(port)).toEqual([]);
    }
  });

  it('flags every database protocol, on an ordinary port', () => {
    for (const protocol of ['MySQL', 'PostgreSQL', 'SQLServer', 'Redis', 'MongoDB'] as const) {
      const doc = edit(baseline(), (d) => void Object.assign(d.edge('e1'), { protocol, port: 443 }));
      expect(found(doc, 'ABS-04'), protocol).toEqual([['error', ['e1']]]);
    }
  });

  it('only looks at traffic from Internet nodes', () => {
    const inside = edit(baseline(), (d) => void Object.assign(d.edge('e5'), { protocol: 'SSH', port: 22 }));
    expect(found(inside, 'ABS-04')).toEqual([]);
  });
});

describe('ABS-05 web application firewall', () => {
  const noWaf = () => edit(baseline(), (d) => {
    d.remove('waf');
    d.connect({ id: 'e20', source: 'ddos', target: 'cfw', kind: 'traffic', protocol: 'HTTPS' });
  });

  it('warns at level 2, fails at 3 and 4: the server and the first edge of the walk', () => {
    expect(found(noWaf(), 'ABS-05', 2)).toEqual([['warning', ['ecs', 'e1']]]);
    expect(found(noWaf(), 'ABS-05', 3)).toEqual([['error', ['ecs', 'e1']]]);
    expect(found(noWaf(), 'ABS-05', 4)).toEqual([['error', ['ecs', 'e1']]]);
  });

  it('walks only web traffic (HTTP, HTTPS or no protocol) and reports servers only', () => {
    const tcp = edit(noWaf(), (d) => void Object.assign(d.edge('e1'), { protocol: 'TCP' }));
    expect(found(tcp, 'ABS-05')).toEqual([]);
    const untyped = edit(noWaf(), (d) => void delete d.edge('e1').protocol);
    expect(found(untyped, 'ABS-05')).toEqual([['error', ['ecs', 'e1']]]);
  });
});

describe('ABS-06 DDoS protection', () => {
  const noDdos = () => edit(baseline(), (d) => {
    d.remove('ddos');
    d.connect({ id: 'e20', source: 'users', target: 'waf', kind: 'traffic', protocol: 'HTTPS' });
  });

  it('does not apply at level 2, warns at 3, fails at 4', () => {
    expect(found(noDdos(), 'ABS-06', 2)).toEqual([]);
    expect(found(noDdos(), 'ABS-06', 3)).toEqual([['warning', ['ecs']]]);
    expect(found(noDdos(), 'ABS-06', 4)).toEqual([['error', ['ecs']]]);
  });

  it('is met by DDoS高防 as well', () => {
    const pro = edit(baseline(), (d) => void Object.assign(d.node('ddos'), { product: 'ddos_pro' }));
    expect(found(pro, 'ABS-06', 4)).toEqual([]);
  });
});

describe('ABS-07 attacks from inside, between zones', () => {
  const weak = () => edit(baseline(), (d) => {
    d.node('cfw').props.edition = 'advanced';
    d.node('sc').props.edition = 'advanced';
  });

  it('flags every edge between two zones inside VPCs at levels 3 and 4, nothing at level 2', () => {
    expect(found(weak(), 'ABS-07', 2)).toEqual([]);
    expect(found(weak(), 'ABS-07', 3)).toEqual([['error', ['e5']], ['error', ['e6']]]);
    expect(found(weak(), 'ABS-07', 4)).toEqual([['error', ['e5']], ['error', ['e6']]]);
  });

  it('is met by 云防火墙 企业版, 旗舰版 or 按量付费版, or 云安全中心 企业版 or 旗舰版', () => {
    for (const edition of ['enterprise', 'ultimate', 'payg']) {
      expect(found(edit(weak(), (d) => void (d.node('cfw').props.edition = edition)), 'ABS-07'), edition).toEqual([]);
    }
    for (const edition of ['enterprise', 'ultimate']) {
      expect(found(edit(weak(), (d) => void (d.node('sc').props.edition = edition)), 'ABS-07'), edition).toEqual([]);
    }
  });

  it('counts a security center without edition as 企业版 (the catalog default)', () => {
    expect(found(edit(weak(), (d) => void delete d.node('sc').props.edition), 'ABS-07')).toEqual([]);
  });
});

describe('ABS-08 outbound access through NAT', () => {
  it('flags a server going straight to the Internet at levels 3 and 4', () => {
    const doc = edit(baseline(), (d) => d.connect({ id: 'e20', source: 'ecs', target: 'users', kind: 'traffic', protocol: 'HTTPS' }));
    expect(found(doc, 'ABS-08', 2)).toEqual([]);
    expect(found(doc, 'ABS-08', 3)).toEqual([['error', ['e20']]]);
  });

  it('is met by going through a NAT gateway', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('nat', 'nat_gateway', 'dmz', 40, 140, { multiAZ: true }));
      d.connect({ id: 'e20', source: 'ecs', target: 'nat', kind: 'traffic', protocol: 'HTTPS' });
      d.connect({ id: 'e21', source: 'nat', target: 'users', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'ABS-08')).toEqual([]);
  });
});

describe('ABS-09 boundary audit kept six months', () => {
  it('lists every boundary control except security groups, when no SLS keeps 180 days', () => {
    const doc = edit(baseline(), (d) => void (d.node('sls').props.retentionDays = 179));
    for (const level of [2, 3, 4] as const) expect(found(doc, 'ABS-09', level)).toEqual([['error', ['cfw', 'ddos', 'slb', 'waf']]]);
  });

  it('does not ask for log retention when the only boundary control is a security group', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('ddos', 'waf', 'cfw', 'slb', 'sls');
      d.add(product('sg', 'security_group', 'app', 40, 140));
    });
    expect(found(doc, 'ABS-09')).toEqual([]);
  });
});
