import { describe, expect, it } from 'vitest';
import { extractFragment, insertFragment } from '../../../src/core/edit/fragment.ts';
import { smallDiagram } from '../../support/documents.ts';

describe('inserting a fragment', () => {
  it('returns the new node ids (nested ones too) apart from the new edge ids', () => {
    const doc = smallDiagram();
    // The app zone with its ECS, and the RDS: the edge ECS → RDS comes along.
    const result = insertFragment(doc, extractFragment(doc, ['app', 'rds']), { x: 0, y: 400 });
    if (!result.ok) throw new Error(result.reason);
    const before = new Set([...doc.nodes, ...doc.edges].map((x) => x.id));
    expect(result.nodeIds.sort()).toEqual(result.doc.nodes.filter((n) => !before.has(n.id)).map((n) => n.id).sort());
    expect(result.nodeIds).toHaveLength(3);
    expect(result.edgeIds).toEqual(result.doc.edges.filter((e) => !before.has(e.id)).map((e) => e.id));
    expect(result.edgeIds).toHaveLength(1);
  });
});
