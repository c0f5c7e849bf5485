/**
 * The diagram as a diagrams.net (draw.io) file that keeps its structure, so a user can go on there:
 * zones are containers holding their children (positions stay relative to the parent, as in our
 * file), products carry their catalog icon and name plus the user's label, and connections are
 * edges attached to their two cells, labelled with protocol:port. Uncompressed XML, which draw.io
 * opens as is. Cell ids are the document's ids prefixed with "c:" (draw.io's own root cells are 0 and 1).
 */
import type { Catalog } from '../../catalog/types.ts';
import { absolutePositions, nodeSize } from '../../geometry/geometry.ts';
import { indexOf } from '../../index/diagram-index.ts';
import type { Lang } from '../../model/localized.ts';
import { isEncrypted } from '../../model/encryption.ts';
import type { Diagram, DiagramEdge, DiagramNode } from '../../model/types.ts';
import { editionName, effectiveEdition, zoneFacts, zoneTitle } from '../names.ts';
import { edgeLabelLines } from '../scene/edge-layer.ts';
import { selectDrawn } from '../scene/select.ts';
import { fmt } from '../scene/shapes.ts';
import { drawable } from '../text/clean-text.ts';
import { escapeXmlAttr } from '../text/xml-escape.ts';
import { edgeStyle, productStyle, zoneStyle } from './drawio-styles.ts';

export interface DrawioOptions {
  lang: Lang;
  selection?: readonly string[];
}

export const cellId = (id: string): string => `c:${id}`;

function nodeValue(node: DiagramNode, catalog: Catalog, lang: Lang): string {
  if (node.kind === 'zone') return [drawable(zoneTitle(node, catalog, lang)), drawable(zoneFacts(node, catalog, lang).join(' · '))].filter((s) => s !== '').join('\n');
  const product = catalog.product(node.product);
  const name = product?.name[lang] ?? node.product;
  const label = node.label !== undefined ? drawable(node.label) : '';
  const second = label !== '' ? label : (editionName(product, effectiveEdition(node, product), lang) ?? '');
  const quantity = (node.quantity ?? 1) > 1 ? ` ×${node.quantity}` : '';
  return [`${name}${quantity}`, second].filter((s) => s !== '').join('\n');
}

function edgeValue(edge: DiagramEdge, encrypted: boolean, lang: Lang): string {
  const [first = '', ...rest] = edgeLabelLines(edge, lang);
  return [encrypted ? `🔒 ${first}`.trim() : first, ...rest].filter((s) => s !== '').join('\n');
}

export function exportDrawio(doc: Diagram, catalog: Catalog, options: DrawioOptions): string {
  const { lang } = options;
  const index = indexOf(doc);
  const drawn = selectDrawn(doc, options.selection);
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  for (const node of drawn.nodes) {
    const parentDrawn = node.parent !== undefined && drawn.has(node.parent);
    // Without its zone, a node is placed where it is on the canvas (absolute position).
    const at = parentDrawn ? node.position : absolutePositions(doc).get(node.id)!;
    const size = nodeSize(node);
    const style = node.kind === 'zone' ? zoneStyle(node.zone, catalog) : productStyle(node.product, catalog);
    cells.push(
      `<mxCell id="${escapeXmlAttr(cellId(node.id))}" value="${escapeXmlAttr(nodeValue(node, catalog, lang))}" style="${escapeXmlAttr(style)}" vertex="1" parent="${parentDrawn ? escapeXmlAttr(cellId(node.parent!)) : '1'}">` +
        `<mxGeometry x="${fmt(at.x)}" y="${fmt(at.y)}" width="${fmt(size.width)}" height="${fmt(size.height)}" as="geometry"/></mxCell>`,
    );
  }
  for (const edge of drawn.edges) {
    const value = edgeValue(edge, isEncrypted(edge, index.node(edge.target)), lang);
    cells.push(
      `<mxCell id="${escapeXmlAttr(cellId(edge.id))}" value="${escapeXmlAttr(value)}" style="${escapeXmlAttr(edgeStyle(edge.kind))}" edge="1" parent="1" source="${escapeXmlAttr(cellId(edge.source))}" target="${escapeXmlAttr(cellId(edge.target))}">` +
        '<mxGeometry relative="1" as="geometry"/></mxCell>',
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
