/**
 * Palette search: a query matches today's names in both languages, former names (安骑士 and 态势感知 find
 * 云安全中心) and aliases, ignoring case, width (ＷＡＦ = WAF), spaces and punctuation. Results are ranked
 * (exact name, then prefix, then former name, then alias, then substring) and say why they matched, so
 * the palette can show "安骑士 → 云安全中心".
 */
import type { Catalog, Product } from './types.ts';

export type MatchKind = 'name' | 'formerName' | 'alias' | 'id';

export interface SearchHit {
  product: Product;
  /** What matched, as written in the catalog. */
  matched: string;
  kind: MatchKind;
  score: number;
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）·•_\-—/\\.,，、:：'"“”‘’[\]【】]+/g, '');
}

function scoreOf(term: string, query: string, kind: MatchKind): number {
  const base = kind === 'name' ? 300 : kind === 'formerName' ? 200 : kind === 'alias' ? 150 : 100;
  if (term === query) return base + 90;
  if (term.startsWith(query)) return base + 60;
  if (term.includes(query)) return base + 30;
  return 0;
}

/** Products matching the query, best first; all products in catalog order for an empty query. */
export function searchProducts(catalog: Catalog, query: string): SearchHit[] {
  const q = normalizeForSearch(query);
  if (q === '') return catalog.products.map((product) => ({ product, matched: product.name.zh, kind: 'name' as const, score: 0 }));
  const hits: SearchHit[] = [];
  catalog.products.forEach((product) => {
    let best: SearchHit | undefined;
    const consider = (text: string, kind: MatchKind) => {
      const score = scoreOf(normalizeForSearch(text), q, kind);
      if (score > 0 && (!best || score > best.score)) best = { product, matched: text, kind, score };
    };
    consider(product.name.zh, 'name');
    consider(product.name.en, 'name');
    product.formerNames.forEach((n) => consider(n, 'formerName'));
    product.aliases.forEach((n) => consider(n, 'alias'));
    consider(product.id, 'id');
    if (best) hits.push(best);
  });
  const order = new Map(catalog.products.map((p, i) => [p.id, i]));
  return hits.sort((a, b) => b.score - a.score || order.get(a.product.id)! - order.get(b.product.id)!);
}
