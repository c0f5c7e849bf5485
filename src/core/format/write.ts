/**
 * Canonical writing: the same document always gives the same bytes, so designs diff well in git.
 * Keys in the order the format lists them; nodes in containment order (each zone followed by what it
 * holds, so parents always precede children), siblings and edges by natural id order; waivers by rule
 * and target, manual items by id, certificates by product, edition and type; two-space indent, a trailing newline, no byte-order mark.
 */
import { compareIds } from '../model/compare-ids.ts';
import type { Certificate, Diagram, DiagramEdge, DiagramMeta, DiagramNode, ManualEntry, ProductProps, Waiver, ZoneProps } from '../model/types.ts';
import { CERTIFICATE_TYPES, PRODUCT_PROP_NAMES } from '../model/types.ts';

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** Copy the listed keys, in that order, skipping absent ones. */
function ordered<T extends object>(source: T, keys: readonly (keyof T)[]): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key as string] = value as Json;
  }
  return out;
}

const META_KEYS: readonly (keyof DiagramMeta)[] = ['title', 'level', 'platform', 'organization', 'author', 'version', 'date', 'description'];
const ZONE_PROP_KEYS: readonly (keyof ZoneProps)[] = ['cidr', 'regionId', 'purpose', 'importance'];
const EDGE_KEYS: readonly (keyof DiagramEdge)[] = ['id', 'source', 'target', 'kind', 'protocol', 'port', 'encrypted', 'mode', 'label'];
const WAIVER_KEYS: readonly (keyof Waiver)[] = ['rule', 'target', 'reason'];
const MANUAL_KEYS: readonly (keyof ManualEntry)[] = ['item', 'done', 'note'];
const CERTIFICATE_KEYS: readonly (keyof Certificate)[] = ['product', 'edition', 'type', 'number', 'issuer', 'validUntil', 'note'];

function writeNode(node: DiagramNode): { [key: string]: Json } {
  const out: { [key: string]: Json } = { id: node.id, kind: node.kind };
  if (node.kind === 'zone') out['zone'] = node.zone;
  else out['product'] = node.product;
  if (node.label !== undefined) out['label'] = node.label;
  if (node.parent !== undefined) out['parent'] = node.parent;
  out['position'] = { x: node.position.x, y: node.position.y };
  if (node.kind === 'zone') {
    out['size'] = { width: node.size.width, height: node.size.height };
    if (node.props !== undefined) out['props'] = ordered(node.props, ZONE_PROP_KEYS);
  } else {
    if (node.quantity !== undefined) out['quantity'] = node.quantity;
    if (node.props !== undefined) out['props'] = ordered<ProductProps>(node.props, PRODUCT_PROP_NAMES);
  }
  return out;
}

/** Nodes in containment order: roots, and the children of each zone right after it, by natural id. */
export function containmentOrder(nodes: readonly DiagramNode[]): DiagramNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, DiagramNode[]>();
  const roots: DiagramNode[] = [];
  for (const node of nodes) {
    // Stryker disable next-line ConditionalExpression: `node.parent !== undefined` is only for the type, ids holds strings so ids.has(undefined) is false anyway
    if (node.parent !== undefined && ids.has(node.parent)) {
      const list = children.get(node.parent);
      if (list) list.push(node);
      else children.set(node.parent, [node]);
    } else roots.push(node);
  }
  const byId = (a: DiagramNode, b: DiagramNode) => compareIds(a.id, b.id);
  const out: DiagramNode[] = [];
  const stack = roots.sort(byId).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const kids = children.get(node.id);
    if (kids) stack.push(...kids.sort(byId).reverse());
  }
  return out;
}

/**
 * By rule, target (none first) and reason. Exported for its contract test: a comparator must give 0
 * for equal waivers and opposite signs both ways, or the order `sort` gives is up to the engine.
 */
export function compareWaivers(a: Waiver, b: Waiver): number {
  return compareIds(a.rule, b.rule) || compareIds(a.target ?? '', b.target ?? '') || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
}

/** By product id, then edition (the entry for every edition first), then type in the spec's order. */
function compareCertificates(a: Certificate, b: Certificate): number {
  return (
    compareIds(a.product, b.product) ||
    (a.edition === b.edition ? 0 : a.edition === undefined ? -1 : b.edition === undefined ? 1 : compareIds(a.edition, b.edition)) ||
    CERTIFICATE_TYPES.indexOf(a.type) - CERTIFICATE_TYPES.indexOf(b.type)
  );
}

export function toCanonicalJson(doc: Diagram): { [key: string]: Json } {
  const out: { [key: string]: Json } = {
    format: doc.format,
    schemaVersion: doc.schemaVersion,
    meta: ordered(doc.meta, META_KEYS),
    nodes: containmentOrder(doc.nodes).map(writeNode),
    edges: [...doc.edges].sort((a, b) => compareIds(a.id, b.id)).map((e) => ordered(e, EDGE_KEYS)),
  };
  if (doc.waivers !== undefined) out['waivers'] = [...doc.waivers].sort(compareWaivers).map((w) => ordered(w, WAIVER_KEYS));
  if (doc.manual !== undefined) out['manual'] = [...doc.manual].sort((a, b) => compareIds(a.item, b.item)).map((m) => ordered(m, MANUAL_KEYS));
  if (doc.certificates !== undefined) out['certificates'] = [...doc.certificates].sort(compareCertificates).map((c) => ordered(c, CERTIFICATE_KEYS));
  return out;
}

/** The file's text. Encode it as UTF-8 without a byte-order mark. */
export function writeDiagram(doc: Diagram): string {
  return `${JSON.stringify(toCanonicalJson(doc), null, 2)}\n`;
}
