/**
 * The CES-10 quick fix for a data store with no off-site copy: a disaster-recovery site built as one
 * change. A new top-level region (a nearby mainland region, or on 金融云 a finance-cloud region), a VPC
 * and a `backup` zone in it with address blocks that overlap none drawn, the copy of the store (same
 * product, the original's encryption), and a real-time `backup` edge from the original to the copy.
 * The site is drawn to the right of everything, so it overlaps nothing and every child is inside its
 * parent.
 */
import type { Catalog } from '../../catalog/types.ts';
import { cidrsOverlap, formatCidr, parseCidr, type Cidr } from '../../format/cidr.ts';
import { PRODUCT_SIZE, nodeSize } from '../../geometry/geometry.ts';
import type { Diagram, ProductNode, ProductProps, Size, ZoneNode } from '../../model/types.ts';
import type { Draft } from '../../edit/draft.ts';
import { GAP, MARGIN, TITLE } from '../../edit/draft-placement.ts';
import { freeCidr, nearestZone, newZoneSize } from './zones.ts';

/** A nearby region for each region, for a disaster-recovery copy (same part of the country, another city). */
const NEIGHBOUR: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'cn-shanghai',
  'cn-shanghai': 'cn-hangzhou',
  'cn-nanjing': 'cn-shanghai',
  'cn-fuzhou': 'cn-hangzhou',
  'cn-beijing': 'cn-zhangjiakou',
  'cn-zhangjiakou': 'cn-beijing',
  'cn-qingdao': 'cn-beijing',
  'cn-huhehaote': 'cn-wulanchabu',
  'cn-wulanchabu': 'cn-huhehaote',
  'cn-shenzhen': 'cn-guangzhou',
  'cn-guangzhou': 'cn-shenzhen',
  'cn-heyuan': 'cn-shenzhen',
  'cn-wuhan-lr': 'cn-shanghai',
  'cn-chengdu': 'cn-shenzhen',
  'cn-hangzhou-finance': 'cn-shanghai-finance-1',
  'cn-shanghai-finance-1': 'cn-hangzhou-finance',
  'cn-shenzhen-finance-1': 'cn-shanghai-finance-1',
  'cn-beijing-finance-1': 'cn-shanghai-finance-1',
};

/**
 * The region a copy of data in `regionId` goes to: its neighbour when that is a mainland region of the
 * platform's kind (finance-cloud on `alibaba-finance`, CLD-01); else the platform's default pair.
 */
export function drRegionFor(doc: Diagram, catalog: Catalog, regionId: string | undefined): string {
  const finance = doc.meta.platform === 'alibaba-finance';
  const fits = (id: string | undefined): id is string => {
    // Stryker disable next-line ConditionalExpression: the catalog's region lookup (a Map) gives undefined for undefined as well
    const region = id === undefined ? undefined : catalog.region(id);
    return region !== undefined && region.mainland && region.finance === finance &&
      // Stryker disable next-line ConditionalExpression: no entry of NEIGHBOUR names its own key, so a neighbour is never the region itself
      id !== regionId;
  };
  // Stryker disable next-line ConditionalExpression: NEIGHBOUR has no key "undefined", so the lookup gives undefined as well
  const neighbour = regionId === undefined ? undefined : NEIGHBOUR[regionId];
  if (fits(neighbour)) return neighbour;
  const [first, second] = finance ? ['cn-shanghai-finance-1', 'cn-hangzhou-finance'] : ['cn-shanghai', 'cn-hangzhou'];
  return regionId === first ? second : first;
}

/** The first 10.x.0.0/16 (then 172.16–31, 192.168) that overlaps no block drawn anywhere. */
function freeVpcCidr(draft: Draft): string | undefined {
  // Stryker disable next-line ArrayDeclaration: a stray non-block in the list overlaps nothing (its base and prefix are undefined)
  const used: Cidr[] = [];
  for (const node of draft.allNodes()) {
    const parsed =
      // Stryker disable next-line ConditionalExpression: no product takes a `cidr` prop (the reader refuses it), so the range test alone leaves products out
      node.kind === 'zone' &&
      node.props?.cidr !== undefined ? parseCidr(node.props.cidr) : undefined;
    if (parsed?.ok) used.push(parsed.cidr);
  }
  const candidates = [
    ...Array.from({ length: 256 }, (_, k) => `10.${k}.0.0/16`),
    ...Array.from({ length: 16 }, (_, k) => `172.${16 + k}.0.0/16`),
    '192.168.0.0/16',
  ];
  for (const text of candidates) {
    const parsed = parseCidr(text);
    if (parsed.ok && !used.some((u) => cidrsOverlap(u, parsed.cidr))) return formatCidr(parsed.cidr);
  }
  return undefined;
}

/** Size of a zone holding one child at (MARGIN, TITLE): at least `minimum`. */
function around(child: Size, minimum: Size): Size {
  return { width: Math.max(minimum.width, MARGIN + child.width + MARGIN), height: Math.max(minimum.height, TITLE + child.height + MARGIN) };
}

/** Add the disaster-recovery site for `storeId`; nothing when the store is gone or has no region. */
export function addDrSite(draft: Draft, storeId: string): void {
  const store = draft.node(storeId);
  if (store?.kind !== 'product') return;
  const region = nearestZone(draft, storeId, 'region');
  if (!region) return;
  const vpcCidr = freeVpcCidr(draft);
  if (vpcCidr === undefined) return;
  const regionId = drRegionFor(draft.original, draft.catalog, region.props?.regionId);

  // Sizes from the inside out: the copy, the backup zone around it (at least a new backup zone's
  // size), the VPC, the region (each just around what it holds).
  const zoneSize = around(PRODUCT_SIZE, newZoneSize(draft, 'backup'));
  const vpcSize = around(zoneSize, { width: 0, height: 0 });
  const regionSize = around(vpcSize, { width: 0, height: 0 });

  // Beside the drawing: right of every top-level node, level with the topmost.
  const top = draft.children(undefined);
  const right = top.reduce((max, n) => Math.max(max, n.position.x + nodeSize(n).width), 0);
  const y = top.reduce((min, n) => Math.min(min, n.position.y), Infinity);
  const position = {
    // Stryker disable next-line ConditionalExpression: the store's region has a top-level node above it (or is one), so `top` is never empty
    x: top.length === 0 ? 0 : right + 4 * GAP,
    // Stryker disable next-line ConditionalExpression: `top` is never empty (see above), so the topmost y is finite
    y: y === Infinity ? 0 : y,
  };

  const drRegion = draft.addNode<ZoneNode>({ id: draft.ids.next('region'), kind: 'zone', zone: 'region', position, size: regionSize, props: { regionId } });
  const vpc = draft.addNode<ZoneNode>({ id: draft.ids.next('vpc'), kind: 'zone', zone: 'vpc', parent: drRegion.id, position: { x: MARGIN, y: TITLE }, size: vpcSize, props: { cidr: vpcCidr } });
  const zoneCidr = freeCidr(draft, vpc.id);
  const zone = draft.addNode<ZoneNode>({
    id: draft.ids.next('backup'),
    kind: 'zone',
    zone: 'backup',
    parent: vpc.id,
    position: { x: MARGIN, y: TITLE },
    size: zoneSize,
    // Stryker disable next-line ConditionalExpression: the new VPC is a fresh /16 with no zone in it, so freeCidr always finds a block
    ...(zoneCidr !== undefined ? { props: { cidr: zoneCidr } } : {}),
  });
  const encryption = store.props?.encryption;
  const props: ProductProps | undefined = encryption !== undefined ? { encryption } : undefined;
  const copy = draft.addNode<ProductNode>({
    id: draft.ids.next(`${store.product.replace(/_/g, '-')}-copy`),
    kind: 'product',
    product: store.product,
    parent: zone.id,
    position: { x: MARGIN, y: TITLE },
    ...(props ? { props } : {}),
  });
  draft.addEdge({ source: store.id, target: copy.id, kind: 'backup', mode: 'realtime' });
}
