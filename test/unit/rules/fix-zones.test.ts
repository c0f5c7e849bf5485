/**
 * The zones quick fixes put things into (zones.ts, issue 16), one condition at a time: the free block
 * of a VPC's range a new security zone takes, the management zone that serves a VPC, and the size and
 * fields of a zone a fix creates.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode, ZoneNode } from '../../../src/core/model/types.ts';
import { Draft } from '../../../src/core/edit/draft.ts';
import { addZone, ensureMgmtZone, freeCidr, managementHome, nearestZone, newZoneSize } from '../../../src/core/rules/fixes/zones.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

/** A draft of one VPC of range `cidr` (none: no range) holding security zones of these ranges. */
function vpcWith(cidr: string | undefined, zones: string[] = []): Draft {
  const nodes: DiagramNode[] = [
    zone('vpc', 'vpc', undefined, 0, 0, 2000, 1000, cidr === undefined ? undefined : { cidr }),
    ...zones.map((c, k) => zone(`z${k}`, 'app', 'vpc', 20 + 400 * (k % 4), 40 + 240 * Math.floor(k / 4), 380, 200, { cidr: c })),
  ];
  const doc: Diagram = { format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: 't', level: 3, platform: 'alibaba-public' }, nodes, edges: [] };
  return new Draft(doc, catalog);
}

describe('freeCidr', () => {
  it('a VPC with no range has no free block', () => {
    expect(freeCidr(vpcWith(undefined), 'vpc')).toBeUndefined();
  });

  it('a /24 of a /16, the first that no security zone of the VPC uses', () => {
    expect(freeCidr(vpcWith('10.0.0.0/16', ['10.0.0.0/24', '10.0.2.0/24']), 'vpc')).toBe('10.0.1.0/24');
  });

  it('the whole of a /24 VPC while it is free, nothing once a zone uses it', () => {
    expect(freeCidr(vpcWith('10.0.0.0/24'), 'vpc')).toBe('10.0.0.0/24');
    expect(freeCidr(vpcWith('10.0.0.0/24', ['10.0.0.128/25']), 'vpc')).toBeUndefined();
  });

  it('a quarter of a VPC smaller than a /24', () => {
    expect(freeCidr(vpcWith('10.0.0.0/26', ['10.0.0.0/28']), 'vpc')).toBe('10.0.0.16/28');
  });

  it('never smaller than a /30', () => {
    expect(freeCidr(vpcWith('10.0.0.0/29', ['10.0.0.0/30']), 'vpc')).toBe('10.0.0.4/30');
    expect(freeCidr(vpcWith('10.0.0.0/29', ['10.0.0.0/30', '10.0.0.4/30']), 'vpc')).toBeUndefined();
  });

  it('looks at the first 4096 blocks only (a /8 whose first /12 is used has none)', () => {
    expect(freeCidr(vpcWith('10.0.0.0/8', ['10.0.0.0/12']), 'vpc')).toBeUndefined();
    expect(freeCidr(vpcWith('10.0.0.0/8', ['10.0.0.0/13']), 'vpc')).toBe('10.8.0.0/24');
  });

  it('ignores the ranges of security zones in another VPC', () => {
    const doc = edit(baseline(), (d) => void (d.node('vpc2').props.cidr = '10.0.0.0/16'));
    expect(freeCidr(new Draft(doc, catalog), 'vpc2')).toBe('10.0.0.0/24');
  });
});

describe('ensureMgmtZone', () => {
  it('uses the management zone of that VPC, not one of another VPC', () => {
    const draft = new Draft(baseline(), catalog);
    expect(ensureMgmtZone(draft, 'vpc').id).toBe('mgmt');
    const made = ensureMgmtZone(draft, 'vpc2');
    expect(made).toMatchObject({ zone: 'mgmt', parent: 'vpc2', props: { cidr: '10.1.0.0/24' } });
    expect(made.id).not.toBe('mgmt');
  });
});

describe('the zones a fix creates', () => {
  it('are at least two products wide, and as big as the catalog makes them', () => {
    const draft = vpcWith(undefined);
    expect(newZoneSize(draft, 'internet')).toEqual({ width: 380, height: 200 });
    expect(newZoneSize(draft, 'vpc')).toEqual({ width: 900, height: 580 });
  });

  it('at the top level and with no range given, have neither a parent nor props', () => {
    const made: ZoneNode = addZone(vpcWith(undefined), 'internet', undefined);
    expect(made).toMatchObject({ kind: 'zone', zone: 'internet', size: { width: 380, height: 200 } });
    expect(Object.keys(made).sort()).toEqual(['id', 'kind', 'position', 'size', 'zone']);
  });
});

/** A document of these nodes (no edges), as a draft. */
const draftOf = (...nodes: DiagramNode[]) =>
  new Draft({ format: 'mlps-designer/diagram', schemaVersion: 2, meta: { title: 't', level: 3, platform: 'alibaba-public' }, nodes, edges: [] }, catalog);

describe('nearestZone', () => {
  it('a node the document does not hold has no zone above it', () => {
    expect(nearestZone(new Draft(baseline(), catalog), 'gone', 'vpc')).toBeUndefined();
  });

  it('a parent cycle (never in a document the reader accepts) ends the walk instead of hanging it', () => {
    const draft = draftOf(zone('a', 'group', 'b', 0, 0, 400, 300), zone('b', 'group', 'a', 0, 0, 400, 300), product('p', 'ecs', 'a', 20, 40));
    expect(nearestZone(draft, 'p', 'vpc')).toBeUndefined();
  });
});

describe('freeCidr: what counts as used', () => {
  it('nothing for a VPC id the document does not hold, or a VPC range that does not parse', () => {
    expect(freeCidr(vpcWith('10.0.0.0/16'), 'gone')).toBeUndefined();
    expect(freeCidr(vpcWith('10.0.0.1/16'), 'vpc')).toBeUndefined();
  });

  it('a security zone of the VPC with no range, or one that does not parse, takes no block', () => {
    const draft = draftOf(
      zone('vpc', 'vpc', undefined, 0, 0, 2000, 1000, { cidr: '10.0.0.0/16' }),
      zone('z0', 'app', 'vpc', 20, 40, 380, 200),
      zone('z1', 'data', 'vpc', 420, 40, 380, 200, { cidr: '10.0.0.5/24' }),
    );
    expect(freeCidr(draft, 'vpc')).toBe('10.0.0.0/24');
  });

  it('only security zones take blocks: the range of a VPC drawn inside the VPC does not', () => {
    const draft = draftOf(
      zone('vpc', 'vpc', undefined, 0, 0, 2000, 1000, { cidr: '10.0.0.0/16' }),
      zone('inner', 'vpc', 'vpc', 20, 40, 400, 300, { cidr: '10.0.0.0/24' }),
    );
    expect(freeCidr(draft, 'vpc')).toBe('10.0.0.0/24');
  });

  it('the range of a security zone in no VPC at all is not the VPC\'s', () => {
    const draft = draftOf(
      zone('region', 'region', undefined, 0, 0, 2400, 1400, { regionId: 'cn-hangzhou' }),
      zone('edge', 'edge', 'region', 20, 40, 400, 200, { cidr: '10.0.0.0/24' }),
      zone('vpc', 'vpc', 'region', 20, 300, 2000, 1000, { cidr: '10.0.0.0/16' }),
    );
    expect(freeCidr(draft, 'vpc')).toBe('10.0.0.0/24');
  });
});

describe('ensureMgmtZone: the management zone that serves a VPC', () => {
  it('a management zone in the region but in no VPC serves none: the VPC gets its own', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('mgmt');
      d.add(zone('mgmt-loose', 'mgmt', 'region', 600, 40, 300, 140));
    });
    const draft = new Draft(doc, catalog);
    expect(ensureMgmtZone(draft, 'vpc')).toMatchObject({ zone: 'mgmt', parent: 'vpc', props: { cidr: '10.0.0.0/24' } });
  });
});

describe('managementHome: where central services are drawn', () => {
  it('the first management zone in natural id order (mgmt2 before mgmt10), wherever the file lists it', () => {
    const doc = edit(baseline(), (d) => {
      d.node('mgmt').id = 'mgmt10';
      for (const n of d.doc.nodes) if (n.parent === 'mgmt') n.parent = 'mgmt10';
      d.add(zone('mgmt2', 'mgmt', 'vpc2', 340, 40, 240, 200, { cidr: '10.1.2.0/24' }));
    });
    expect(managementHome(new Draft(doc, catalog))).toBe('mgmt2');
  });

  it('with no management zone, a new one in the first VPC in natural id order (vpc2 before vpc10)', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('mgmt');
      d.node('vpc').id = 'vpc10';
      for (const n of d.doc.nodes) if (n.parent === 'vpc') n.parent = 'vpc10';
    });
    const draft = new Draft(doc, catalog);
    const home = managementHome(draft);
    expect(draft.zone(home)).toMatchObject({ zone: 'mgmt', parent: 'vpc2', props: { cidr: '10.1.0.0/24' } });
  });

  it('with neither a management zone nor a VPC, the top level, and nothing is added', () => {
    const draft = draftOf(zone('internet', 'internet', undefined, 0, 0, 240, 200), product('users', 'internet_user', 'internet', 40, 60));
    expect(managementHome(draft)).toBeUndefined();
    expect(draft.result().nodes).toHaveLength(2);
  });
});

describe('addZone: inside a parent, with a range', () => {
  it('records the parent and the range given', () => {
    const made = addZone(vpcWith('10.0.0.0/16'), 'data', 'vpc', '10.0.9.0/24');
    expect(made).toMatchObject({ kind: 'zone', zone: 'data', parent: 'vpc', props: { cidr: '10.0.9.0/24' } });
  });
});
