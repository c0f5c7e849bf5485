/**
 * What the keyboard pickers offer: the products a product can be connected to, and the zones the
 * selection can move into, each with the words a user may type to find it (label, today's and former
 * product names in both languages, zone names along the way). Only choices the core accepts are
 * offered: no zone and not the product itself as a connection's end; not the selection or anything
 * inside it as the zone to move into.
 */
import { nodeKindName } from '../../core/catalog/names.ts';
import { normalizeForSearch } from '../../core/catalog/search.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { t } from '../../core/i18n/translate.ts';
import { indexOf, type DiagramIndex } from '../../core/index/diagram-index.ts';
import type { Lang } from '../../core/model/localized.ts';
import type { Diagram, DiagramNode, ZoneNode } from '../../core/model/types.ts';
import { productName } from '../canvas/accessible-names.ts';

export interface PickerOption<V> {
  /** Stable and unique in the list (the option's element id is made from it). */
  key: string;
  value: V;
  /** The first line, in the UI language. */
  name: string;
  /** The second line: where it is, what it is. */
  detail: string;
  /** Normalised words that find it by its own name, ranked first. */
  own: readonly string[];
  /** Normalised words that find it by where it is (the zones around it). */
  around: readonly string[];
}

const words = (texts: readonly (string | undefined)[]) => [...new Set(texts.filter((x): x is string => !!x && x.trim() !== '').map(normalizeForSearch))].filter((w) => w !== '');

/** A zone as listed: its label, else what it is. */
function zoneTitle(zone: ZoneNode, catalog: Catalog, lang: Lang): string {
  return zone.label?.trim() || catalog.zone(zone.zone).name[lang];
}

/** Every word a node answers to by itself: label, kind name in both languages, former names, aliases. */
function ownWords(node: DiagramNode, catalog: Catalog): string[] {
  const kind = nodeKindName(node, catalog);
  const product = node.kind === 'product' ? catalog.product(node.product) : undefined;
  return words([node.label, kind.zh, kind.en, ...(product?.formerNames ?? []), ...(product?.aliases ?? [])]);
}

/** The zones around a node, outermost first: "华东1（杭州）生产地域 › 生产 VPC › 应用区". */
function pathOf(id: string, index: DiagramIndex, catalog: Catalog, lang: Lang): { text: string; words: string[] } {
  const zones = index.ancestors(id).reverse();
  return {
    text: zones.map((z) => zoneTitle(z, catalog, lang)).join(t(lang, 'picker.pathSeparator')),
    words: words(zones.flatMap((z) => [z.label, catalog.zone(z.zone).name.zh, catalog.zone(z.zone).name.en])),
  };
}

/** Products the product `source` can be connected to, in document order. */
export function connectTargets(doc: Diagram, catalog: Catalog, lang: Lang, source: string): PickerOption<string>[] {
  const index = indexOf(doc);
  return doc.nodes
    .filter((node) => node.kind === 'product' && node.id !== source)
    .map((node) => {
      const path = pathOf(node.id, index, catalog, lang);
      return {
        key: node.id,
        value: node.id,
        name: productName(node, catalog, lang),
        detail: path.text || t(lang, 'a11y.noZone'),
        own: ownWords(node, catalog),
        around: path.words,
      };
    });
}

/**
 * Zones the nodes `ids` can move into (null: the top level), in document order. Left out: the nodes
 * themselves and everything inside them (the core refuses those), and the zone every one of them is
 * already in (nothing would happen).
 */
export function zoneTargets(doc: Diagram, catalog: Catalog, lang: Lang, ids: readonly string[]): PickerOption<string | null>[] {
  const index = indexOf(doc);
  const moving = ids.filter((id) => index.node(id) !== undefined);
  const parents = new Set(moving.map((id) => index.node(id)!.parent ?? null));
  const alreadyIn = parents.size === 1 ? [...parents][0]! : undefined;
  const inside = (zone: ZoneNode) => moving.some((id) => id === zone.id || index.isAncestor(id, zone.id));
  const options: PickerOption<string | null>[] = [];
  if (alreadyIn !== null) {
    const top = t(lang, 'picker.topLevel');
    options.push({ key: '(top)', value: null, name: top, detail: t(lang, 'picker.topLevelDetail'), own: words([t('zh', 'picker.topLevel'), t('en', 'picker.topLevel')]), around: [] });
  }
  for (const node of doc.nodes) {
    if (node.kind !== 'zone' || node.id === alreadyIn || inside(node)) continue;
    const path = pathOf(node.id, index, catalog, lang);
    const kind = catalog.zone(node.zone).name[lang];
    const name = zoneTitle(node, catalog, lang);
    const detail = [name === kind ? undefined : kind, path.text || undefined].filter((x) => x !== undefined).join(t(lang, 'picker.detailSeparator'));
    options.push({ key: node.id, value: node.id, name, detail: detail || t(lang, 'picker.topLevelDetail'), own: ownWords(node, catalog), around: path.words });
  }
  return options;
}

/**
 * The options matching what was typed: every word of the query (split at spaces) is found in the
 * option's own words or the zones around it, ignoring case, width and punctuation. Matches on the
 * option's own name come first (exact, then prefix, then anywhere), then document order.
 */
export function filterOptions<V>(options: readonly PickerOption<V>[], query: string): PickerOption<V>[] {
  const tokens = query.split(/\s+/).map(normalizeForSearch).filter((w) => w !== '');
  if (tokens.length === 0) return [...options];
  const scored: { option: PickerOption<V>; score: number; at: number }[] = [];
  options.forEach((option, at) => {
    let score = 0;
    for (const token of tokens) {
      const own = Math.max(0, ...option.own.map((w) => (w === token ? 4 : w.startsWith(token) ? 3 : w.includes(token) ? 2 : 0)));
      const around = option.around.some((w) => w.includes(token)) ? 1 : 0;
      if (own === 0 && around === 0) return;
      score += Math.max(own, around);
    }
    scored.push({ option, score, at });
  });
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.option);
}

/** The one product selected (nothing else), which "connect to…" starts from. */
export function soleProduct(doc: Diagram, selection: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): string | undefined {
  if (selection.nodes.size !== 1 || selection.edges.size !== 0) return undefined;
  const [id] = selection.nodes;
  return indexOf(doc).node(id!)?.kind === 'product' ? id : undefined;
}

/** The selected nodes that still exist, which "move into zone…" moves. */
export function movableNodes(doc: Diagram, selection: { nodes: ReadonlySet<string> }): string[] {
  const index = indexOf(doc);
  return [...selection.nodes].filter((id) => index.node(id) !== undefined);
}
