/**
 * Fixes that add a missing product or raise the one drawn (add-product.ts, issue 16), one condition at
 * a time on the baseline design: which security center is raised, what a product without the prop
 * counts as, what the added products carry, and where they go when the design has no zone for them.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, ProductNode } from '../../../src/core/model/types.ts';
import type { Fix } from '../../../src/core/rules/fixes/fix.ts';
import { applyValid as apply, baseline, edit, product, zone } from './support.ts';


const node = (doc: Diagram, id: string) => doc.nodes.find((n) => n.id === id) as ProductNode | undefined;
const added = (before: Diagram, after: Diagram) => after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
const SECURITY_CENTER: Fix = { kind: 'add-product', product: 'security_center' };

describe('ensureSecurityCenter', () => {
  it('of two drawn below 企业版 with the same edition, raises the first by id', () => {
    const doc = edit(baseline(), (d) => {
      d.node('sc').props.edition = 'advanced';
      d.add(product('a-sc', 'security_center', 'mgmt', 560, 120, { edition: 'advanced' }));
    });
    const after = apply(doc, SECURITY_CENTER);
    expect([node(after, 'a-sc')?.props?.edition, node(after, 'sc')?.props?.edition]).toEqual(['enterprise', 'advanced']);
  });

  it('changes nothing when any one drawn is 企业版, even if one before it by id is lower', () => {
    const doc = edit(baseline(), (d) => d.add(product('a-sc', 'security_center', 'mgmt', 560, 120, { edition: 'free' })));
    expect(apply(doc, SECURITY_CENTER)).toBe(doc);
  });

  it('raises the better of two below 企业版, whichever comes first', () => {
    const doc = edit(baseline(), (d) => {
      d.node('sc').props.edition = 'anti_virus';
      d.add(product('a-sc', 'security_center', 'mgmt', 560, 120, { edition: 'free' }));
    });
    const after = apply(doc, SECURITY_CENTER);
    expect([node(after, 'a-sc')?.props?.edition, node(after, 'sc')?.props?.edition]).toEqual(['free', 'enterprise']);
  });

  it('takes one with no edition for the default 企业版: nothing to raise', () => {
    const doc = edit(baseline(), (d) => void delete (d.node('sc') as { props?: unknown }).props);
    expect(apply(doc, SECURITY_CENTER)).toBe(doc);
  });

  it('names the node it adds after its product, with hyphens', () => {
    const doc = edit(baseline(), (d) => d.remove('sc'));
    expect(added(doc, apply(doc, SECURITY_CENTER)).map((n) => n.id)).toEqual(['security-center-1']);
  });
});

describe('ensureSlsRetention', () => {
  it('raises an SLS that sets no retention (30 days by default) to 180 days', () => {
    const doc = edit(baseline(), (d) => void delete (d.node('sls') as { props?: unknown }).props);
    expect(node(apply(doc, { kind: 'sls-retention' }), 'sls')?.props).toEqual({ retentionDays: 180 });
  });
});

describe('addDbAudit', () => {
  it('adds a database audit that keeps its logs 180 days', () => {
    const doc = edit(baseline(), (d) => d.remove('dbaudit'));
    expect(added(doc, apply(doc, { kind: 'add-db-audit', vpc: 'vpc' }))).toMatchObject([{ product: 'db_audit', props: { retentionDays: 180 } }]);
  });
});

describe('addMgmtZone', () => {
  it('changes nothing when a management zone is drawn, also in a VPC that is not the first', () => {
    const doc = edit(baseline(), (d) => {
      Object.assign(d.node('mgmt'), { zone: 'ops' });
      d.add(zone('mgmt2', 'mgmt', 'vpc2', 340, 40, 240, 200, { cidr: '10.1.2.0/24' }));
    });
    expect(apply(doc, { kind: 'add-mgmt-zone' })).toBe(doc);
  });
});

describe('a central service with nowhere to go', () => {
  it('with no management zone and no VPC, goes to the top level, with no parent', () => {
    const doc = edit(baseline(), (d) => d.remove('region', 'region2'));
    const [kms] = added(doc, apply(doc, { kind: 'add-product', product: 'kms' }));
    expect(kms).toMatchObject({ kind: 'product', product: 'kms' });
    expect('parent' in kms!).toBe(false);
  });
});
