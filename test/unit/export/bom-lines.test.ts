/**
 * The BOM's lines one condition at a time (issue 16): what makes a separate line, what is left out,
 * the order of lines, which zones a line is deployed in, and how each table cell is written.
 */
import { describe, expect, it } from 'vitest';
import { buildBom, type BomLine } from '../../../src/core/bom/bom.ts';
import { bomTable } from '../../../src/core/bom/bom-table.ts';
import { toCsv } from '../../../src/core/bom/csv.ts';
import { bomMarkdown } from '../../../src/core/bom/markdown.ts';
import type { Diagram, DiagramNode } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

const at = { x: 0, y: 0 };
const withNodes = (...nodes: DiagramNode[]): Diagram => ({ ...smallDiagram(), nodes: [...smallDiagram().nodes, ...nodes] });
const summary = (lines: BomLine[]) => lines.map((l) => [l.product, l.edition ?? null, l.spec ?? null, l.quantity]);

describe('BOM lines', () => {
  it('leaves out a product the catalog does not know, and zones', () => {
    const lines = buildBom(withNodes({ id: 'x', kind: 'product', product: 'unknown_thing', position: at }), catalog);
    expect(lines.map((l) => l.product)).toEqual(['slb', 'ecs', 'rds']);
  });

  it('writes no edition on a line of a product without editions, and no spec where none is given', () => {
    const ecs = buildBom(smallDiagram(), catalog).find((l) => l.product === 'ecs')!;
    expect(Object.keys(ecs).sort()).toEqual(['billed', 'controls', 'nodes', 'product', 'quantity', 'zones']);
    const rds = buildBom(smallDiagram(), catalog).find((l) => l.product === 'rds')!;
    expect(rds.edition).toBe('ha');
  });

  it('lists each zone a line is deployed in once, in order of first appearance', () => {
    const lines = buildBom(withNodes(
      { id: 'ecs2', kind: 'product', product: 'ecs', parent: 'data', position: at },
      { id: 'ecs3', kind: 'product', product: 'ecs', parent: 'app', position: at },
      { id: 'ecs4', kind: 'product', product: 'ecs', position: at },
    ), catalog);
    const ecs = lines.find((l) => l.product === 'ecs')!;
    expect(ecs.nodes).toEqual(['ecs', 'ecs2', 'ecs3', 'ecs4']);
    expect(ecs.zones).toEqual(['app', 'data']);
    expect(ecs.quantity).toBe(5);
  });

  it('orders lines of one product by the catalog order of editions, whatever the order drawn', () => {
    const lines = buildBom(withNodes(
      { id: 's1', kind: 'product', product: 'security_center', position: at, props: { edition: 'ultimate' } },
      { id: 's2', kind: 'product', product: 'security_center', position: at, props: { edition: 'free' } },
      { id: 's3', kind: 'product', product: 'security_center', position: at, props: { edition: 'advanced' } },
    ), catalog);
    expect(lines.filter((l) => l.product === 'security_center').map((l) => l.edition)).toEqual(['free', 'advanced', 'ultimate']);
  });

  it('orders lines of one product and edition by spec, in natural order', () => {
    const lines = buildBom(withNodes(
      { id: 'e1', kind: 'product', product: 'ecs', position: at, props: { spec: 'ecs.g7.xlarge' } },
      { id: 'e2', kind: 'product', product: 'ecs', position: at, props: { spec: 'ecs.c7.large' } },
      { id: 'e3', kind: 'product', product: 'ecs', position: at, props: { spec: 'ecs.g10.large' } },
      { id: 'e4', kind: 'product', product: 'ecs', position: at, props: { spec: 'ecs.g9.large' } },
      { id: 'e5', kind: 'product', product: 'ecs', position: at, props: { spec: '2vCPU 4GiB' } },
    ), catalog);
    // No spec first, then by spec ("2vCPU" before "ecs").
    expect(summary(lines.filter((l) => l.product === 'ecs'))).toEqual([
      ['ecs', null, null, 2], ['ecs', null, '2vCPU 4GiB', 1], ['ecs', null, 'ecs.c7.large', 1], ['ecs', null, 'ecs.g7.xlarge', 1], ['ecs', null, 'ecs.g9.large', 1], ['ecs', null, 'ecs.g10.large', 1],
    ]);
  });

  it('lists the rules a product helps satisfy in id order, whatever the catalog order', () => {
    const ecs = catalog.product('ecs')!;
    const shuffled = { ...catalog, product: (id: string) => (id === 'ecs' ? { ...ecs, satisfies: ['CES-06', 'ABS-01', 'CES-01'] } : catalog.product(id)) } as typeof catalog;
    expect(buildBom(smallDiagram(), shuffled).find((l) => l.product === 'ecs')!.controls).toEqual(['ABS-01', 'CES-01', 'CES-06']);
  });

  it('trims a spec and counts one of spaces as none', () => {
    const lines = buildBom(withNodes(
      { id: 'e1', kind: 'product', product: 'ecs', position: at, props: { spec: '  ecs.c7.large ' } },
      { id: 'e2', kind: 'product', product: 'ecs', position: at, props: { spec: '   ' } },
      { id: 'e3', kind: 'product', product: 'ecs', position: at, props: {} },
    ), catalog);
    expect(summary(lines.filter((l) => l.product === 'ecs'))).toEqual([['ecs', null, null, 4], ['ecs', null, 'ecs.c7.large', 1]]);
  });
});

describe('BOM table cells', () => {
  it('escapes a zone name in Markdown and keeps numbers as numbers in CSV', () => {
    const doc = smallDiagram();
    (doc.nodes.find((n) => n.id === 'data') as { label?: string }).label = 'A|B *x*';
    expect(bomMarkdown(doc, catalog, 'en')).toContain('A\\|B \\*x\\*');
    expect(toCsv({ header: ['n'], rows: [[-5], [0]] })).toBe('\uFEFFn\r\n-5\r\n0\r\n');
  });

  it('writes edition and spec joined by " / ", and leaves out a spec that prints as nothing', () => {
    const doc = withNodes(
      { id: 'a', kind: 'product', product: 'slb', position: at, props: { spec: 'slb.s2.small' } },
      { id: 'b', kind: 'product', product: 'slb', position: at, props: { edition: 'clb', spec: '\u200b' } },
    );
    const cells = bomTable(doc, catalog, 'zh').rows.filter((r) => r[1] === '负载均衡').map((r) => r[2]);
    expect(cells).toEqual(['应用型负载均衡 ALB', '应用型负载均衡 ALB / slb.s2.small', '传统型负载均衡 CLB']);
  });

  it('writes the deployment zones by name, and nothing for a product outside any zone', () => {
    const table = bomTable(withNodes({ id: 'k', kind: 'product', product: 'kms', position: at }), catalog, 'en');
    const kms = table.rows.find((r) => r[1] === 'Key Management Service')!;
    expect(kms[6]).toBe('');
    expect(table.rows.find((r) => r[1] === 'ApsaraDB RDS')![6]).toBe('Data zone');
  });

  it('numbers the rows from 1, gives the unit, and marks only unbilled products free', () => {
    const table = bomTable(withNodes({ id: 'sg', kind: 'product', product: 'security_group', parent: 'app', position: at }), catalog, 'en');
    expect(table.rows.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(table.rows.map((r) => r[7])).toEqual(['Free of charge', '', '', '']);
    expect(table.rows.every((r) => typeof r[4] === 'string' && r[4] !== '')).toBe(true);
  });

  it('writes a line of a product the catalog no longer knows by its id, with no unit', () => {
    const line: BomLine = { product: 'gone', quantity: 1, billed: true, controls: [], nodes: [], zones: ['removed', 'data'] };
    // A zone the diagram no longer has is left out of the location.
    expect(bomTable(smallDiagram(), catalog, 'en', [line]).rows).toEqual([[1, 'gone', '', 1, '', '', 'Data zone', '']]);
  });
});
