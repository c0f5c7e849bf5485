/**
 * The zone table of 系统拓扑结构及说明 with the survey's columns (网络功能区域名称 · 主要功能和作用 ·
 * IP网段 · 服务器数/终端数 · 与其连接的其它区域 · 区域间边界设备 · 重要程度), one row per security zone,
 * and the boundaries between zones with the devices on them and the directions allowed. What the
 * design does not say (a zone's purpose, importance or CIDR) is marked 待填写, never guessed.
 */
import type { Catalog } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import { drawable } from '../export/text/clean-text.ts';
import { zoneTitle } from '../export/names.ts';
import { t } from '../i18n/translate.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Lang } from '../model/localized.ts';
import { isSecurityZoneKind, type Diagram, type DiagramEdge, type ZoneNode } from '../model/types.ts';
import { placeOf } from './flows.ts';
import { zoneImportance, zonePurpose } from './v2-fields.ts';

export interface ZoneSurveyRow {
  zone: ZoneNode;
  cells: string[];
}

export interface Boundary {
  a: ZoneNode;
  b: ZoneNode;
  /** Boundary devices on either side that the crossing edges touch. */
  devices: string[];
  /** "应用区 → 数据区：MySQL:3306", one per direction and protocol. */
  directions: string[];
}

const join = (items: readonly string[], lang: Lang) => items.join(lang === 'zh' ? '、' : ', ');

function productName(doc: Diagram, catalog: Catalog, id: string, lang: Lang): string {
  const node = doc.nodes.find((n) => n.id === id);
  return node ? drawable(nodeDisplayName(node, catalog)[lang]) : id;
}

/** Edges between products of two different zones (described zones: see placeOf). */
function crossings(doc: Diagram): { edge: DiagramEdge; from: ZoneNode; to: ZoneNode }[] {
  const index = indexOf(doc);
  return doc.edges.flatMap((edge) => {
    const from = placeOf(index, edge.source);
    const to = placeOf(index, edge.target);
    return from && to && from.id !== to.id ? [{ edge, from, to }] : [];
  });
}

function isBoundaryDevice(doc: Diagram, catalog: Catalog, id: string): boolean {
  const node = indexOf(doc).node(id);
  return node?.kind === 'product' && (catalog.product(node.product)?.roles.includes('boundaryControl') ?? false);
}

export function zoneSurvey(doc: Diagram, catalog: Catalog, lang: Lang): { header: string[]; rows: ZoneSurveyRow[] } {
  const index = indexOf(doc);
  const todo = t(lang, 'filing.todo');
  const cross = crossings(doc);
  const header = (['name', 'purpose', 'cidr', 'hosts', 'connected', 'devices', 'importance'] as const).map((c) => t(lang, `filing.zones.column.${c}`));
  const zones = doc.nodes.filter((n): n is ZoneNode => n.kind === 'zone' && isSecurityZoneKind(n.zone));
  const rows = zones.map((zone): ZoneSurveyRow => {
    let servers = 0;
    let terminals = 0;
    for (const node of doc.nodes) {
      if (node.kind !== 'product' || placeOf(index, node.id)?.id !== zone.id) continue;
      const product = catalog.product(node.product);
      if (product?.roles.includes('compute')) servers += node.quantity ?? 1;
      else if (node.product === 'admin_terminal' || node.product === 'office_user') terminals += node.quantity ?? 1;
    }
    const touching = cross.filter((c) => c.from.id === zone.id || c.to.id === zone.id);
    const others = [...new Map(touching.map((c) => (c.from.id === zone.id ? c.to : c.from)).map((z) => [z.id, z])).values()];
    const devices = new Set<string>();
    for (const { edge } of touching) for (const end of [edge.source, edge.target]) if (isBoundaryDevice(doc, catalog, end)) devices.add(productName(doc, catalog, end, lang));
    const importance = zoneImportance(zone);
    return {
      zone,
      cells: [
        zoneTitle(zone, catalog, lang),
        drawable(zonePurpose(zone) ?? '') || todo,
        zone.props?.cidr ?? todo,
        t(lang, 'filing.zones.hosts', { servers, terminals }),
        others.length === 0 ? t(lang, 'filing.none') : join(others.map((z) => zoneTitle(z, catalog, lang)), lang),
        devices.size === 0 ? t(lang, 'filing.none') : join([...devices], lang),
        importance === undefined ? todo : t(lang, `filing.importance.${importance}`),
      ],
    };
  });
  return { header, rows };
}

/** "HTTPS:443", or the edge kind's name when it names no protocol. */
export function edgeWhat(edge: DiagramEdge, lang: Lang): string {
  const proto = edge.protocol === undefined ? (edge.port === undefined ? '' : `:${edge.port}`) : edge.port === undefined ? edge.protocol : `${edge.protocol}:${edge.port}`;
  return proto === '' ? t(lang, `filing.edgeKind.${edge.kind}`) : `${t(lang, `filing.edgeKind.${edge.kind}`)} ${proto}`;
}

export function boundaries(doc: Diagram, catalog: Catalog, lang: Lang): Boundary[] {
  const byPair = new Map<string, Boundary>();
  for (const { edge, from, to } of crossings(doc)) {
    const key = [from.id, to.id].sort().join('\u0000');
    let boundary = byPair.get(key);
    if (!boundary) {
      boundary = { a: from, b: to, devices: [], directions: [] };
      byPair.set(key, boundary);
    }
    for (const end of [edge.source, edge.target]) {
      const name = productName(doc, catalog, end, lang);
      if (isBoundaryDevice(doc, catalog, end) && !boundary.devices.includes(name)) boundary.devices.push(name);
    }
    const direction = t(lang, 'filing.boundary.direction', { from: zoneTitle(from, catalog, lang), to: zoneTitle(to, catalog, lang), what: edgeWhat(edge, lang) });
    if (!boundary.directions.includes(direction)) boundary.directions.push(direction);
  }
  return [...byPair.values()];
}
