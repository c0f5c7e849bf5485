/**
 * Zones that quick fixes put things into: the security management zone of a VPC (created, with a free
 * /24 of the VPC's block, when there is none) and the "management home" where central services such as
 * 云监控 and 操作审计 are drawn. The boundary zone for DDoS / WAF / firewall products: boundary-zone.ts.
 */
import { cidrsOverlap, formatCidr, parseCidr, type Cidr } from '../../format/cidr.ts';
import { PRODUCT_SIZE } from '../../geometry/geometry.ts';
import { isOutsideZoneKind, isSecurityZoneKind, type Size, type ZoneKind, type ZoneNode } from '../../model/types.ts';
import { compareIds } from '../../model/compare-ids.ts';
import type { Draft } from '../../edit/draft.ts';
import { freeSpot } from '../../edit/draft-placement.ts';

/** The nearest zone above a node (parents first) whose kind passes `test`, in the draft's current state. */
function nearestZoneWhere(draft: Draft, id: string, test: (kind: ZoneKind) => boolean): ZoneNode | undefined {
  let zone = draft.zone(draft.node(id)?.parent);
  for (
    let steps = 0;
    // Stryker disable next-line EqualityOperator: documents have at most 16 ancestors (the reader refuses more); the bound only ends a parent cycle, which 64 or 65 steps end alike
    zone && steps < 64;
    steps++, zone = draft.zone(zone.parent)
  ) {
    if (test(zone.zone)) return zone;
  }
  return undefined;
}

/** The nearest zone of `kind` above a node. */
export function nearestZone(draft: Draft, id: string, kind: ZoneKind): ZoneNode | undefined {
  return nearestZoneWhere(draft, id, (k) => k === kind);
}

/** The nearest security zone above a node. */
export function securityZoneOf(draft: Draft, id: string): ZoneNode | undefined {
  return nearestZoneWhere(draft, id, isSecurityZoneKind);
}

/** The nearest `internet`, `office` or `idc` zone above a node. */
export function outsideZoneOf(draft: Draft, id: string): ZoneNode | undefined {
  return nearestZoneWhere(draft, id, isOutsideZoneKind);
}

/** Zones of a kind, in natural id order. */
export function zonesOfKind(draft: Draft, kind: ZoneKind): ZoneNode[] {
  return draft
    .allNodes()
    .filter(
      (n): n is ZoneNode =>
        // Stryker disable next-line ConditionalExpression: a product has no `zone` field, so the kind test alone already leaves products out
        n.kind === 'zone' &&
        n.zone === kind,
    )
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Room for two products side by side (20 apart and from the sides) in a zone a fix creates. */
const TWO_COLUMNS = 2 * PRODUCT_SIZE.width + 3 * 20;

/** The size of a zone a fix creates: the catalog's default, two products wide. */
export function newZoneSize(draft: Draft, kind: ZoneKind): Size {
  const size = { ...draft.catalog.zone(kind).defaultSize };
  size.width = Math.max(size.width, TWO_COLUMNS);
  return size;
}

/** A new zone of `kind` at a free spot of `parentId`, of the size `newZoneSize` gives. */
export function addZone(draft: Draft, kind: ZoneKind, parentId: string | undefined, cidr?: string): ZoneNode {
  const size = newZoneSize(draft, kind);
  const position = freeSpot(draft, parentId, size);
  return draft.addNode<ZoneNode>({
    id: draft.ids.next(kind),
    kind: 'zone',
    zone: kind,
    position,
    size,
    ...(parentId !== undefined ? { parent: parentId } : {}),
    ...(cidr !== undefined ? { props: { cidr } } : {}),
  });
}

/** The management zone directly serving a VPC (its nearest VPC is this one), created when missing. */
export function ensureMgmtZone(draft: Draft, vpcId: string): ZoneNode {
  const existing = zonesOfKind(draft, 'mgmt').find((z) => nearestZone(draft, z.id, 'vpc')?.id === vpcId);
  return existing ?? addZone(draft, 'mgmt', vpcId, freeCidr(draft, vpcId));
}

/**
 * Where central services are drawn: the first management zone; else a new one in the first VPC
 * (the design needs one anyway from level 3 on); else the top level.
 */
export function managementHome(draft: Draft): string | undefined {
  const mgmt = zonesOfKind(draft, 'mgmt')[0];
  if (mgmt) return mgmt.id;
  const vpc = zonesOfKind(draft, 'vpc')[0];
  return vpc ? ensureMgmtZone(draft, vpc.id).id : undefined;
}

/**
 * The first block of the VPC's range that no security zone of that VPC uses: a /24 when the VPC is
 * /24 or larger, else a quarter of it. Undefined when the VPC has no range or it is full.
 */
export function freeCidr(draft: Draft, vpcId: string): string | undefined {
  const vpcText = draft.zone(vpcId)?.props?.cidr;
  // Stryker disable next-line ConditionalExpression: parseCidr refuses a missing range too (it reads no block in "undefined")
  const vpc = vpcText === undefined ? undefined : parseCidr(vpcText);
  if (!vpc?.ok) return undefined;
  // Stryker disable next-line ArrayDeclaration: a stray non-block in the list overlaps nothing (its base and prefix are undefined)
  const used: Cidr[] = [];
  for (const node of draft.allNodes()) {
    const text =
      // Stryker disable next-line ConditionalExpression: a product has no `zone` field, so isSecurityZoneKind alone already leaves products out
      node.kind === 'zone' &&
      isSecurityZoneKind(node.zone) ? node.props?.cidr : undefined;
    // Stryker disable next-line ConditionalExpression: a missing range would reach parseCidr, which refuses it ("undefined" is no block)
    if (text === undefined) continue;
    if (nearestZone(draft, node.id, 'vpc')?.id !== vpcId) continue;
    const parsed = parseCidr(text);
    if (parsed.ok) used.push(parsed.cidr);
  }
  const prefix = vpc.cidr.prefix <= 24 ? 24 : Math.min(30, vpc.cidr.prefix + 2);
  const step = 2 ** (32 - prefix);
  const count = Math.min(4096, 2 ** (prefix - vpc.cidr.prefix));
  for (let k = 0; k < count; k++) {
    const block = { base: (vpc.cidr.base + k * step) >>> 0, prefix };
    if (!used.some((u) => cidrsOverlap(u, block))) return formatCidr(block);
  }
  return undefined;
}
