import { describe, expect, it } from 'vitest';
import { bomJson } from '../../../src/core/bom/bom-json.ts';
import { buildBom } from '../../../src/core/bom/bom.ts';
import { bomTable } from '../../../src/core/bom/bom-table.ts';
import { toCsv } from '../../../src/core/bom/csv.ts';
import { bomMarkdown, escapeMarkdown } from '../../../src/core/bom/markdown.ts';
import { neutralise } from '../../../src/core/bom/spreadsheet-safe.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';
import { expectGolden, readFixture, type FixtureName } from '../../support/export-fixtures.ts';

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('bill of materials', () => {
  for (const name of ['all-fields', 'reference-l3'] as FixtureName[]) {
    it(`matches the golden CSV, Markdown and JSON (${name})`, () => {
      const doc = readFixture(name);
      expectGolden(`${name}.bom.csv`, toCsv(bomTable(doc, catalog, 'zh')));
      expectGolden(`${name}.bom.md`, bomMarkdown(doc, catalog, 'zh'));
      expectGolden(`${name}.bom.json`, bomJson(doc, catalog, 'zh'));
    });
  }

  it('matches the golden English CSV', () => {
    expectGolden('reference-l3.bom.en.csv', toCsv(bomTable(readFixture('reference-l3'), catalog, 'en')));
  });

  it('sums quantities per product, edition and spec, and leaves external actors out', () => {
    const doc: Diagram = smallDiagram();
    doc.nodes.push(
      { id: 'ecs2', kind: 'product', product: 'ecs', parent: 'app', position: { x: 0, y: 0 }, quantity: 3 },
      { id: 'ecs3', kind: 'product', product: 'ecs', parent: 'data', position: { x: 0, y: 0 }, props: { spec: 'ecs.g7.large' } },
      { id: 'ecs4', kind: 'product', product: 'ecs', parent: 'app', position: { x: 0, y: 0 }, props: { spec: '  ' } },
      { id: 'sas1', kind: 'product', product: 'security_center', position: { x: 0, y: 0 } },
      { id: 'sas2', kind: 'product', product: 'security_center', position: { x: 0, y: 0 }, props: { edition: 'enterprise' } },
      { id: 'sas3', kind: 'product', product: 'security_center', position: { x: 0, y: 0 }, props: { edition: 'advanced' } },
      { id: 'sg', kind: 'product', product: 'security_group', parent: 'app', position: { x: 0, y: 0 } },
      { id: 'admin', kind: 'product', product: 'admin_terminal', position: { x: 0, y: 0 } },
    );
    const lines = buildBom(doc, catalog);
    expect(lines.map((l) => [l.product, l.edition ?? null, l.spec ?? null, l.quantity])).toEqual([
      ['security_group', null, null, 1],
      ['slb', 'alb', null, 1],
      ['ecs', null, null, 6],
      ['ecs', null, 'ecs.g7.large', 1],
      ['rds', 'ha', null, 1],
      ['security_center', 'advanced', null, 1],
      ['security_center', 'enterprise', null, 2],
    ]);
    expect(lines.find((l) => l.spec === undefined && l.product === 'ecs')!.nodes).toEqual(['ecs', 'ecs2', 'ecs4']);
    const table = bomTable(doc, catalog, 'zh');
    expect(table.header).toEqual(['序号', '产品', '版本/规格', '数量', '单位', '用途', '部署位置', '备注']);
    expect(table.rows[0]).toEqual([1, '安全组', '', 1, '个', expect.stringContaining('8.1.3.1 a) 边界防护'), '应用区 / 业务区', '免费']);
    expect(table.rows[3]![6]).toBe('数据区');
  });

  it('prints the control points of the level checked', () => {
    const doc = smallDiagram();
    const at = (level: 2 | 3 | 4) => bomTable({ ...doc, meta: { ...doc.meta, level } }, catalog, 'zh').rows.find((r) => r[1] === '负载均衡')![5];
    expect(at(2)).toBe('7.1.3.1 a) 边界防护');
    expect(at(4)).toBe('9.1.3.1 a) 边界防护');
  });

  it('writes JSON exactly as cli.md shows it', () => {
    const parsed = JSON.parse(bomJson(readFixture('all-fields'), catalog, 'en')) as { lines: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['lines']);
    for (const line of parsed.lines) expect(Object.keys(line)).toEqual(['product', 'name', 'edition', 'spec', 'quantity', 'controls']);
    expect(parsed.lines[0]).toEqual({ product: 'slb', name: 'Server Load Balancer', edition: 'alb', spec: null, quantity: 1, controls: ['ABS-01'] });
  });

  it('writes CSV for Excel: BOM, CRLF, RFC 4180 quoting, neutralised formulas', () => {
    const csv = toCsv({ header: ['a', 'b'], rows: [[1, 'x,y'], [2, 'say "hi"\nthere'], [3, '=1+2'], [4, '-5'], [5, '@A1'], [6, '\tx'], [7, '\rx'], [8, '+1']] });
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows.map((r) => r[1])).toEqual(['b', 'x,y', 'say "hi"\nthere', "'=1+2", "'-5", "'@A1", "'\tx", "'\rx", "'+1"]);
    expect(csv).toContain('"say ""hi""\nthere"');
    expect(neutralise('safe = text')).toBe('safe = text');
  });

  it('escapes Markdown and HTML in cells', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> | *a* _b_ [c](d) `e` \\ & #')).toBe('&lt;img src=x onerror=alert(1)&gt; \\| \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\\\ &amp; \\#');
    const empty = { ...smallDiagram(), nodes: [], edges: [] };
    expect(bomMarkdown(empty, catalog, 'en')).toContain('The diagram has no products to buy.');
  });
});
