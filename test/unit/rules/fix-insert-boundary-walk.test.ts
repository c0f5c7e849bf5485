/**
 * Putting a boundary product into the path (insert-boundary.ts, issue 16), the conditions the first
 * file leaves open: how the front is walked through the products earlier in the chain (every traffic
 * edge of a node, traffic only, each node once), and that a WAF only takes web traffic.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import type { InsertableProduct } from '../../../src/core/rules/fixes/fix.ts';
import { baseline, catalog, edit, https, product } from './support.ts';

/** Internet users straight to the load balancer: no DDoS, WAF or firewall. */
const direct = () =>
  edit(baseline(), (d) => {
    d.remove('ddos', 'waf', 'cfw');
    d.connect(https('e20', 'users', 'slb'));
  });

function insert(doc: Diagram, what: InsertableProduct): { after: Diagram; guard: string } {
  const after = applyFix(doc, { kind: 'insert-boundary', product: what, fromOutside: false }, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  const guards = after.nodes.filter((n) => n.kind === 'product' && n.product === what && !doc.nodes.some((b) => b.id === n.id));
  expect(guards).toHaveLength(1);
  return { after, guard: guards[0]!.id };
}

/** The baseline's edges behind the load balancer (into the servers, the database, its copy). */
const BEHIND = ['e5', 'e6', 'e7', 'e8', 'e9'];

/** Every other edge as `kind source>target protocol port`, the new product written G, sorted. */
function wires(doc: Diagram, guard: string): string[] {
  const name = (id: string) => (id === guard ? 'G' : id);
  return doc.edges
    .filter((e) => !BEHIND.includes(e.id))
    .map((e) => `${e.kind[0]} ${name(e.source)}>${name(e.target)} ${e.protocol ?? '-'} ${e.port ?? '-'}`)
    .sort();
}

describe('insertBoundary: the walk through the products earlier in the chain', () => {
  it('follows every traffic edge leaving a node, not only one of them (the DDoS the users also reach is part of the front)', () => {
    // The users' first edge goes into the DDoS protection, a later one straight to the servers.
    const doc = edit(baseline(), (d) => {
      d.remove('waf', 'cfw');
      d.connect(
        https('e20', 'ddos', 'slb'),
        https('e21', 'users', 'ecs'),
      );
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>ecs HTTPS 443', 't G>slb HTTPS 443', 't ddos>G HTTPS 443', 't users>G HTTPS 443', 't users>ddos HTTPS 443']);
  });

  it('walks traffic edges only: a product the Internet reaches by a management edge is not part of the front', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('ddos0', 'ddos_origin', 'edge', 20, 40));
      d.connect(
        https('e21', 'users', 'ddos0', 'management'),
        https('e22', 'ddos0', 'slb'),
      );
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['m users>ddos0 HTTPS 443', 't G>slb HTTPS 443', 't ddos0>slb HTTPS 443', 't users>G HTTPS 443']);
  });

  it('visits each product once, also when the traffic between earlier products goes round in a loop', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('cfw');
      d.connect(
        https('e20', 'waf', 'slb'),
        https('e21', 'waf', 'ddos'),
      );
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't ddos>waf HTTPS 443', 't users>ddos HTTPS 443', 't waf>G HTTPS 443', 't waf>ddos HTTPS 443']);
  }, 10_000);

  it('stops at a product that is not earlier in the chain: traffic leaving it stays as it is', () => {
    // A WAF is not in front of DDoS protection: the edge into the WAF is the one that gets protected.
    const doc = edit(baseline(), (d) => {
      d.remove('ddos', 'cfw');
      d.connect(
        https('e20', 'users', 'waf'),
        https('e21', 'waf', 'slb'),
      );
    });
    const { after, guard } = insert(doc, 'ddos_origin');
    expect(wires(after, guard)).toEqual(['t G>waf HTTPS 443', 't users>G HTTPS 443', 't waf>slb HTTPS 443']);
  });
});

describe('insertBoundary: a WAF takes web traffic only', () => {
  it('HTTPS and traffic naming no protocol go through the new WAF; other traffic from the Internet keeps its path', () => {
    const doc = edit(direct(), (d) => {
      d.connect(
        { id: 'e21', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'TCP', port: 9000 },
        { id: 'e22', source: 'users', target: 'ecs', kind: 'traffic' },
      );
    });
    const { after, guard } = insert(doc, 'waf');
    expect(wires(after, guard)).toEqual(['t G>ecs - -', 't G>slb HTTPS 443', 't users>G - -', 't users>G HTTPS 443', 't users>ecs TCP 9000']);
  });

  it('walks to the WAF\'s place through DDoS protection: the edge leaving the DDoS goes through the WAF', () => {
    const doc = edit(baseline(), (d) => {
      d.remove('waf', 'cfw');
      d.connect(https('e20', 'ddos', 'slb'));
    });
    const { after, guard } = insert(doc, 'waf');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't ddos>G HTTPS 443', 't users>ddos HTTPS 443']);
  });
});
