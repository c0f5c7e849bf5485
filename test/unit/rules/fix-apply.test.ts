/**
 * applyFix (apply.ts, issue 16), one condition at a time on the baseline design: what a prop fix keeps
 * and when it adds a second instance, which edges a real-time fix changes, and which nodes a move into
 * the management zone takes.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, ProductNode } from '../../../src/core/model/types.ts';
import { applyFix } from '../../../src/core/rules/fixes/apply.ts';
import { applyValid as apply, baseline, edit, product } from './support.ts';


const node = (doc: Diagram, id: string) => doc.nodes.find((n) => n.id === id) as ProductNode | undefined;

/** The baseline with a single ECS in the app zone that receives no traffic. */
const lonely = (quantity?: number) => edit(baseline(), (d) => d.add(product('ecs9', 'ecs', 'app', 160, 120, undefined, quantity)));

describe('applyFix: set-prop', () => {
  it('turning a public address off keeps the node\'s other props', () => {
    const doc = edit(baseline(), (d) => Object.assign(d.node('ecs').props, { publicIp: true, encryption: 'kms' }));
    expect(node(apply(doc, { kind: 'set-prop', node: 'ecs', prop: 'publicIp' }), 'ecs')?.props).toEqual({ encryption: 'kms' });
  });

  it('changes nothing on a zone', () => {
    const doc = baseline();
    expect(apply(doc, { kind: 'set-prop', node: 'vpc', prop: 'multiAZ' })).toBe(doc);
  });

  it('multiAZ on a server that receives no traffic makes it two instances (its own role)', () => {
    const after = apply(lonely(), { kind: 'set-prop', node: 'ecs9', prop: 'multiAZ' });
    expect(node(after, 'ecs9')).toMatchObject({ quantity: 2, props: { multiAZ: true } });
  });

  it('multiAZ on a server that receives no traffic but has instances enough keeps its quantity', () => {
    const after = apply(lonely(3), { kind: 'set-prop', node: 'ecs9', prop: 'multiAZ' });
    expect(node(after, 'ecs9')).toMatchObject({ quantity: 3, props: { multiAZ: true } });
  });

  it('another prop on a single server adds no instance', () => {
    const after = apply(lonely(), { kind: 'set-prop', node: 'ecs9', prop: 'encryption' });
    expect(node(after, 'ecs9')?.quantity).toBeUndefined();
    expect(node(after, 'ecs9')?.props).toEqual({ encryption: 'kms' });
  });
});

describe('applyFix: set-edge realtime', () => {
  it('changes a backup edge only: on a traffic edge nothing happens', () => {
    const doc = baseline();
    expect(apply(doc, { kind: 'set-edge', edge: 'e6', set: 'realtime' })).toBe(doc);
  });
});

describe('applyFix: move-to-mgmt', () => {
  it('moves a bastion host drawn in the VPC itself, in no security zone, into the management zone', () => {
    const doc = edit(baseline(), (d) => Object.assign(d.node('bastion'), { parent: 'vpc', position: { x: 1100, y: 300 } }));
    expect(node(apply(doc, { kind: 'move-to-mgmt', node: 'bastion' }), 'bastion')?.parent).toBe('mgmt');
  });

  it('changes nothing for a zone', () => {
    const doc = baseline();
    expect(apply(doc, { kind: 'move-to-mgmt', node: 'app' })).toBe(doc);
  });

  it('changes nothing for a node in no VPC', () => {
    const doc = edit(baseline(), (d) => Object.assign(d.node('bastion'), { parent: 'region', position: { x: 1100, y: 40 } }));
    expect(apply(doc, { kind: 'move-to-mgmt', node: 'bastion' })).toBe(doc);
  });
});
