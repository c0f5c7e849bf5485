import { describe, expect, it } from 'vitest';
import { exportDrawio } from '../../../src/core/export/drawio/export-drawio.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { expectGolden, readFixture, type FixtureName } from '../../support/export-fixtures.ts';
import { elements, expectInertXml } from '../../support/xml-safety.ts';

interface Cell {
  id: string;
  parent: string;
  value: string;
  style: string;
  vertex?: string;
  edge?: string;
  source?: string;
  target?: string;
  geometry: Record<string, string>;
}

/** The cells of a .drawio file, as diagrams.net reads them. */
function cellsOf(xml: string): Cell[] {
  const doc = expectInertXml(xml, ['value']);
  const names = [...elements(doc)].map((e) => e.name);
  expect(names.slice(0, 5)).toEqual(['?xml', 'mxfile', 'diagram', 'mxGraphModel', 'root']);
  return [...elements(doc)].filter((e) => e.name === 'mxCell').map((e) => ({
    ...(e.attrs as unknown as Cell),
    geometry: [...elements(e.children)].find((g) => g.name === 'mxGeometry')?.attrs ?? {},
  }));
}

const strip = (id: string) => id.replace(/^c:/, '');

describe('draw.io export', () => {
  for (const name of ['all-fields', 'reference-l3'] as FixtureName[]) {
    it(`matches the golden file (${name})`, () => {
      expectGolden(`${name}.drawio`, exportDrawio(readFixture(name), catalog, { lang: 'zh' }));
    });

    it(`re-parses to the same nodes, parents and edges (${name})`, () => {
      const doc: Diagram = readFixture(name);
      const cells = cellsOf(exportDrawio(doc, catalog, { lang: 'zh' }));
      expect(cells.slice(0, 2).map((c) => [c.id, c.parent])).toEqual([['0', undefined], ['1', '0']]);
      const vertices = cells.filter((c) => c.vertex === '1');
      const edges = cells.filter((c) => c.edge === '1');
      expect(vertices.map((c) => strip(c.id)).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
      for (const node of doc.nodes) {
        const cell = vertices.find((c) => strip(c.id) === node.id)!;
        expect(cell.parent === '1' ? undefined : strip(cell.parent), node.id).toBe(node.parent);
        // Geometry relative to the parent container, exactly as in the file.
        expect([Number(cell.geometry.x), Number(cell.geometry.y)], node.id).toEqual([node.position.x, node.position.y]);
        expect(cell.style.includes('container=1'), node.id).toBe(node.kind === 'zone');
      }
      expect(edges.map((c) => [strip(c.id), strip(c.source!), strip(c.target!)]).sort()).toEqual(doc.edges.map((e) => [e.id, e.source, e.target]).sort());
      // Containers come before what they hold (draw.io needs the parent cell first).
      const order = cells.map((c) => c.id);
      for (const c of vertices) if (c.parent !== '1') expect(order.indexOf(c.parent)).toBeLessThan(order.indexOf(c.id));
    });
  }

  it('keeps labels as plain text with names, protocol:port and the encryption mark', () => {
    const cells = cellsOf(exportDrawio(readFixture('all-fields'), catalog, { lang: 'zh' }));
    const value = (id: string) => cells.find((c) => c.id === `c:${id}`)!.value;
    expect(value('n-rds')).toBe('云数据库 RDS\n订单库');
    expect(value('n-ecs-1')).toBe('云服务器 ECS ×2');
    expect(value('z-vpc')).toBe('生产 VPC\n专有网络 VPC · 10.0.0.0/16');
    // Encryption as a word: the 🔒 emoji is an empty box where no emoji font is installed.
    expect(value('e-3')).toBe('[加密] MySQL:3306');
    expect(value('e-10')).toBe('应用日志');
    expect(value('e-4')).toBe('定时');
    for (const cell of cells.filter((c) => c.style)) expect(cell.style).toContain('html=0');
    const icon = cells.find((c) => c.id === 'c:n-rds')!.style;
    expect(icon).toMatch(/image=data:image\/svg\+xml,[A-Za-z0-9+/=]+;/);
  });

  it('styles connection kinds apart (dash pattern and arrowhead)', () => {
    const cells = cellsOf(exportDrawio(readFixture('reference-l3'), catalog, { lang: 'en' }));
    const style = (id: string) => cells.find((c) => c.id === `c:${id}`)!.style;
    expect(style('e-01')).toContain('endArrow=block;endFill=1');
    expect(style('e-01')).not.toContain('dashed=1');
    expect(style('e-11')).toContain('dashPattern=7 4');
    expect(style('e-17')).toContain('dashPattern=12 4 2 4');
    expect(style('e-15')).toContain('endArrow=oval');
  });
});
