/**
 * CES-12 (level 4, rules.md 1.1), condition by condition (issue 16): for some region R holding a
 * compute node that receives traffic, no compute node has a region different from R.
 */
import { describe, expect, it } from 'vitest';
import { baseline, edit, findings, found, product, zone } from './support.ts';

/** A second region of the baseline with a standby server (quantity 2) in it. */
const standbyIn = (doc = baseline()) => edit(doc, (d) => d.add(zone('app2', 'app', 'vpc2', 340, 40, 300, 200, { cidr: '10.1.2.0/24' }), product('ecs-dr', 'ecs', 'app2', 40, 60, undefined, 2)));

describe('CES-12 conditions', () => {
  it('CES-12 lists the serving servers by name', () => {
    expect(findings(baseline(), 'CES-12', 4)[0]).toMatchObject({ params: { nodes: { en: 'Elastic Compute Service' } } });
  });

  it('CES-12 region of a serving server without regionId: alone it has no standby, with a server in another region node it has', () => {
    const unnamed = edit(baseline(), (d) => void delete d.node('region').props.regionId);
    expect(found(unnamed, 'CES-12', 4)).toEqual([['error', ['ecs']]]);
    expect(found(standbyIn(unnamed), 'CES-12', 4)).toEqual([]);
  });

  it('CES-12 a serving server in no region has no region R to cover', () => {
    const doc = edit(baseline(), (d) => void delete (d.node('ecs') as { parent?: string }).parent);
    expect(found(doc, 'CES-12', 4)).toEqual([]);
  });

  it('CES-12 a standby server in no region is in no different region', () => {
    const doc = edit(baseline(), (d) => d.add(product('ecs-dr', 'ecs', undefined, 2400, 60, undefined, 2)));
    expect(found(doc, 'CES-12', 4)).toEqual([['error', ['ecs']]]);
  });
});

describe('CES-12 more conditions', () => {
  it('CES-12 a region node with no props at all is a region without regionId', () => {
    const bare = edit(baseline(), (d) => void delete (d.node('region') as { props?: object }).props);
    expect(found(bare, 'CES-12', 4)).toEqual([['error', ['ecs']]]);
    expect(found(standbyIn(bare), 'CES-12', 4)).toEqual([]);
  });

  it('CES-12 some region uncovered is enough: a serving server in no region does not hide the others', () => {
    const doc = edit(baseline(), (d) => {
      d.add(product('ecs-loose', 'ecs', undefined, 2400, 60, undefined, 2));
      d.connect({ id: 'e20', source: 'slb', target: 'ecs-loose', kind: 'traffic', protocol: 'HTTPS' });
    });
    expect(found(doc, 'CES-12', 4)).toEqual([['error', ['ecs', 'ecs-loose']]]);
  });
});
