/**
 * 安全产品清单 (备案 表四 item 04): the security products of the design with edition, quantity,
 * deployment zone and control points, and the evidence the filing asks for from file format v2's
 * `certificates` (类型 · 证书编号 · 发证机构 · 有效期至). A certificate that has expired at the design's
 * date (else the date the caller gives, today) is marked; a product with none recorded says 待补充.
 */
import { buildBom, type BomLine } from '../bom/bom.ts';
import { cellList, controlPoints } from '../bom/control-points.ts';
import type { Catalog } from '../catalog/types.ts';
import { editionName, levelName, zoneTitle } from '../export/names.ts';
import { drawable } from '../export/text/clean-text.ts';
import { t } from '../i18n/translate.ts';
import { indexOf } from '../index/diagram-index.ts';
import type { Lang } from '../model/localized.ts';
import type { Diagram } from '../model/types.ts';
import type { FilingBlock, FilingDocument } from './filing-doc.ts';
import { certificatesOf, type Certificate } from './v2-fields.ts';

/** Catalog categories whose products are security products for the filing. */
const SECURITY_CATEGORIES: ReadonlySet<string> = new Set(['boundary', 'security_management', 'crypto', 'services']);

export interface ProductListRow {
  cells: string[];
  expired: boolean;
  missing: boolean;
}

export interface ProductList {
  header: string[];
  rows: ProductListRow[];
  /** The date certificates are judged at (YYYY-MM-DD). */
  asOf: string;
}

export function isSecurityLine(line: BomLine, catalog: Catalog): boolean {
  const product = catalog.product(line.product);
  return product !== undefined && SECURITY_CATEGORIES.has(product.category);
}

/** The certificates covering a BOM line: those of its product for its edition or for every edition. */
export function certificatesFor(line: BomLine, certificates: readonly Certificate[]): Certificate[] {
  return certificates.filter((c) => c.product === line.product && (c.edition === undefined || c.edition === line.edition));
}

export function isExpired(certificate: Certificate, asOf: string): boolean {
  return certificate.validUntil !== undefined && certificate.validUntil < asOf;
}

export const PRODUCT_LIST_COLUMNS = ['index', 'product', 'edition', 'quantity', 'zone', 'controls', 'certType', 'certNumber', 'issuer', 'validUntil'] as const;

export function productList(doc: Diagram, catalog: Catalog, lang: Lang, today: string): ProductList {
  const index = indexOf(doc);
  const asOf = doc.meta.date ?? today;
  const certificates = certificatesOf(doc);
  const lines = buildBom(doc, catalog).filter((line) => isSecurityLine(line, catalog));
  const rows: ProductListRow[] = [];
  lines.forEach((line, i) => {
    const product = catalog.product(line.product);
    const edition = [editionName(product, line.edition, lang), line.spec === undefined ? undefined : drawable(line.spec)].filter((s) => s !== undefined && s !== '').join(' / ');
    const zones = [...new Set(line.zones.map((id) => index.node(id)).flatMap((z) => (z?.kind === 'zone' ? [zoneTitle(z, catalog, lang)] : [])))];
    const base = [String(i + 1), product?.name[lang] ?? line.product, edition, String(line.quantity), cellList(zones, lang), cellList(controlPoints(line.controls, doc.meta.level, lang), lang)];
    const found = certificatesFor(line, certificates);
    if (found.length === 0) {
      const missing = t(lang, 'filing.products.missing');
      rows.push({ cells: [...base, missing, missing, missing, missing], expired: false, missing: true });
      return;
    }
    for (const cert of found) {
      const expired = isExpired(cert, asOf);
      const validUntil = cert.validUntil === undefined ? '' : expired ? t(lang, 'filing.products.expired', { date: cert.validUntil }) : cert.validUntil;
      rows.push({ cells: [...base, t(lang, `filing.certType.${cert.type}`), drawable(cert.number), drawable(cert.issuer ?? ''), validUntil], expired, missing: false });
    }
  });
  return { header: PRODUCT_LIST_COLUMNS.map((c) => t(lang, `filing.products.column.${c}`)), rows, asOf };
}

/** 安全产品清单 as a filing document (landscape: ten columns). */
export function productListDocument(doc: Diagram, catalog: Catalog, lang: Lang, today: string): FilingDocument {
  const list = productList(doc, catalog, lang, today);
  const blocks: FilingBlock[] = [
    { kind: 'paragraph', text: t(lang, 'filing.products.intro', { title: drawable(doc.meta.title), level: levelName(doc.meta.level, lang), date: list.asOf }) },
    {
      kind: 'table',
      header: list.header,
      rows: list.rows.map((r) => r.cells),
      widths: [1, 3, 2, 1, 2, 5, 2, 3, 3, 2],
      warnRows: list.rows.flatMap((r, i) => (r.expired ? [i] : [])),
    },
  ];
  if (list.rows.length === 0) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.products.none') });
  if (list.rows.some((r) => r.expired)) blocks.push({ kind: 'paragraph', text: t(lang, 'filing.products.expiredNote', { date: list.asOf }), emphasis: 'warning' });
  blocks.push({ kind: 'paragraph', text: t(lang, 'filing.products.licenceNote'), emphasis: 'note' });
  return { title: drawable(doc.meta.title), subtitle: t(lang, 'filing.products.title'), landscape: true, blocks };
}
