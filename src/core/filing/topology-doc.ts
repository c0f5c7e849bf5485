/**
 * 系统拓扑结构及说明 (备案 表四 item 01) as a filing document: the system overview, the drawing, the
 * zone table, the boundaries with their access control, the access, operations, log and backup paths,
 * where each security product is deployed and which control points it serves, the split of
 * responsibility between the cloud provider and the customer, and the open findings and waivers.
 */
import { buildBom } from '../bom/bom.ts';
import { cellList, controlPoints } from '../bom/control-points.ts';
import type { Catalog } from '../catalog/types.ts';
import { nodeDisplayName } from '../catalog/names.ts';
import { editionName, levelName, platformWithLevel, zoneTitle } from '../export/names.ts';
import { drawable } from '../export/text/clean-text.ts';
import { t } from '../i18n/translate.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram, ZoneNode } from '../model/types.ts';
import { reportLayers } from '../report/report-findings.ts';
import { reportWaivers } from '../report/report-lists.ts';
import type { CheckResult } from '../rules/finding.ts';
import type { FilingBlock, FilingDocument } from './filing-doc.ts';
import { diagramFlows, placeOf, type FlowPath } from './flows.ts';
import { isSecurityLine } from './product-list.ts';
import { boundaries, zoneSurvey } from './zone-survey.ts';

export interface TopologyDocOptions {
  lang: Lang;
  /** Date printed when the design has none (today's, chosen by the caller). */
  today: string;
}

const RESPONSIBILITY_ROWS = ['physical', 'virtualisation', 'network', 'compute', 'data', 'management'] as const;

export function topologyDocument(doc: Diagram, catalog: Catalog, check: CheckResult, options: TopologyDocOptions): FilingDocument {
  const { lang } = options;
  const index = indexOf(doc);
  const todo = t(lang, 'filing.todo');
  const name = (id: string) => {
    const node = index.node(id);
    return node ? drawable(nodeDisplayName(node, catalog)[lang]) : id;
  };
  const blocks: FilingBlock[] = [];
  const h = (level: 1 | 2, key: Parameters<typeof t>[1]) => blocks.push({ kind: 'heading', level, text: t(lang, key) });

  // 1. Overview
  h(1, 'filing.topology.overview');
  const regions = doc.nodes.filter((n): n is ZoneNode => n.kind === 'zone' && n.zone === 'region').map((r) => {
    const id = r.props?.regionId;
    return id === undefined ? zoneTitle(r, catalog, lang) : t(lang, 'filing.overview.regionLine', { zone: zoneTitle(r, catalog, lang), region: `${catalog.region(id)?.name[lang] ?? id} ${id}` });
  });
  const meta = doc.meta;
  blocks.push({
    kind: 'table',
    header: [t(lang, 'filing.overview.item'), t(lang, 'filing.overview.value')],
    widths: [1, 3],
    rows: [
      [t(lang, 'filing.overview.title'), drawable(meta.title)],
      [t(lang, 'filing.overview.level'), levelName(meta.level, lang)],
      [t(lang, 'filing.overview.platform'), platformWithLevel(meta, lang)],
      [t(lang, 'filing.overview.regions'), regions.length === 0 ? todo : regions.join(lang === 'zh' ? '；' : '; ')],
      [t(lang, 'filing.overview.organization'), drawable(meta.organization ?? '') || todo],
      [t(lang, 'filing.overview.version'), drawable(meta.version ?? '') || todo],
      [t(lang, 'filing.overview.date'), meta.date ?? options.today],
    ],
  });
  if (meta.description !== undefined && meta.description.trim() !== '') blocks.push({ kind: 'paragraph', text: drawable(meta.description) });

  // 2. Drawing
  h(1, 'filing.topology.drawing');
  blocks.push({ kind: 'drawing', caption: t(lang, 'filing.topology.drawingCaption', { title: drawable(meta.title) }) });

  // 3. Zones
  h(1, 'filing.topology.zones');
  blocks.push({ kind: 'paragraph', text: t(lang, 'filing.topology.zonesIntro') });
  const survey = zoneSurvey(doc, catalog, lang);
  if (survey.rows.length === 0) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.topology.noZones'), emphasis: 'warning' });
  else blocks.push({ kind: 'table', header: survey.header, rows: survey.rows.map((r) => r.cells), widths: [3, 5, 3, 2, 4, 4, 2] });

  // 4. Boundaries
  h(1, 'filing.topology.boundaries');
  const bounds = boundaries(doc, catalog, lang);
  if (bounds.length === 0) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.none') });
  else
    blocks.push({
      kind: 'table',
      header: [t(lang, 'filing.boundary.column.boundary'), t(lang, 'filing.boundary.column.devices'), t(lang, 'filing.boundary.column.policy')],
      widths: [3, 3, 6],
      rows: bounds.map((b) => [
        t(lang, 'filing.boundary.between', { a: zoneTitle(b.a, catalog, lang), b: zoneTitle(b.b, catalog, lang) }),
        b.devices.length === 0 ? t(lang, 'filing.boundary.noDevice') : b.devices.join(lang === 'zh' ? '、' : ', '),
        b.directions.join('\n'),
      ]),
    });
  blocks.push({ kind: 'paragraph', text: t(lang, 'filing.boundary.defaultDeny'), emphasis: 'note' });

  // 5. Paths
  const flows = diagramFlows(doc, catalog);
  const pathText = (path: FlowPath) => {
    let lastZone: string | undefined;
    return path.nodes
      .map((id) => {
        const zone = placeOf(index, id);
        const text = zone && zone.id !== lastZone ? t(lang, 'filing.path.step', { zone: zoneTitle(zone, catalog, lang), name: name(id) }) : name(id);
        lastZone = zone?.id;
        return text;
      })
      .join(' → ');
  };
  h(1, 'filing.topology.paths');
  const list = (items: string[]) => blocks.push(items.length === 0 ? { kind: 'paragraph', text: t(lang, 'filing.none') } : { kind: 'list', items });
  h(2, 'filing.paths.access');
  list(flows.access.map(pathText));
  h(2, 'filing.paths.operations');
  list(flows.operations.map(pathText));
  h(2, 'filing.paths.logs');
  list(flows.logs.map(({ target, sources }) => t(lang, 'filing.paths.logLine', { target: name(target), sources: [...new Set(sources.map((e) => name(e.source)))].join(lang === 'zh' ? '、' : ', ') })));
  h(2, 'filing.paths.backups');
  list(
    flows.backups.map((edge) => {
      const from = index.region(edge.source);
      const to = index.region(edge.target);
      const key = from && to && from.id !== to.id ? 'filing.paths.backupOffsite' : 'filing.paths.backupLocal';
      const label = edge.label === undefined ? '' : t(lang, 'filing.paths.backupLabel', { label: drawable(edge.label) });
      return t(lang, key, { from: pathText({ nodes: [edge.source], edges: [] }), to: pathText({ nodes: [edge.target], edges: [] }), mode: t(lang, `export.backupMode.${edge.mode ?? 'scheduled'}`), label });
    }),
  );
  if (flows.truncated) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.paths.truncated'), emphasis: 'note' });

  // 6. Security products
  h(1, 'filing.topology.products');
  const lines = buildBom(doc, catalog).filter((line) => isSecurityLine(line, catalog));
  blocks.push({
    kind: 'table',
    header: [t(lang, 'filing.products.column.product'), t(lang, 'filing.products.column.edition'), t(lang, 'filing.products.column.zone'), t(lang, 'filing.products.column.controls')],
    widths: [3, 2, 3, 6],
    rows: lines.map((line) => {
      const product = catalog.product(line.product);
      const zones = [...new Set(line.zones.map((id) => index.node(id)).flatMap((z) => (z?.kind === 'zone' ? [zoneTitle(z, catalog, lang)] : [])))];
      return [product?.name[lang] ?? line.product, editionName(product, line.edition, lang) ?? '', cellList(zones, lang), cellList(controlPoints(line.controls, meta.level, lang), lang) || t(lang, 'filing.none')];
    }),
  });

  // 7. Responsibility
  h(1, 'filing.topology.responsibility');
  blocks.push({
    kind: 'table',
    header: [t(lang, 'filing.responsibility.column.layer'), t(lang, 'filing.responsibility.column.party'), t(lang, 'filing.responsibility.column.scope')],
    widths: [2, 2, 6],
    rows: RESPONSIBILITY_ROWS.map((row) => [t(lang, `filing.responsibility.${row}.layer`), t(lang, `filing.responsibility.${row}.party`), t(lang, `filing.responsibility.${row}.scope`, { platform: platformWithLevel(meta, lang) })]),
  });

  // Appendix: findings and waivers
  h(1, 'filing.topology.appendix');
  const findings = reportLayers(doc, catalog, check, lang).flatMap((layer) => layer.findings).filter((f) => !f.waived);
  h(2, 'filing.appendix.open');
  if (findings.length === 0) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.appendix.noOpen', { level: levelName(check.level, lang) }) });
  else
    blocks.push({
      kind: 'table',
      header: (['rule', 'severity', 'clause', 'message', 'targets'] as const).map((c) => t(lang, `filing.appendix.column.${c}`)),
      widths: [1, 1, 2, 6, 3],
      rows: findings.map((f) => [f.rule, f.severityName, `${f.clause} ${f.controlPoint}`, f.message, f.targets.map((x) => x.name).join(lang === 'zh' ? '、' : ', ')]),
    });
  h(2, 'filing.appendix.waivers');
  const waivers = reportWaivers(doc, catalog, check, lang);
  if (waivers.length === 0) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.none') });
  else
    blocks.push({
      kind: 'table',
      header: (['rule', 'targets', 'reason'] as const).map((c) => t(lang, `filing.appendix.column.${c}`)),
      widths: [1, 3, 6],
      rows: waivers.map((w) => [w.rule, w.target?.name ?? t(lang, 'filing.appendix.allTargets'), w.reason]),
    });

  return { title: drawable(meta.title), subtitle: t(lang, 'filing.topology.title'), landscape: false, blocks };
}
