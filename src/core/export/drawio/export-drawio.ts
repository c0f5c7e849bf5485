/**
 * The diagram as a diagrams.net (draw.io) file that keeps its structure, so a user can go on there:
 * zones are containers holding their children (positions stay relative to the parent, as in our
 * file), products carry their catalog icon and name plus the user's label, and connections are
 * edges attached to their two cells, labelled with protocol:port. Connections keep the SVG drawing's
 * geometry: the same routes as waypoints, leaving and entering the boxes where ours do, and labels
 * where ours are, off the boxes. Uncompressed XML, which draw.io
 * opens as is. Cell ids are the document's ids prefixed with "c:" (draw.io's own root cells are 0 and 1).
 */
import type { Catalog } from '../../catalog/types.ts';
import { absolutePositions, nodeSize } from '../../geometry/geometry.ts';
import { indexOf } from '../../index/diagram-index.ts';
import type { Lang } from '../../model/localized.ts';
import type { Diagram, DiagramNode, Position, ZoneNode } from '../../model/types.ts';
import { zoneFacts, zoneTitle } from '../names.ts';
import { selectDrawn } from '../scene/select.ts';
import { fmt } from '../scene/shapes.ts';
import { drawable } from '../text/clean-text.ts';
import { escapeXmlAttr } from '../text/xml-escape.ts';
import { layoutDrawioEdges } from './drawio-edges.ts';
import { edgeLabelGeometry } from './drawio-geometry.ts';
import { productText } from './drawio-product-text.ts';
import { edgeStyle, productStyle, zoneStyle } from './drawio-styles.ts';

function nodeRectAt(at: Position, node: DiagramNode) {
  return { ...at, ...nodeSize(node) };
}

export interface DrawioOptions {
  lang: Lang;
  selection?: readonly string[];
}

export const cellId = (id: string): string => `c:${id}`;

function zoneValue(node: ZoneNode, catalog: Catalog, lang: Lang): string {
  return [drawable(zoneTitle(node, catalog, lang)), drawable(zoneFacts(node, catalog, lang).join(' · '))].filter((s) => s !== '').join('\n');
}

const num = (value: number) => fmt(value);
const ratio = (value: number) => String(Math.round(value * 10000) / 10000);

export function exportDrawio(doc: Diagram, catalog: Catalog, options: DrawioOptions): string {
  const { lang } = options;
  const index = indexOf(doc);
  const drawn = selectDrawn(doc, options.selection);
  const absolute = absolutePositions(doc);
  // The cell holding each drawn node: its zone when that is drawn too, else the layer ("1").
  const holder = (id: string): string | undefined => {
    // Stryker disable next-line OptionalChaining: only drawn nodes are asked about, and the index has every one
    const parent = index.node(id)?.parent;
    return parent !== undefined && drawn.has(parent) ? parent : undefined;
  };
  const origin = (id: string | undefined) => (id === undefined ? { x: 0, y: 0 } : absolute.get(id)!);

  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  for (const node of drawn.nodes) {
    const parent = holder(node.id);
    // Geometry relative to the containing cell: the file's own position inside a drawn zone, else absolute.
    const at = parent !== undefined ? node.position : absolute.get(node.id)!;
    const size = nodeSize(node);
    let value: string;
    let style: string;
    if (node.kind === 'zone') {
      value = zoneValue(node, catalog, lang);
      style = zoneStyle(node.zone, catalog);
    } else {
      const text = productText(node, catalog, lang);
      value = text.lines.join('\n');
      style = productStyle(node.product, catalog, text.fontSize);
    }
    cells.push(
      `<mxCell id="${escapeXmlAttr(cellId(node.id))}" value="${escapeXmlAttr(value)}" style="${escapeXmlAttr(style)}" vertex="1" parent="${parent !== undefined ? escapeXmlAttr(cellId(parent)) : '1'}">` +
        `<mxGeometry x="${num(at.x)}" y="${num(at.y)}" width="${num(size.width)}" height="${num(size.height)}" as="geometry"/></mxCell>`,
    );
  }

  const chain = (id: string): string[] => {
    const out: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = holder(at)) out.push(at);
    return out;
  };
  for (const { edge, points, rows, label } of layoutDrawioEdges(doc, drawn, catalog, lang)) {
    // Like diagrams.net itself, an edge lives in the nearest cell holding both its ends; its
    // waypoints and label offset are then relative to that cell.
    const sourceChain = chain(edge.source);
    const parent = chain(edge.target).find((id) => sourceChain.includes(id));
    const base = origin(parent);
    const source = nodeRectAt(absolute.get(edge.source)!, index.node(edge.source)!);
    const target = nodeRectAt(absolute.get(edge.target)!, index.node(edge.target)!);
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const style = edgeStyle(edge.kind, {
      exitX: (first.x - source.x) / source.width, exitY: (first.y - source.y) / source.height,
      entryX: (last.x - target.x) / target.width, entryY: (last.y - target.y) / target.height,
    });
    // A straight line still gets its midpoint, so the route stays pinned if the user changes the edge style.
    const inner = points.length > 2 ? points.slice(1, -1) : [{ x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 }];
    const waypoints = inner.map((p) => `<mxPoint x="${num(p.x - base.x)}" y="${num(p.y - base.y)}"/>`).join('');
    const place = label ? edgeLabelGeometry(points, { x: label.x + label.width / 2, y: label.y + label.height / 2 }) : { x: 0, offset: { x: 0, y: 0 } };
    cells.push(
      `<mxCell id="${escapeXmlAttr(cellId(edge.id))}" value="${escapeXmlAttr(rows.join('\n'))}" style="${escapeXmlAttr(style)}" edge="1" parent="${parent !== undefined ? escapeXmlAttr(cellId(parent)) : '1'}" source="${escapeXmlAttr(cellId(edge.source))}" target="${escapeXmlAttr(cellId(edge.target))}">` +
        `<mxGeometry x="${ratio(place.x)}" y="0" relative="1" as="geometry"><mxPoint x="${num(place.offset.x)}" y="${num(place.offset.y)}" as="offset"/><Array as="points">${waypoints}</Array></mxGeometry></mxCell>`,
    );
  }
  const name = drawable(doc.meta.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="MLPS Designer">',
    `<diagram id="mlps-topology" name="${escapeXmlAttr(name)}">`,
    '<mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
