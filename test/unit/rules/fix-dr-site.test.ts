/**
 * The disaster-recovery site of CES-10 (dr-site.ts, issue 16), one condition at a time on the baseline
 * design without its copy: where the site goes and how big each part is, the address block of its VPC,
 * what the copy carries, and the stores it is not built for.
 */
import { describe, expect, it } from 'vitest';
import { validateDiagram } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { baseline, catalog, edit, zone } from './support.ts';
import type { Catalog } from '../../../src/core/catalog/types.ts';
import { drRegionFor } from '../../../src/core/rules/fixes/dr-site.ts';

const withoutCopy = () => edit(baseline(), (d) => d.remove('region2'));

function drSite(doc: Diagram, node = 'rds'): Diagram {
  const after = applyFix(doc, { kind: 'add-dr-site', node }, catalog);
  const valid = validateDiagram(JSON.parse(JSON.stringify(after)), catalog);
  expect(valid.ok, JSON.stringify(!valid.ok && valid.error)).toBe(true);
  return after;
}

const added = (before: Diagram, after: Diagram) => after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));

describe('addDrSite: the site drawn', () => {
  it('right of everything (four gaps on), level with the topmost node, each part just holding the next', () => {
    const doc = edit(withoutCopy(), (d) => void (d.node('region').position = { x: 300, y: -50 }));
    const [region, vpc, backup, copy] = added(doc, drSite(doc));
    expect([region, vpc, backup, copy].map((n) => [n!.position, 'size' in n! ? n.size : undefined])).toEqual([
      [{ x: 2080, y: -50 }, { width: 460, height: 320 }],
      [{ x: 20, y: 40 }, { width: 420, height: 260 }],
      [{ x: 20, y: 40 }, { width: 380, height: 200 }],
      [{ x: 20, y: 40 }, undefined],
    ]);
  });

  it('a copy of a store with no encryption set has no props', () => {
    const doc = edit(withoutCopy(), (d) => void delete d.node('rds').props.encryption);
    const copy = added(doc, drSite(doc))[3]!;
    expect(copy).toMatchObject({ kind: 'product', product: 'rds' });
    expect('props' in copy).toBe(false);
  });
});

describe('addDrSite: the VPC\'s address block', () => {
  const busy = (...blocks: string[]) =>
    edit(withoutCopy(), (d) => {
      d.node('vpc').props.cidr = '10.0.0.0/8';
      blocks.forEach((cidr, k) => d.add(zone(`vpc-x${k}`, 'vpc', 'region', 20 + 200 * k, 900, 180, 100, { cidr })));
    });

  it('192.168.0.0/16 once every 10.x and 172.16–31 block is drawn', () => {
    const doc = busy('172.16.0.0/12');
    expect(added(doc, drSite(doc))[1]).toMatchObject({ zone: 'vpc', props: { cidr: '192.168.0.0/16' } });
  });

  it('none left: no site', () => {
    const doc = busy('172.16.0.0/12', '192.168.0.0/16');
    expect(drSite(doc)).toBe(doc);
  });
});

describe('addDrSite: what it is not built for', () => {
  it('a zone, or a store in no region', () => {
    const doc = withoutCopy();
    expect(drSite(doc, 'vpc')).toBe(doc);
    const loose = edit(doc, (d) => void (d.node('rds').parent = undefined));
    expect(drSite(loose)).toBe(loose);
  });
});

describe('drRegionFor: the region a copy goes to', () => {
  const publicDoc = baseline();
  const financeDoc = edit(baseline(), (d) => void (d.doc.meta.platform = 'alibaba-finance'));

  it.each([
    ['cn-fuzhou', 'cn-hangzhou'],
    ['cn-zhangjiakou', 'cn-beijing'],
    ['cn-qingdao', 'cn-beijing'],
    ['cn-huhehaote', 'cn-wulanchabu'],
    ['cn-wulanchabu', 'cn-huhehaote'],
    ['cn-guangzhou', 'cn-shenzhen'],
    ['cn-heyuan', 'cn-shenzhen'],
    ['cn-chengdu', 'cn-shenzhen'],
  ])('the neighbour of %s is %s', (from, to) => {
    expect(drRegionFor(publicDoc, catalog, from)).toBe(to);
  });

  it('a region with no neighbour listed (Hong Kong) gets the platform\'s default, Shanghai', () => {
    expect(drRegionFor(publicDoc, catalog, 'cn-hongkong')).toBe('cn-shanghai');
  });

  it('on the public cloud, a finance-cloud neighbour is not taken', () => {
    expect(drRegionFor(publicDoc, catalog, 'cn-shenzhen-finance-1')).toBe('cn-shanghai');
  });

  it('a neighbour that is not a mainland region is not taken (CLD-01)', () => {
    const zhangjiakouAbroad: Catalog = {
      ...catalog,
      region: (id) => {
        const region = catalog.region(id);
        return id === 'cn-zhangjiakou' && region ? { ...region, mainland: false } : region;
      },
    };
    expect(drRegionFor(publicDoc, zhangjiakouAbroad, 'cn-beijing')).toBe('cn-shanghai');
  });

  it('the default pair never gives the store\'s own region: the other one of the pair', () => {
    const unlisted = (gone: string): Catalog => ({ ...catalog, region: (id) => (id === gone ? undefined : catalog.region(id)) });
    expect(drRegionFor(publicDoc, unlisted('cn-hangzhou'), 'cn-shanghai')).toBe('cn-hangzhou');
    expect(drRegionFor(financeDoc, unlisted('cn-hangzhou-finance'), 'cn-shanghai-finance-1')).toBe('cn-hangzhou-finance');
  });
});

describe('addDrSite: the parts and their fields', () => {
  it('ids named after what each part is, the copy after its product', () => {
    const doc = withoutCopy();
    const after = drSite(doc);
    expect(added(doc, after).map((n) => n.id)).toEqual(['region-1', 'vpc-1', 'backup-1', 'rds-copy-1']);
  });

  it('the copy\'s id writes the product\'s underscores as dashes', () => {
    const doc = withoutCopy();
    expect(added(doc, drSite(doc, 'dbaudit'))[3]).toMatchObject({ id: 'db-audit-copy-1', product: 'db_audit' });
  });

  it('a store in a region with no region id: the copy goes to the default, Shanghai', () => {
    const doc = edit(withoutCopy(), (d) => void delete (d.node('region') as { props?: unknown }).props);
    expect(added(doc, drSite(doc))[0]).toMatchObject({ zone: 'region', props: { regionId: 'cn-shanghai' } });
  });

  it('a copy of a store with no props at all has no props', () => {
    const doc = edit(withoutCopy(), (d) => void delete (d.node('rds') as { props?: unknown }).props);
    const copy = added(doc, drSite(doc))[3]!;
    expect(copy).toMatchObject({ kind: 'product', product: 'rds' });
    expect('props' in copy).toBe(false);
  });

  it('a node the document does not hold: nothing', () => {
    const doc = withoutCopy();
    expect(drSite(doc, 'gone')).toBe(doc);
  });
});

describe('addDrSite: the VPC\'s address block, in order', () => {
  it('once every 10.x block is drawn, the first free one of 172.16–31 (172.17 when 172.16 is used)', () => {
    const doc = edit(withoutCopy(), (d) => {
      d.node('vpc').props.cidr = '10.0.0.0/8';
      d.add(zone('vpc-x', 'vpc', 'region', 20, 900, 180, 100, { cidr: '172.16.0.0/16' }));
    });
    expect(added(doc, drSite(doc))[1]).toMatchObject({ zone: 'vpc', props: { cidr: '172.17.0.0/16' } });
  });
});
