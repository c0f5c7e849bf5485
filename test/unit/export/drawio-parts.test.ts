/**
 * The parts of the draw.io writer one condition at a time (issue 16): where a label sits along a
 * line, how a product's text is fitted into its card, which cell holds what in an exported
 * selection, and what a product the catalog does not know looks like. Each test states what a user
 * opening the file in diagrams.net would see.
 */
import { describe, expect, it } from 'vitest';
import { edgeLabelGeometry, pointAlong, polylineLength } from '../../../src/core/export/drawio/drawio-geometry.ts';
import { productText, productWords } from '../../../src/core/export/drawio/drawio-product-text.ts';
import { exportDrawio } from '../../../src/core/export/drawio/export-drawio.ts';
import { MUTED } from '../../../src/core/export/scene/style.ts';
import { textWidth } from '../../../src/core/export/text/measure.ts';
import type { Diagram, ProductNode } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';
import { readDrawio } from './drawio-model.ts';

/** The text frame of a 160 × 60 card as the style sets it: 160 − 42 left − 5 right − 2 × 2 spacing wide, 60 − 2 × 2 high. */
const ROOM = 109;
const TALL = 56;

const product = (fields: Partial<ProductNode> & { product: string }): ProductNode => ({ id: 'p', kind: 'product', position: { x: 0, y: 0 }, ...fields });

/** Every line fits the frame's width, and all lines its height, at the type size chosen. */
function expectFits(text: { lines: string[]; fontSize: number }): void {
  for (const line of text.lines) expect(textWidth(line, text.fontSize), line).toBeLessThanOrEqual(ROOM);
  expect(text.lines.length * text.fontSize * 1.2).toBeLessThanOrEqual(TALL);
}

describe('draw.io label positions along a line', () => {
  const ell = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }];

  it('measures a polyline and walks along it, stopping at its end', () => {
    expect(polylineLength(ell)).toBe(200);
    expect(pointAlong(ell, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(ell, 150)).toEqual({ x: 100, y: 50 });
    // Past the end: the last point, not a point beyond it.
    expect(pointAlong(ell, 250)).toEqual({ x: 100, y: 100 });
  });

  it('walks over a zero-length stretch without dividing by its length', () => {
    expect(pointAlong([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 10, y: 0 }], 0)).toEqual({ x: 0, y: 0 });
  });

  it('places a label by the nearest point of the line and the offset from there', () => {
    // Beside the second stretch: halfway through it is 3/4 of the line, i.e. x = 0.5.
    expect(edgeLabelGeometry(ell, { x: 110, y: 50 })).toEqual({ x: 0.5, offset: { x: 10, y: 0 } });
    expect(edgeLabelGeometry(ell, { x: 30, y: -8 })).toEqual({ x: -0.7, offset: { x: 0, y: -8 } });
    // Before the start and past the end: clamped to the ends (x = -1 and x = 1).
    expect(edgeLabelGeometry(ell, { x: -20, y: 0 })).toEqual({ x: -1, offset: { x: -20, y: 0 } });
    expect(edgeLabelGeometry(ell, { x: 130, y: 130 })).toEqual({ x: 1, offset: { x: 30, y: 30 } });
  });

  it('keeps the first of two equally near stretches', () => {
    // (50, 50) is 50 away from both stretches; the label hangs off the first one.
    expect(edgeLabelGeometry(ell, { x: 50, y: 50 })).toEqual({ x: -0.5, offset: { x: 0, y: 50 } });
  });

  it('measures the offset from the start of a line of no length', () => {
    expect(edgeLabelGeometry([{ x: 5, y: 5 }, { x: 5, y: 5 }], { x: 8, y: 9 })).toEqual({ x: 0, offset: { x: 3, y: 4 } });
  });
});

describe('draw.io product text', () => {
  it('names a product the catalog does not know by its id', () => {
    expect(productWords(product({ product: 'unknown_thing' }), catalog, 'zh')).toEqual({ name: 'unknown_thing', second: '' });
  });

  it('prints the default edition under the name when there is no label', () => {
    expect(productWords(product({ product: 'rds' }), catalog, 'zh')).toEqual({ name: '云数据库 RDS', second: '高可用系列' });
  });

  it('prints a label equal to the name once, with the edition under it', () => {
    expect(productWords(product({ product: 'rds', label: '云数据库 RDS' }), catalog, 'zh')).toEqual({ name: '云数据库 RDS', second: '高可用系列' });
  });

  it('prints a label that starts with the name instead of the name, quantity kept', () => {
    expect(productWords(product({ product: 'security_center', label: '云安全中心 防病毒版', quantity: 2 }), catalog, 'zh')).toEqual({ name: '云安全中心 防病毒版 ×2', second: '' });
  });

  it('prints a label that only ends with the name under the name', () => {
    expect(productWords(product({ product: 'ecs', label: '前台 云服务器 ECS' }), catalog, 'zh')).toEqual({ name: '云服务器 ECS', second: '前台 云服务器 ECS' });
  });

  it('trims the label, and takes a label of spaces for none', () => {
    expect(productWords(product({ product: 'ecs', label: '  订单服务  ' }), catalog, 'zh')).toEqual({ name: '云服务器 ECS', second: '订单服务' });
    expect(productWords(product({ product: 'rds', label: '   ' }), catalog, 'zh')).toEqual({ name: '云数据库 RDS', second: '高可用系列' });
  });

  it('prints an edition whose name is the product name once', () => {
    // An edition id the catalog does not list is printed as is; here it repeats the name.
    expect(productWords(product({ product: 'rds', props: { edition: '云数据库 RDS' } }), catalog, 'zh')).toEqual({ name: '云数据库 RDS', second: '' });
  });

  it('keeps a short name and label at 12 on two lines', () => {
    expect(productText(product({ product: 'rds', label: '订单库' }), catalog, 'zh')).toEqual({ lines: ['云数据库 RDS', '订单库'], fontSize: 12 });
  });

  it('wraps a label just wider than the frame instead of letting it run over', () => {
    // Nine ideographs and a full stop: 111.3 wide at 12, a little more than the 109 the frame holds.
    const label = '一二三四五六七八九.';
    expect(textWidth(label, 12)).toBeGreaterThan(ROOM);
    const text = productText(product({ product: 'ecs', label }), catalog, 'zh');
    expectFits(text);
    expect(text).toEqual({ lines: ['云服务器 ECS', '一二三四五六七八九', '.'], fontSize: 12 });
  });

  it('takes a smaller size when the lines at 12 are more than the frame is high', () => {
    // Twenty ideographs need three lines below the name: four lines are 57.6 high at 12, 55.2 at 11.5.
    const label = '一二三四五六七八九十一二三四五六七八九十';
    const text = productText(product({ product: 'ecs', label }), catalog, 'zh');
    expectFits(text);
    expect(text).toEqual({ lines: ['云服务器 ECS', '一二三四五六七八九', '十一二三四五六七八', '九十'], fontSize: 11.5 });
  });

  it('takes a smaller size rather than cut a long name short', () => {
    // A label starting with the name replaces it: 4 lines at 12 would be needed, only 3 fit, so
    // at 12 the text would end in "…"; a smaller size shows all of it.
    const label = `云服务器 ECS ${'一二三四五六七八九十'.repeat(3)}`;
    const text = productText(product({ product: 'ecs', label }), catalog, 'zh');
    expectFits(text);
    expect(text.fontSize).toBeLessThan(12);
    expect(text.lines.some((line) => line.includes('…'))).toBe(false);
    expect(text.lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
  });

  it('at the smallest size, cuts a name too long for the card with "…" on its last line', () => {
    const label = `云服务器 ECS ${'一二三四五六七八九十'.repeat(10)}`;
    const text = productText(product({ product: 'ecs', label }), catalog, 'zh');
    expectFits(text);
    expect(text.fontSize).toBe(9);
    expect(text.lines).toHaveLength(5);
    expect(text.lines.slice(0, 4).some((line) => line.endsWith('…'))).toBe(false);
    expect(text.lines[4]!.endsWith('…')).toBe(true);
  });

  it('at the smallest size, keeps a line for the second text below a name too long for the card', () => {
    const text = productText(product({ product: 'p'.repeat(400), label: '订单库' }), catalog, 'zh');
    expectFits(text);
    expect(text.fontSize).toBe(9);
    expect(text.lines).toHaveLength(5);
    expect(text.lines[3]!.endsWith('…')).toBe(true);
    expect(text.lines[4]).toBe('订单库');
  });

  it('at the smallest size, gives a too-long second text the lines left below the name', () => {
    const second = '一二三四五六七八九十'.repeat(10);
    const text = productText(product({ product: 'rds', label: second }), catalog, 'zh');
    expectFits(text);
    expect(text.fontSize).toBe(9);
    expect(text.lines).toHaveLength(5);
    expect(text.lines[0]).toBe('云数据库 RDS');
    expect(text.lines[4]!.endsWith('…')).toBe(true);
  });
});

describe('draw.io export of a selection and of odd designs', () => {
  it('puts a selected product whose zone is not selected on the layer, at its absolute position', () => {
    const doc = smallDiagram();
    const model = readDrawio(exportDrawio(doc, catalog, { lang: 'zh', selection: ['slb', 'ecs'] }));
    expect([...model.cells.keys()]).toEqual(['0', '1', 'c:slb', 'c:ecs', 'c:e2']);
    const slb = model.cells.get('c:slb')!;
    expect(slb.parent).toBe('1');
    // slb sits at (40, 60) in dmz, at (20, 40) in vpc, at (20, 40) in region, at (300, 0).
    expect([slb.geometry.x, slb.geometry.y]).toEqual(['380', '140']);
    const edge = model.cells.get('c:e2')!;
    expect(edge.parent).toBe('1');
    const line = model.polyline(edge);
    // The line leaves slb's box and enters ecs's box (both at absolute positions).
    expect(line[0]!.x).toBeCloseTo(380 + 160, 5);
    expect(line[line.length - 1]!.x).toBeCloseTo(720, 5);
  });

  it('exports a zone too narrow for a header, its name kept in the cell', () => {
    const doc: Diagram = {
      ...smallDiagram(),
      nodes: [
        { id: 'thin', kind: 'zone', zone: 'app', position: { x: 0, y: 0 }, size: { width: 40, height: 200 } },
        { id: 'a', kind: 'product', product: 'ecs', position: { x: 100, y: 0 } },
        { id: 'b', kind: 'product', product: 'rds', position: { x: 400, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b', kind: 'traffic', protocol: 'MySQL', port: 3306 }],
    };
    const model = readDrawio(exportDrawio(doc, catalog, { lang: 'zh' }));
    expect(model.cells.get('c:thin')!.value).toBe('应用区 / 业务区');
    expect(model.cells.get('c:e')!.value).toBe('MySQL:3306');
  });

  it('draws a product the catalog does not know as a plain grey card named by its id', () => {
    const doc: Diagram = { ...smallDiagram(), nodes: [{ id: 'x', kind: 'product', product: 'unknown_thing', position: { x: 0, y: 0 } }], edges: [] };
    const cell = readDrawio(exportDrawio(doc, catalog, { lang: 'zh' })).cells.get('c:x')!;
    expect(cell.value).toBe('unknown_thing');
    expect(cell.style.strokeColor).toBe(MUTED);
    expect(cell.style.image).toBeUndefined();
  });
});
