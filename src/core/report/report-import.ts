/**
 * The import report (issue 13) as printable lines: what the app's report panel shows and what the
 * compliance report prints as its import section, so both say the same. Built from the core's
 * `ImportReport` (kept in the session beside the document, never in the file) and the design it
 * belongs to, for node and edge names. User text (labels, addresses, file names) goes through the
 * report's cleaning like everything else printed; escaping is the writers' business.
 */
import type { Catalog } from '../catalog/types.ts';
import { drawable } from '../export/text/clean-text.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import type { ImportReport } from '../import/types.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import { cleanMessage } from './report-text.ts';

export interface ImportSectionList {
  id: 'added' | 'removed' | 'merged' | 'notMapped' | 'edges' | 'gaps' | 'warnings';
  title: string;
  items: string[];
}

export interface ImportSection {
  /** The file the import read. */
  fileName: string;
  figures: { id: 'read' | 'mapped' | 'merged' | 'notMapped' | 'edges' | 'gaps' | 'secrets'; label: string; value: number }[];
  lists: ImportSectionList[];
}

/** At most this many lines per list (a 2,000-resource state lists its unmapped ones in full elsewhere: the CLI). */
export const MAX_IMPORT_LINES = 200;

const TITLES: Record<ImportSectionList['id'], MessageKey> = {
  added: 'importUi.added',
  removed: 'importUi.removed',
  merged: 'importUi.merged',
  notMapped: 'importUi.notMapped',
  edges: 'importUi.edges',
  gaps: 'importUi.gaps',
  warnings: 'importUi.warnings',
};

export function importSection(report: ImportReport, fileName: string, doc: Diagram, catalog: Catalog, lang: Lang): ImportSection {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const nodeName = (id: string): string => {
    const node = nodes.get(id);
    if (!node) return drawable(id);
    if (node.label?.trim()) return drawable(node.label);
    return node.kind === 'zone' ? catalog.zone(node.zone).name[lang] : (catalog.product(node.product)?.name[lang] ?? node.product);
  };
  const edgeName = (id: string): string => {
    const edge = doc.edges.find((e) => e.id === id);
    return edge ? `${nodeName(edge.source)} → ${nodeName(edge.target)}` : drawable(id);
  };
  const elementName = (id: string) => (nodes.has(id) ? nodeName(id) : edgeName(id));
  const addresses = (list: string[]) => list.map(drawable).join(', ');
  const withAddresses = (name: string, list: string[]) => (list.length > 0 ? `${name} (${addresses(list)})` : name);
  const lists: ImportSectionList[] = [];
  const push = (id: ImportSectionList['id'], items: string[]) => {
    if (items.length > 0) lists.push({ id, title: t(lang, TITLES[id]), items: items.slice(0, MAX_IMPORT_LINES) });
  };
  push('added', report.added.map((a) => withAddresses(elementName(a.id), a.addresses)));
  // Removed things are gone from the design: only their ids and addresses are left to name them.
  push('removed', report.removed.map((r) => (r.addresses.length > 0 ? addresses(r.addresses) : drawable(r.id))));
  // Several instances in one node (×3), or one product and the resources that are parts of it.
  push('merged', report.merged.map((m) => cleanMessage(lang, m.quantity > 1 ? 'importUi.mergedRow' : 'importUi.mergedPartsRow', { node: nodeName(m.node), quantity: m.quantity, addresses: addresses(m.addresses) })));
  push('notMapped', report.notMapped.map((n) => `${drawable(n.type)} ${drawable(n.address)}`));
  push('edges', report.edges.map((e) => cleanMessage(lang, 'importUi.edgeRow', { edge: edgeName(e.edge), note: { key: e.key, params: e.params }, from: addresses(e.from) })));
  push('gaps', report.gaps.map((g) => cleanMessage(lang, g.key, g.params)));
  push('warnings', report.warnings.map((w) => cleanMessage(lang, w.key, w.params)));
  const figure = (id: ImportSection['figures'][number]['id'], key: MessageKey, value: number) => ({ id, label: t(lang, key), value });
  return {
    fileName: drawable(fileName),
    figures: [
      figure('read', 'importUi.read', report.resourcesRead),
      figure('mapped', 'importUi.mapped', Object.keys(report.mapped).length),
      figure('merged', 'importUi.merged', report.merged.length),
      figure('notMapped', 'importUi.notMapped', report.notMapped.length),
      figure('edges', 'importUi.edges', report.edges.length),
      figure('gaps', 'importUi.gaps', report.gaps.length),
      figure('secrets', 'importUi.secrets', report.secretsDropped),
    ],
    lists,
  };
}
