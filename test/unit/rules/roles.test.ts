/** roles.ts: CNS-03 counts redundancy per role (same product, same set of traffic sources), not per node. */
import { describe, expect, it } from 'vitest';
import type { DiagramEdge, ProductNode } from '../../../src/core/model/types.ts';
import { roleCounts } from '../../../src/core/rules/roles.ts';
import { product } from './support.ts';

const traffic = (source: string, target: string, kind: DiagramEdge['kind'] = 'traffic'): DiagramEdge => ({ id: `${source}-${target}`, source, target, kind });
const counts = (compute: ProductNode[], edges: DiagramEdge[]) => Object.fromEntries(roleCounts(compute, edges));

describe('roleCounts', () => {
  it('two servers of one product behind the same source are one role: their quantities add up (default 1)', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    const b = product('b', 'ecs', 'app', 0, 0, undefined, 3);
    expect(counts([a, b], [traffic('slb', 'a'), traffic('slb', 'b')])).toEqual({ a: 4, b: 4 });
  });

  it('different sets of sources are different roles', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    const b = product('b', 'ecs', 'app', 0, 0);
    expect(counts([a, b], [traffic('slb', 'a'), traffic('slb', 'b'), traffic('api', 'b')])).toEqual({ a: 1, b: 1 });
  });

  it('the same sources in any order, and a source met twice, make one set', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    const b = product('b', 'ecs', 'app', 0, 0);
    const edges = [traffic('x', 'a'), traffic('y', 'a'), traffic('y', 'b'), traffic('x', 'b'), { ...traffic('x', 'b'), id: 'again' }];
    expect(counts([a, b], edges)).toEqual({ a: 2, b: 2 });
  });

  it('sources whose ids would join alike are still different sets', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    const b = product('b', 'ecs', 'app', 0, 0);
    expect(counts([a, b], [traffic('x', 'a'), traffic('y', 'a'), traffic('xy', 'b')])).toEqual({ a: 1, b: 1 });
  });

  it('different products behind the same source are different roles', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    const b = product('b', 'ack', 'app', 0, 0);
    expect(counts([a, b], [traffic('slb', 'a'), traffic('slb', 'b')])).toEqual({ a: 1, b: 1 });
  });

  it('only traffic edges count, and a server that receives no traffic has no role', () => {
    const a = product('a', 'ecs', 'app', 0, 0, undefined, 2);
    const b = product('b', 'ecs', 'app', 0, 0);
    const edges = [traffic('bastion', 'a', 'management'), traffic('slb', 'b'), traffic('bastion', 'b', 'management'), traffic('b', 'sls', 'log')];
    expect(roleCounts([a, b], edges)).toEqual(new Map([['b', 1]]));
  });

  it('traffic into a node that is not a compute node is no role', () => {
    const a = product('a', 'ecs', 'app', 0, 0);
    expect(roleCounts([a], [traffic('slb', 'rds'), traffic('slb', 'a')])).toEqual(new Map([['a', 1]]));
  });
});
