/**
 * draw.io keeps the drawing's geometry: for every template and the reference design, each edge is
 * written with its waypoints and explicit ends, no segment runs through a box that is not one of its
 * ends (or a zone holding them), labels stay off the products, text fits its frame by the drawing's
 * text metrics, and nothing needs an emoji font. Checked on the written XML, read back the way
 * diagrams.net reads it (drawio-model.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutDrawioEdges } from '../../../src/core/export/drawio/drawio-edges.ts';
import { exportDrawio } from '../../../src/core/export/drawio/export-drawio.ts';
import { selectDrawn } from '../../../src/core/export/scene/select.ts';
import { textWidth } from '../../../src/core/export/text/measure.ts';
import { overlaps } from '../../../src/core/export/scene/spatial-grid.ts';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import { segmentCrosses } from '../../../src/core/rules/fixes/boundary-zone.ts';
import { catalog } from '../../support/catalog.ts';
import { expectInertXml } from '../../support/xml-safety.ts';
import { readDrawio, type DrawioModel } from './drawio-model.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DESIGNS: [string, string][] = [
  ...readdirSync(`${ROOT}templates`).filter((f) => f.endsWith('.mlps.json')).sort().map((f): [string, string] => [f, `${ROOT}templates/${f}`]),
  ['basic-l3.mlps.json', `${ROOT}test/fixtures/designs/basic-l3.mlps.json`],
];

function read(path: string): Diagram {
  const result = readDiagramBytes(new Uint8Array(readFileSync(path)), catalog);
  if (!result.ok) throw new Error(`${path} does not read`);
  return result.diagram;
}

/**
 * Each edge segment that runs through a product other than its ends. Zones are frames a line may
 * pass through on its way (a management zone spanning the whole region lies between the data zone
 * and the DR region below it), as it does in the SVG drawing; products are what it must go round.
 */
export function crossings(model: DrawioModel): string[] {
  const vertices = [...model.cells.values()].filter((c) => c.vertex && c.style.container !== '1');
  const out: string[] = [];
  for (const edge of model.cells.values()) {
    if (!edge.edge) continue;
    const exempt = new Set([edge.source!, edge.target!, ...model.holders(edge.source!), ...model.holders(edge.target!)]);
    const line = model.polyline(edge);
    for (let i = 1; i < line.length; i++) {
      for (const v of vertices) if (!exempt.has(v.id) && segmentCrosses(line[i - 1]!, line[i]!, model.box(v.id))) out.push(`${edge.id} × ${v.id}`);
    }
  }
  return out;
}

const EMOJI = /\p{Extended_Pictographic}|\uFE0F/u;

describe.each(DESIGNS)('draw.io geometry of %s', (_name, path) => {
  const doc = read(path);
  const xml = exportDrawio(doc, catalog, { lang: 'zh' });
  const model = readDrawio(xml);
  const edges = [...model.cells.values()].filter((c) => c.edge);
  const products = [...model.cells.values()].filter((c) => c.vertex && c.style.container !== '1');

  it('is inert XML with every edge of the design', () => {
    expectInertXml(xml, ['value']);
    expect(edges.map((e) => e.id).sort()).toEqual(doc.edges.map((e) => `c:${e.id}`).sort());
  });

  it('gives every edge waypoints and fixed ends on its boxes, drawn as written', () => {
    for (const edge of edges) {
      expect(edge.points?.length ?? 0, edge.id).toBeGreaterThan(0);
      expect(edge.style.edgeStyle, edge.id).toBe('none');
      expect([edge.style.exitPerimeter, edge.style.entryPerimeter], edge.id).toEqual(['0', '0']);
      const line = model.polyline(edge);
      // Each end is on its box's border, and the line is orthogonal.
      for (const [p, id] of [[line[0]!, edge.source!], [line[line.length - 1]!, edge.target!]] as const) {
        const r = model.box(id);
        const onBorder = (Math.abs(p.x - r.x) < 0.01 || Math.abs(p.x - r.x - r.width) < 0.01) ? p.y >= r.y && p.y <= r.y + r.height : (Math.abs(p.y - r.y) < 0.01 || Math.abs(p.y - r.y - r.height) < 0.01) && p.x >= r.x && p.x <= r.x + r.width;
        expect(onBorder, `${edge.id} end on ${id}`).toBe(true);
      }
      for (let i = 1; i < line.length; i++) {
        const straight = Math.abs(line[i]!.x - line[i - 1]!.x) < 0.02 || Math.abs(line[i]!.y - line[i - 1]!.y) < 0.02;
        expect(straight, `${edge.id} segment ${i}`).toBe(true);
      }
    }
  });

  it('draws each edge along the route the SVG drawing takes (waypoints relative to the edge\'s parent)', () => {
    const routes = layoutDrawioEdges(doc, selectDrawn(doc), catalog, 'zh');
    expect(routes).toHaveLength(edges.length);
    let nested = 0;
    for (const { edge, points } of routes) {
      const cell = model.cells.get(`c:${edge.id}`)!;
      if (cell.parent !== '1') nested++;
      const line = model.polyline(cell);
      const interior = points.length > 2 ? points : [points[0]!, { x: (points[0]!.x + points[1]!.x) / 2, y: (points[0]!.y + points[1]!.y) / 2 }, points[1]!];
      expect(line.length, edge.id).toBe(interior.length);
      line.forEach((p, i) => {
        expect(p.x, `${edge.id} point ${i}`).toBeCloseTo(interior[i]!.x, 1);
        expect(p.y, `${edge.id} point ${i}`).toBeCloseTo(interior[i]!.y, 1);
      });
    }
    // Edges between products of one zone live in that zone (as diagrams.net puts them).
    if (doc.edges.length > 0) expect(nested).toBeGreaterThan(0);
  });

  it('runs no edge through a product that is not its end', () => {
    expect(crossings(model)).toEqual([]);
  });

  it('keeps edge labels off the products', () => {
    const hits: string[] = [];
    for (const edge of edges) {
      const label = model.labelBox(edge);
      if (!label) continue;
      for (const p of products) if (overlaps(label, model.box(p.id))) hits.push(`${edge.id} on ${p.id}`);
    }
    expect(hits).toEqual([]);
  });

  it('fits every text in its frame', () => {
    for (const cell of model.cells.values()) {
      if (!cell.vertex) continue;
      const s = cell.style;
      const size = Number(s.fontSize);
      const bold = (Number(s.fontStyle ?? 0) & 1) === 1;
      const spacing = Number(s.spacing ?? 2);
      const room = Number(cell.geometry.width) - Number(s.spacingLeft ?? 0) - Number(s.spacingRight ?? 0) - 2 * spacing;
      const tall = Number(cell.geometry.height) - Number(s.spacingTop ?? 0) - Number(s.spacingBottom ?? 0) - 2 * spacing;
      const lines = cell.value.split('\n');
      for (const line of lines) expect(textWidth(line, size, bold), `${cell.id}: ${line}`).toBeLessThanOrEqual(room + 0.01);
      expect(lines.length * size * 1.2, cell.id).toBeLessThanOrEqual(tall + 0.01);
    }
  });

  it('needs no emoji font and prints a label equal to the name once', () => {
    expect(xml).not.toMatch(EMOJI);
    for (const p of products) {
      const lines = p.value.split('\n');
      expect(new Set(lines).size, p.value).toBe(lines.length);
    }
  });
});
