/** terms.ts: web edges (ABS-05), different regions (CNS-04 and the DR rules), edition ranks. */
import { describe, expect, it } from 'vitest';
import type { DiagramEdge, ZoneNode } from '../../../src/core/model/types.ts';
import { differentRegions, editionRank, isWebEdge } from '../../../src/core/rules/terms.ts';
import { catalog, zone } from './support.ts';

const edge = (protocol?: DiagramEdge['protocol']): DiagramEdge => ({ id: 'e', source: 'a', target: 'b', kind: 'traffic', ...(protocol ? { protocol } : {}) });
const region = (id: string, regionId?: string): ZoneNode => zone(id, 'region', undefined, 0, 0, 100, 100, regionId ? { regionId } : undefined);

describe('isWebEdge', () => {
  it('HTTP, HTTPS and no protocol are web traffic; every other protocol is not', () => {
    expect([edge('HTTP'), edge('HTTPS'), edge()].map(isWebEdge)).toEqual([true, true, true]);
    expect([edge('TCP'), edge('TLS'), edge('SSH'), edge('MySQL'), edge('Other')].map(isWebEdge)).toEqual([false, false, false, false, false]);
  });
});

describe('differentRegions', () => {
  it('two region nodes with different regionIds differ; with the same regionId they do not', () => {
    expect(differentRegions(region('r1', 'cn-hangzhou'), region('r2', 'cn-shanghai'))).toBe(true);
    expect(differentRegions(region('r1', 'cn-hangzhou'), region('r2', 'cn-hangzhou'))).toBe(false);
  });

  it('a region without regionId differs from every other region node, whichever side it is on', () => {
    expect(differentRegions(region('r1'), region('r2', 'cn-hangzhou'))).toBe(true);
    expect(differentRegions(region('r1', 'cn-hangzhou'), region('r2'))).toBe(true);
    expect(differentRegions(region('r1'), region('r2'))).toBe(true);
  });

  it('one region node is never different from itself, and a missing region differs from nothing', () => {
    const r = region('r1');
    expect(differentRegions(r, r)).toBe(false);
    expect(differentRegions(undefined, region('r2', 'cn-hangzhou'))).toBe(false);
    expect(differentRegions(region('r1', 'cn-hangzhou'), undefined)).toBe(false);
    expect(differentRegions(undefined, undefined)).toBe(false);
  });
});

describe('editionRank', () => {
  const sc = catalog.product('security_center');

  it('the rank of the edition in the product ladder; the default edition when none is set', () => {
    expect(editionRank(sc, 'free')).toBe(0);
    expect(editionRank(sc, 'ultimate')).toBe(4);
    expect(editionRank(sc, undefined)).toBe(3); // enterprise
  });

  it('an unknown edition, a product without editions, or no product rank lowest (-1)', () => {
    expect(editionRank(sc, 'platinum')).toBe(-1);
    expect(editionRank(catalog.product('ecs'), 'enterprise')).toBe(-1);
    expect(editionRank(undefined, 'enterprise')).toBe(-1);
  });
});
