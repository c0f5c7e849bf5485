/**
 * The zones quick fixes put things into (zones.ts, issue 16), one condition at a time: the free block
 * of a VPC's range a new security zone takes, the management zone that serves a VPC, and the size and
 * fields of a zone a fix creates.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode, ZoneNode } from '../../../src/core/model/types.ts';
import { Draft } from '../../../src/core/edit/draft.ts';
import { addZone, ensureMgmtZone, freeCidr, newZoneSize } from '../../../src/core/rules/fixes/zones.ts';
import { baseline, catalog, edit, zone } from './support.ts';

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
