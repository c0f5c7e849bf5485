/**
 * The bastion-host fix (bastion.ts, issue 16), one condition at a time on the baseline design: which
 * management edges it reroutes, which bastion host it uses, where a new one goes, and which edges it
 * adds or keeps (one per operator, managed node, protocol and port).
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

/** Route management through the bastion host; the result must be a valid document. */
function route(doc: Diagram): Diagram {
  const after = applyFix(doc, { kind: 'route-bastion' }, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  return after;
}

/** Management edges as `source>target protocol port`, sorted. */
const management = (doc: Diagram) =>
  doc.edges
    .filter((e) => e.kind === 'management')
    .map((e) => `${e.source}>${e.target} ${e.protocol ?? '-'} ${e.port ?? '-'}`)
    .sort();

const BASE_MANAGEMENT = ['bastion>ecs SSH 22', 'bastion>rds MySQL 3306'];

/** The baseline with an administrator's terminal in an ops zone of the region. */
const withAdmin = (doc: Diagram = baseline()) =>
  edit(doc, (d) => d.add(zone('ops', 'ops', 'region', 600, 20, 300, 160), product('admin', 'admin_terminal', 'ops', 40, 60)));

/** Where the bastion host the fix added sits: its zone and that zone's parent. */
function newBastionHome(before: Diagram, after: Diagram): [string | undefined, string | undefined] {
  const added = after.nodes.filter((n) => n.kind === 'product' && n.product === 'bastionhost' && !before.nodes.some((b) => b.id === n.id));
  expect(added).toHaveLength(1);
  const parent = after.nodes.find((n) => n.id === added[0]!.parent);
  return [parent && (parent.kind === 'zone' ? parent.zone : undefined), parent?.parent];
}

describe('routeThroughBastion: which edges bypass the bastion host', () => {
  it('reroutes management into a server or a database, not into another product', () => {
    const doc = edit(withAdmin(), (d) => {
      d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management', protocol: 'RDP', port: 3389 });
      d.connect({ id: 'm2', source: 'admin', target: 'rds', kind: 'management', protocol: 'PostgreSQL', port: 5432 });
      d.connect({ id: 'm3', source: 'admin', target: 'slb', kind: 'management', protocol: 'HTTPS', port: 443 });
    });
    expect(management(route(doc))).toEqual([
      'admin>bastion PostgreSQL 5432',
      'admin>bastion RDP 3389',
      'admin>slb HTTPS 443',
      ...BASE_MANAGEMENT,
      'bastion>ecs RDP 3389',
      'bastion>rds PostgreSQL 5432',
    ].sort());
  });

  it('leaves traffic edges alone, and does not take a traffic edge for a management edge already drawn', () => {
    const doc = edit(withAdmin(), (d) => {
      d.connect({ id: 't1', source: 'admin', target: 'bastion', kind: 'traffic', protocol: 'HTTPS', port: 443 });
      d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management', protocol: 'HTTPS', port: 443 });
    });
    const after = route(doc);
    expect(management(after)).toEqual(['admin>bastion HTTPS 443', ...BASE_MANAGEMENT, 'bastion>ecs HTTPS 443'].sort());
    expect(after.edges.find((e) => e.id === 't1')).toEqual(doc.edges.find((e) => e.id === 't1'));
  });
});

describe('routeThroughBastion: the edges it keeps', () => {
  it('a connection with another protocol on the same port is a connection of its own, from the bastion host', () => {
    const doc = edit(withAdmin(), (d) => d.connect({ id: 'm1', source: 'admin', target: 'rds', kind: 'management', protocol: 'SSH', port: 3306 }));
    expect(management(route(doc))).toEqual(['admin>bastion SSH 3306', ...BASE_MANAGEMENT, 'bastion>rds SSH 3306'].sort());
  });

  it('a connection with the same protocol on another port is a connection of its own, from the bastion host', () => {
    const doc = edit(withAdmin(), (d) => d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management', protocol: 'SSH', port: 2222 }));
    expect(management(route(doc))).toEqual(['admin>bastion SSH 2222', 'bastion>ecs SSH 2222', ...BASE_MANAGEMENT].sort());
  });

  it('one edge from an operator to the bastion host per protocol and port, however many nodes it managed', () => {
    const doc = edit(withAdmin(), (d) => {
      d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management' });
      d.connect({ id: 'm2', source: 'admin', target: 'rds', kind: 'management' });
    });
    expect(management(route(doc))).toEqual(['admin>bastion - -', 'bastion>ecs - -', 'bastion>rds - -', ...BASE_MANAGEMENT].sort());
  });
});

describe('routeThroughBastion: which bastion host', () => {
  it('the one in a management zone, before one drawn elsewhere that comes first by id', () => {
    // The other bastion host sits in the VPC itself, in no security zone.
    const doc = edit(withAdmin(), (d) => {
      d.add(product('a-bastion', 'bastionhost', 'vpc', 1100, 300, { mfa: true }));
      d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management', protocol: 'RDP', port: 3389 });
    });
    expect(management(route(doc))).toEqual(['admin>bastion RDP 3389', ...BASE_MANAGEMENT, 'bastion>ecs RDP 3389'].sort());
  });

  it('one drawn outside any management zone when there is no other: no second one is added', () => {
    const doc = edit(withAdmin(), (d) => {
      d.node('bastion').parent = 'app';
      d.node('bastion').position = { x: 160, y: 60 };
      d.connect({ id: 'm1', source: 'admin', target: 'ecs', kind: 'management', protocol: 'RDP', port: 3389 });
    });
    const after = route(doc);
    expect(after.nodes.filter((n) => n.kind === 'product' && n.product === 'bastionhost')).toHaveLength(1);
    expect(management(after)).toEqual(['admin>bastion RDP 3389', ...BASE_MANAGEMENT, 'bastion>ecs RDP 3389'].sort());
  });
});

describe('routeThroughBastion: where a new bastion host goes', () => {
  const noBastion = () => edit(withAdmin(), (d) => d.remove('bastion'));

  it('into the management zone of the VPC of the first node managed around it', () => {
    const doc = edit(noBastion(), (d) => d.connect({ id: 'm1', source: 'admin', target: 'rds-copy', kind: 'management', protocol: 'MySQL', port: 3306 }));
    expect(newBastionHome(doc, route(doc))).toEqual(['mgmt', 'vpc2']);
  });

  it('past a managed node in no VPC, into that of the VPC of the next one', () => {
    const doc = edit(noBastion(), (d) => {
      d.add(product('ecs-out', 'ecs', 'region', 1200, 40));
      d.connect({ id: 'm1', source: 'admin', target: 'ecs-out', kind: 'management', protocol: 'SSH', port: 22 });
      d.connect({ id: 'm2', source: 'admin', target: 'rds-copy', kind: 'management', protocol: 'MySQL', port: 3306 });
    });
    expect(newBastionHome(doc, route(doc))).toEqual(['mgmt', 'vpc2']);
  });

  it('with nothing managed around it, into that of the VPC of the first server by id', () => {
    const moved = edit(noBastion(), (d) => {
      d.add(zone('app2', 'app', 'vpc2', 340, 40, 240, 200, { cidr: '10.1.2.0/24' }));
      Object.assign(d.node('ecs'), { parent: 'app2' });
    });
    expect(newBastionHome(moved, route(moved))).toEqual(['mgmt', 'vpc2']);
    const second = edit(noBastion(), (d) => {
      d.add(zone('app2', 'app', 'vpc2', 340, 40, 240, 200, { cidr: '10.1.2.0/24' }), product('a-ecs', 'ecs', 'app2', 40, 60));
    });
    expect(newBastionHome(second, route(second))).toEqual(['mgmt', 'vpc2']);
  });

  it('with no server either, into that of the first VPC', () => {
    const doc = edit(noBastion(), (d) => {
      d.remove('ecs');
      d.add(zone('app2', 'app', 'vpc2', 340, 40, 240, 200, { cidr: '10.1.2.0/24' }));
    });
    expect(newBastionHome(doc, route(doc))).toEqual(['mgmt', 'vpc']);
  });
});
