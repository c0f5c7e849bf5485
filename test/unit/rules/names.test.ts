/** names.ts: how findings name nodes, edges, lists, protocols, levels and platforms. */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramEdge } from '../../../src/core/model/types.ts';
import { buildContext, type RuleContext } from '../../../src/core/rules/context.ts';
import { edgeName, inIdOrder, levelName, nameList, nodeName, platformName, protocolName } from '../../../src/core/rules/names.ts';
import { baseline, catalog, edit, product } from './support.ts';

const contextOf = (doc: Diagram): RuleContext => buildContext(doc, catalog, doc.meta.level);
const edgeOf = (ctx: RuleContext, id: string): DiagramEdge => ctx.doc.edges.find((e) => e.id === id)!;

describe('nodeName', () => {
  it('names a node by its label, else by its catalog name, given the node or its id', () => {
    const doc = edit(baseline(), (d) => void (d.node('ecs').label = '订单服务'));
    const ctx = contextOf(doc);
    expect(nodeName(ctx, 'ecs')).toEqual({ zh: '订单服务', en: '订单服务' });
    expect(nodeName(ctx, 'slb')).toEqual({ zh: '负载均衡', en: 'Server Load Balancer' });
    expect(nodeName(ctx, ctx.index.node('slb')!)).toEqual({ zh: '负载均衡', en: 'Server Load Balancer' });
  });

  it('an id that names no node is shown as it is', () => {
    expect(nodeName(contextOf(baseline()), 'gone')).toEqual({ zh: 'gone', en: 'gone' });
  });
});

describe('edgeName', () => {
  it('"source → target", with the edge label in front when it has one (blank labels are none)', () => {
    const doc = edit(baseline(), (d) => {
      d.edge('e1').label = '  用户访问 ';
      d.edge('e2').label = '   ';
    });
    const ctx = contextOf(doc);
    expect(edgeName(ctx, edgeOf(ctx, 'e1'))).toEqual({ zh: '用户访问（互联网用户 → DDoS原生防护）', en: '用户访问 (Internet users → Anti-DDoS Origin)' });
    expect(edgeName(ctx, edgeOf(ctx, 'e5'))).toEqual({ zh: '负载均衡 → 云服务器 ECS', en: 'Server Load Balancer → Elastic Compute Service' });
    expect(edgeName(ctx, edgeOf(ctx, 'e2')).en).toBe('Anti-DDoS Origin → Web Application Firewall');
  });

  it('uses the end nodes the caller passes', () => {
    const ctx = contextOf(baseline());
    const ends = { source: ctx.index.node('slb')!, target: ctx.index.node('ecs')! };
    expect(edgeName(ctx, edgeOf(ctx, 'e5'), ends).en).toBe('Server Load Balancer → Elastic Compute Service');
  });

  it('a name kept from an earlier check is given again only while both end nodes and the catalog are unchanged', () => {
    const first = baseline();
    const ctx1 = contextOf(first);
    const edge = edgeOf(ctx1, 'e5');
    expect(edgeName(ctx1, edge).en).toBe('Server Load Balancer → Elastic Compute Service');
    // The next document shares the edge object but has a new target node (relabelled), then a new source.
    const relabel = (id: string, label: string): Diagram => ({ ...first, nodes: first.nodes.map((n) => (n.id === id ? { ...n, label } : n)) });
    const target = relabel('ecs', 'App');
    expect(edgeName(contextOf(target), edge).en).toBe('Server Load Balancer → App');
    const source = { ...target, nodes: target.nodes.map((n) => (n.id === 'slb' ? { ...n, label: 'LB' } : n)) };
    expect(edgeName(contextOf(source), edge).en).toBe('LB → App');
    // Unchanged ends: the kept name, in a later check too.
    expect(edgeName(contextOf(source), edge).en).toBe('LB → App');
    expect(edgeName(contextOf(source), edge)).toBe(edgeName(contextOf(source), edge));
  });

  it('another catalog names the edge afresh', () => {
    const doc = baseline();
    const ctx = contextOf(doc);
    const edge = edgeOf(ctx, 'e5');
    expect(edgeName(ctx, edge).en).toBe('Server Load Balancer → Elastic Compute Service');
    const renamed = { ...catalog, product: (id: string) => (id === 'slb' ? { ...catalog.product('slb')!, name: { zh: '负载均衡 CLB', en: 'CLB' } } : catalog.product(id)) };
    expect(edgeName(buildContext(doc, renamed, 3), edge).en).toBe('CLB → Elastic Compute Service');
  });

  it('within one check, the name first given is kept for the edge', () => {
    const ctx = contextOf(baseline());
    const edge = edgeOf(ctx, 'e5');
    const name = edgeName(ctx, edge);
    expect(edgeName(ctx, edge, { source: ctx.index.node('users')!, target: ctx.index.node('rds')! })).toBe(name);
  });
});

describe('nameList', () => {
  const many = (n: number) => edit(baseline(), (d) => {
    for (let i = 1; i <= n; i++) d.add({ ...product(`s${i}`, 'ecs', 'app', 0, 0), label: `S${i}` });
  });
  const servers = (ctx: RuleContext, n: number) => Array.from({ length: n }, (_, i) => ctx.index.node(`s${i + 1}`)!);

  it('joins up to five names the way each language lists them', () => {
    const ctx = contextOf(many(5));
    expect(nameList(ctx, servers(ctx, 5))).toEqual({ zh: 'S1、S2、S3、S4、S5', en: 'S1, S2, S3, S4, S5' });
    expect(nameList(ctx, servers(ctx, 1))).toEqual({ zh: 'S1', en: 'S1' });
    expect(nameList(ctx, [])).toEqual({ zh: '', en: '' });
  });

  it('from six on, shows five and says how many more', () => {
    const ctx = contextOf(many(7));
    expect(nameList(ctx, servers(ctx, 6))).toEqual({ key: 'rules.listMore', params: { list: { zh: 'S1、S2、S3、S4、S5', en: 'S1, S2, S3, S4, S5' }, count: 1 } });
    expect(nameList(ctx, servers(ctx, 7))).toMatchObject({ params: { count: 2 } });
  });
});

describe('inIdOrder', () => {
  it('returns a new array in natural id order (n2 before n10), leaving the given one as it was', () => {
    const ctx = contextOf(baseline());
    const nodes = ['n10', 'n2', 'a', 'n1', 'n2x'].map((id) => product(id, 'ecs', 'app', 0, 0));
    const sorted = inIdOrder(ctx, nodes);
    expect(sorted.map((n) => n.id)).toEqual(['a', 'n1', 'n2', 'n2x', 'n10']);
    expect(nodes.map((n) => n.id)).toEqual(['n10', 'n2', 'a', 'n1', 'n2x']);
    expect(inIdOrder(ctx, [...sorted].reverse()).map((n) => n.id)).toEqual(['a', 'n1', 'n2', 'n2x', 'n10']);
  });
});

describe('protocol, level and platform names', () => {
  it('an edge protocol as it is, "no protocol given" when it has none', () => {
    expect(protocolName({ id: 'e', source: 'a', target: 'b', kind: 'traffic', protocol: 'SSH' })).toBe('SSH');
    expect(protocolName({ id: 'e', source: 'a', target: 'b', kind: 'traffic' })).toEqual({ zh: '未标注协议', en: 'no protocol given' });
  });

  it('levels and platforms by message key', () => {
    expect(levelName(3)).toEqual({ key: 'rules.level.3' });
    expect(platformName('alibaba-finance')).toEqual({ key: 'rules.platform.alibaba-finance' });
  });
});
