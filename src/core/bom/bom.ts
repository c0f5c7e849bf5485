/**
 * The bill of materials: one line per product, edition and spec, with quantities summed over the
 * nodes that share them. External actors (Internet users, admin terminals …) are not bought and are
 * left out; unbilled cloud features (安全组, RAM …) stay in, marked free, since a filing lists the
 * security products the design relies on. Lines follow the catalog's order: category (boundary,
 * network, compute, data, security management, crypto, services), then product, then edition.
 */
import type { Catalog } from '../catalog/types.ts';
import { indexOf } from '../index/diagram-index.ts';
import { compareIds } from '../model/compare-ids.ts';
import type { Diagram, ProductNode } from '../model/types.ts';
import { effectiveEdition } from '../export/names.ts';

export interface BomLine {
  product: string;
  /** Edition id (the catalog default when the node names none); absent for products without editions. */
  edition?: string;
  spec?: string;
  quantity: number;
  billed: boolean;
  /** Rule ids the product helps satisfy (catalog `satisfies`), sorted. */
  controls: string[];
  /** The nodes counted on this line, in document order. */
  nodes: string[];
  /** Ids of the zones those nodes sit in (their parent zones), first appearance first. */
  zones: string[];
}

export function buildBom(doc: Diagram, catalog: Catalog): BomLine[] {
  const index = indexOf(doc);
  const lines = new Map<string, BomLine>();
  for (const node of doc.nodes) {
    if (node.kind !== 'product') continue;
    const product = catalog.product(node.product);
    // Stryker disable next-line OptionalChaining: the catalog loader refuses a product whose category it does not list
    if (!product || catalog.category(product.category)?.external) continue;
    const edition = effectiveEdition(node, product);
    const spec = specOf(node);
    const key = JSON.stringify([node.product, edition ?? null, spec ?? null]);
    let line = lines.get(key);
    if (!line) {
      line = {
        product: node.product, ...(edition !== undefined ? { edition } : {}), ...(spec !== undefined ? { spec } : {}),
        quantity: 0, billed: product.billed, controls: [...product.satisfies].sort(compareIds), nodes: [], zones: [],
      };
      lines.set(key, line);
    }
    line.quantity += node.quantity ?? 1;
    line.nodes.push(node.id);
    const zone = node.parent === undefined ? undefined : index.node(node.parent);
    if (zone && !line.zones.includes(zone.id)) line.zones.push(zone.id);
  }

  const productOrder = new Map(catalog.products.map((p, i) => [p.id, i]));
  // Stryker disable next-line UnaryOperator: only lines of one product are compared by edition, and they share the fallback, so its sign does not matter
  const editionOrder = (line: BomLine) => catalog.product(line.product)?.editions?.list.findIndex((e) => e.id === line.edition) ?? -1;
  return [...lines.values()].sort(
    (a, b) => productOrder.get(a.product)! - productOrder.get(b.product)! || editionOrder(a) - editionOrder(b) || compareIds(a.spec ?? '', b.spec ?? ''),
  );
}

/** A spec that is only whitespace says nothing: it is no separate line. */
function specOf(node: ProductNode): string | undefined {
  const spec = node.props?.spec?.trim();
  return spec === undefined || spec === '' ? undefined : spec;
}
