/**
 * The products a certificate can be recorded for in the 备案信息 table: those the design holds (not the
 * external actors) and every security product of the catalog, in catalog order, each marked whether
 * the design holds it (an entry for a product not in the design is kept: it may come back).
 */
import type { Catalog, Product } from '../catalog/types.ts';
import type { Diagram } from '../model/types.ts';

/** Catalog categories whose products are security products (boundary, security management, crypto, services). */
export const SECURITY_CATEGORIES: ReadonlySet<string> = new Set(['boundary', 'security_management', 'crypto', 'services']);

export interface CertificateProductChoice {
  product: Product;
  inDesign: boolean;
}

/** `extra`: ids that must be offered anyway (those the certificates already name). */
export function certificateProductChoices(doc: Diagram, catalog: Catalog, extra: Iterable<string> = []): CertificateProductChoice[] {
  const inDesign = new Set(doc.nodes.flatMap((n) => (n.kind === 'product' ? [n.product] : [])));
  const wanted = new Set(extra);
  return catalog.products
    .filter((p) => wanted.has(p.id) || (!catalog.category(p.category)?.external && (inDesign.has(p.id) || SECURITY_CATEGORIES.has(p.category))))
    .map((product) => ({ product, inDesign: inDesign.has(product.id) }));
}
