/**
 * Screen readers name each product, zone and connection on the canvas in the UI language, not by
 * running their text together ("云服务器 ECS6") or as React Flow's "Edge from a-1 to b-1".
 */
import { describe, expect, it } from 'vitest';
import { updateNodes } from '../../src/core/edit/nodes.ts';
import { indexOf } from '../../src/core/index/diagram-index.ts';
import { createAccessibleNamer } from '../../src/ui/canvas/accessible-names.ts';
import { syncFlowEdges, syncFlowNodes } from '../../src/ui/canvas/flow-elements.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { smallDiagram } from '../support/documents.ts';

const catalog = bundledCatalog();
const none = { nodes: new Set<string>(), edges: new Set<string>() };

describe('accessible names', () => {
  const doc = smallDiagram();
  const index = indexOf(doc);
  const zh = createAccessibleNamer(catalog, 'zh');
  const en = createAccessibleNamer(catalog, 'en');
  const ecs = index.node('ecs')!;
  const appZone = index.node('app')!;
  const e1 = index.edge('e1')!;
  const zhApp = catalog.zone('app').name.zh;
  const name = (product: string, lang: 'zh' | 'en') => catalog.product(product)!.name[lang];

  it('name a product by what it is, its zone and its open findings', () => {
    expect(zh.node(ecs, index, { error: 3, warning: 0 })).toBe(`云服务器 ECS，${zhApp}，3 个错误`);
    expect(en.node(ecs, index, { error: 3, warning: 0 })).toBe(`${catalog.product('ecs')!.name.en}, ${catalog.zone('app').name.en}, 3 errors`);
    expect(en.node(ecs, index, { error: 1, warning: 1 })).toMatch(/, 1 error, 1 warning$/);
    expect(zh.node(ecs, index, undefined)).toBe(`云服务器 ECS，${zhApp}`);
  });

  it('name a zone by kind and label, with how many things are in it', () => {
    const after = indexOf(updateNodes(doc, ['app'], { label: 'app-1' }));
    expect(zh.node(after.node('app')!, after, undefined)).toBe(`${zhApp} app-1，1 项`);
    expect(en.node(appZone, index, { error: 0, warning: 2 })).toBe(`${catalog.zone('app').name.en}, 1 item, 2 warnings`);
  });

  it('name a connection by its ends, kind, protocol and findings', () => {
    expect(zh.edge(e1, index, { error: 1, warning: 0 }, true)).toBe(`${name('internet_user', 'zh')} → ${name('slb', 'zh')}，业务流量，HTTPS:443，加密，1 个错误`);
    expect(en.edge(e1, index, undefined, false)).toBe(
      `${catalog.product('internet_user')!.name.en} → ${catalog.product('slb')!.name.en}, Traffic, HTTPS:443`,
    );
  });

  it('follow a renamed zone on the products in it, and the language', () => {
    const first = syncFlowNodes([], doc, none, new Map(), zh);
    const next = syncFlowNodes(first, updateNodes(doc, ['app'], { label: '核心业务' }), none, new Map(), zh);
    expect(next.find((n) => n.id === 'ecs')!.ariaLabel).toBe(`云服务器 ECS，${zhApp} 核心业务`);
    expect(next.find((n) => n.id === 'ecs')!.domAttributes).toEqual({ 'aria-roledescription': '产品' });
    const english = syncFlowEdges([], doc, none, new Map(), en);
    expect(english[0]!.domAttributes).toEqual({ 'aria-roledescription': 'connection' });
    expect(english[0]!.ariaLabel).not.toMatch(/[，→]{2}|Edge from/);
  });
});
