import { describe, expect, it } from 'vitest';
import { buildIndex, indexOf } from '../../../src/core/index/diagram-index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { smallDiagram } from '../../support/documents.ts';

function withBackupRegion(): Diagram {
  const doc = smallDiagram();
  return {
    ...doc,
    nodes: [
      // Listed before its parents on purpose.
      { id: 'rds-copy', kind: 'product', product: 'rds', parent: 'bk', position: { x: 0, y: 0 } },
      { id: 'bk', kind: 'zone', zone: 'backup', parent: 'vpc2', position: { x: 0, y: 0 }, size: { width: 100, height: 100 } },
      { id: 'vpc2', kind: 'zone', zone: 'vpc', parent: 'region2', position: { x: 0, y: 0 }, size: { width: 100, height: 100 } },
      { id: 'region2', kind: 'zone', zone: 'region', position: { x: 0, y: 900 }, size: { width: 100, height: 100 }, props: { regionId: 'cn-shanghai' } },
      { id: 'grp', kind: 'zone', zone: 'group', parent: 'app', position: { x: 0, y: 0 }, size: { width: 100, height: 100 } },
      { id: 'ecs-in-group', kind: 'product', product: 'ecs', parent: 'grp', position: { x: 0, y: 0 } },
      ...doc.nodes,
    ],
    edges: [...doc.edges, { id: 'e4', source: 'rds', target: 'rds-copy', kind: 'backup', mode: 'realtime' }],
  };
}

describe('the diagram index', () => {
  const doc = withBackupRegion();
  const index = buildIndex(doc);

  it('lists children, roots, and parents before children', () => {
    expect(index.children('vpc').map((n) => n.id)).toEqual(['dmz', 'app', 'data']);
    expect(index.children('ecs')).toEqual([]);
    expect(index.roots.map((n) => n.id)).toEqual(['region2', 'internet', 'region']);
    const position = new Map(index.parentsFirst.map((n, i) => [n.id, i]));
    expect(index.parentsFirst).toHaveLength(doc.nodes.length);
    for (const node of doc.nodes) if (node.parent) expect(position.get(node.parent)!).toBeLessThan(position.get(node.id)!);
  });

  it('answers ancestors and depth', () => {
    expect(index.ancestors('ecs-in-group').map((z) => z.id)).toEqual(['grp', 'app', 'vpc', 'region']);
    expect(index.depth('ecs-in-group')).toBe(4);
    expect(index.depth('region')).toBe(0);
    expect(index.isAncestor('vpc', 'ecs-in-group')).toBe(true);
    expect(index.isAncestor('dmz', 'ecs-in-group')).toBe(false);
    expect(index.ancestors('missing')).toEqual([]);
  });

  it('finds the nearest security zone, region, VPC and outside zone', () => {
    // A group inside the app zone does not hide the app zone.
    expect(index.securityZone('ecs-in-group')?.id).toBe('app');
    expect(index.securityZone('rds-copy')?.id).toBe('bk');
    expect(index.securityZone('vpc')).toBeUndefined();
    expect(index.region('rds-copy')?.id).toBe('region2');
    expect(index.vpc('ecs')?.id).toBe('vpc');
    expect(index.vpc('region')).toBeUndefined();
    expect(index.outsideZone('users')?.id).toBe('internet');
    expect(index.internetZone('users')?.id).toBe('internet');
    expect(index.outsideZone('ecs')).toBeUndefined();
  });

  it('lists edges in and out of a node', () => {
    expect(index.outgoing('rds').map((e) => e.id)).toEqual(['e4']);
    expect(index.incoming('rds').map((e) => e.id)).toEqual(['e3']);
    expect(index.incoming('users')).toEqual([]);
    expect(index.edge('e2')?.target).toBe('ecs');
    expect(index.node('slb')?.kind).toBe('product');
  });

  it('numbers nodes by position and gives each edge the positions of its ends', () => {
    expect(index.position('rds-copy')).toBe(0);
    expect(doc.nodes[index.position('slb')]!.id).toBe('slb');
    expect(index.position('nowhere')).toBe(-1);
    const k = doc.edges.findIndex((e) => e.id === 'e4');
    expect(doc.nodes[index.edgeEnds.source[k]!]!.id).toBe('rds');
    expect(doc.nodes[index.edgeEnds.target[k]!]!.id).toBe('rds-copy');
    const dangling = buildIndex({ ...doc, edges: [{ id: 'x', source: 'slb', target: 'gone', kind: 'traffic' }] });
    expect([dangling.edgeEnds.source[0], dangling.edgeEnds.target[0]]).toEqual([index.position('slb'), -1]);
  });

  it('keeps the first of two nodes with one id (an invalid document still indexes)', () => {
    const first = { id: 'dup', kind: 'product', product: 'ecs', position: { x: 1, y: 1 } } as const;
    const second = { id: 'dup', kind: 'product', product: 'rds', position: { x: 2, y: 2 } } as const;
    const twice = buildIndex({ ...doc, nodes: [first, second], edges: [] });
    expect(twice.node('dup')).toBe(first);
    expect(twice.position('dup')).toBe(0);
  });

  it('is built once per document version', () => {
    expect(indexOf(doc)).toBe(indexOf(doc));
    expect(indexOf({ ...doc })).not.toBe(indexOf(doc));
  });

  it('terminates on a document with a parent cycle', () => {
    const cyclic: Diagram = {
      ...doc,
      nodes: [
        { id: 'a', kind: 'zone', zone: 'group', parent: 'b', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } },
        { id: 'b', kind: 'zone', zone: 'group', parent: 'a', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } },
      ],
      edges: [],
    };
    const cyclicIndex = buildIndex(cyclic);
    expect(cyclicIndex.parentsFirst.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(cyclicIndex.ancestors('a')).toEqual([]);
  });
});
