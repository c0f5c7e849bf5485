/**
 * Putting a boundary product into the path from the Internet or outside (insert-boundary.ts, issue 16),
 * one condition at a time on the baseline design with its boundary products removed: where the path
 * starts, which edges leave it, which are left alone, and which edges the new product carries on.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import type { InsertableProduct } from '../../../src/core/rules/fixes/fix.ts';
import { baseline, catalog, edit, product, zone } from './support.ts';

/** Internet users straight to the load balancer: no DDoS, WAF or firewall. */
const direct = () =>
  edit(baseline(), (d) => {
    d.remove('ddos', 'waf', 'cfw');
    d.connect({ id: 'e20', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 });
  });

function insert(doc: Diagram, what: InsertableProduct, fromOutside = false): { after: Diagram; guard: string } {
  const after = applyFix(doc, { kind: 'insert-boundary', product: what, fromOutside }, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  const guards = after.nodes.filter((n) => n.kind === 'product' && n.product === what && !doc.nodes.some((b) => b.id === n.id));
  expect(guards).toHaveLength(1);
  return { after, guard: guards[0]!.id };
}

/** Traffic and management edges as `source>target protocol port`, the new product written G, sorted. */
function wires(doc: Diagram, guard: string): string[] {
  const name = (id: string) => (id === guard ? 'G' : id);
  return doc.edges
    .filter((e) => e.kind === 'traffic' || e.kind === 'management')
    .filter((e) => ['users', 'users2', 'staff', 'admin', 'waf0', 'G'].includes(name(e.source)))
    .map((e) => `${e.kind[0]} ${name(e.source)}>${name(e.target)} ${e.protocol ?? '-'} ${e.port ?? '-'}`)
    .sort();
}

describe('insertBoundary: the edges the new product carries', () => {
  it('two Internet users to one target: each user\'s edge ends at it, and it carries one edge on', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('users2', 'internet_user', 'internet', 40, 130));
      d.connect({ id: 'e21', source: 'users2', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't users2>G HTTPS 443', 't users>G HTTPS 443']);
  });

  it('one user to two targets: one edge from the user to it, one on to each target', () => {
    const doc = edit(direct(), (d) => d.connect({ id: 'e21', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 }));
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>ecs HTTPS 443', 't G>slb HTTPS 443', 't users>G HTTPS 443']);
  });

  it('edges that differ in protocol or port stay apart, also those that name neither', () => {
    const doc = edit(direct(), (d) => {
      d.connect({ id: 'e21', source: 'users', target: 'slb', kind: 'traffic', protocol: 'HTTPS', port: 8443 });
      d.connect({ id: 'e22', source: 'users', target: 'slb', kind: 'traffic', protocol: 'TCP', port: 443 });
      d.connect({ id: 'e23', source: 'users', target: 'slb', kind: 'traffic' });
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual([
      't G>slb - -', 't G>slb HTTPS 443', 't G>slb HTTPS 8443', 't G>slb TCP 443',
      't users>G - -', 't users>G HTTPS 443', 't users>G HTTPS 8443', 't users>G TCP 443',
    ]);
  });

  it('management from the Internet keeps its path', () => {
    const doc = edit(direct(), (d) => d.connect({ id: 'e21', source: 'users', target: 'ecs', kind: 'management', protocol: 'SSH', port: 22 }));
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['m users>ecs SSH 22', 't G>slb HTTPS 443', 't users>G HTTPS 443']);
  });
});

describe('insertBoundary: what is protected already', () => {
  it('traffic into a product of the same kind is left alone', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('cfw0', 'cloud_firewall', 'edge', 380, 40, { edition: 'enterprise' }));
      d.connect({ id: 'e21', source: 'users', target: 'cfw0', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't users>G HTTPS 443', 't users>cfw0 HTTPS 443']);
  });

  it('from the Internet, another boundary control does not stand in for DDoS protection', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('waf0', 'waf', 'edge', 200, 40));
      d.connect({ id: 'e21', source: 'users', target: 'waf0', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'ddos_origin');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't G>waf0 HTTPS 443', 't users>G HTTPS 443']);
  });

  it('from outside (ABS-01), any boundary control is protection enough (the WAF, the load balancer)', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('waf0', 'waf', 'edge', 200, 40));
      d.connect({ id: 'e21', source: 'users', target: 'waf0', kind: 'traffic', protocol: 'HTTPS', port: 443 });
      d.connect({ id: 'e22', source: 'users', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'ddos_origin', true);
    expect(wires(after, guard)).toEqual(['t G>ecs HTTPS 443', 't users>G HTTPS 443', 't users>slb HTTPS 443', 't users>waf0 HTTPS 443']);
  });
});

describe('insertBoundary: where the path starts', () => {
  it('from the Internet: an Internet user anywhere, and anything in an Internet zone', () => {
    const doc = edit(direct(), (d) => {
      d.node('users').parent = undefined;
      d.node('users').position = { x: 40, y: 300 };
      d.add(product('admin', 'admin_terminal', 'internet', 40, 60));
      d.connect({ id: 'e21', source: 'admin', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>ecs HTTPS 443', 't G>slb HTTPS 443', 't admin>G HTTPS 443', 't users>G HTTPS 443']);
  });

  it('from the Internet: an outside node that is not an Internet user nor in an Internet zone is not a start', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('staff', 'office_user', undefined, 40, 300));
      d.connect({ id: 'e21', source: 'staff', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 });
    });
    const { after, guard } = insert(doc, 'cloud_firewall');
    expect(wires(after, guard)).toEqual(['t G>slb HTTPS 443', 't staff>ecs HTTPS 443', 't users>G HTTPS 443']);
  });

  it('from outside: any outside product anywhere, and anything in an office or IDC zone (the load balancer counting as protection)', () => {
    const doc = edit(direct(), (d) => {
      d.add(product('staff', 'office_user', undefined, 40, 300));
      d.add(zone('idc', 'idc', undefined, 0, 500, 240, 200), product('admin', 'ecs', 'idc', 40, 60));
      d.connect({ id: 'e21', source: 'staff', target: 'ecs', kind: 'traffic', protocol: 'HTTPS', port: 443 });
      d.connect({ id: 'e22', source: 'admin', target: 'ecs', kind: 'traffic', protocol: 'TCP', port: 9000 });
    });
    const { after, guard } = insert(doc, 'cloud_firewall', true);
    expect(wires(after, guard)).toEqual(['t G>ecs HTTPS 443', 't G>ecs TCP 9000', 't admin>G TCP 9000', 't staff>G HTTPS 443', 't users>slb HTTPS 443']);
  });
});
