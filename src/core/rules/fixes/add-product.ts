/**
 * Quick fixes that add a missing product, or raise the one drawn: 云安全中心 企业版, 云监控, 操作审计,
 * 日志服务 SLS (180 days), 密钥管理服务 KMS, 数据库审计 in a VPC's management zone, a management zone.
 */
import type { Position, ProductNode, ProductProps } from '../../model/types.ts';
import { compareIds } from '../../model/compare-ids.ts';
import { REQUIRED_RETENTION_DAYS, editionRank } from '../terms.ts';
import type { Draft } from '../../edit/draft.ts';
import { placeNode } from '../../edit/draft-placement.ts';
import { addZone, ensureMgmtZone, managementHome, zonesOfKind } from './zones.ts';

export function productsOf(draft: Draft, productId: string): ProductNode[] {
  return draft
    .allNodes()
    .filter((n): n is ProductNode => n.kind === 'product' && n.product === productId)
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Add a product at a free spot of a zone (or the top level). */
export function addProduct(draft: Draft, productId: string, parent: string | undefined, props?: ProductProps): ProductNode {
  // Stryker disable next-line ObjectLiteral: placeNode replaces the position with a free spot, whatever it was
  return placeNode(draft, newProduct(draft, productId, parent, { x: 0, y: 0 }, props));
}

/** Add a product at a position of a zone that the caller has made room for. */
export function addProductAt(draft: Draft, productId: string, parent: string | undefined, position: Position): ProductNode {
  return draft.addNode(newProduct(draft, productId, parent, position));
}

function newProduct(draft: Draft, productId: string, parent: string | undefined, position: Position, props?: ProductProps): ProductNode {
  return {
    id: draft.ids.next(productId.replace(/_/g, '-')),
    kind: 'product',
    product: productId,
    position,
    ...(parent !== undefined ? { parent } : {}),
    ...(props ? { props } : {}),
  } satisfies ProductNode;
}

/** Add a central service (云监控, 操作审计, KMS …) to the management home, unless one is drawn. */
export function ensureService(draft: Draft, productId: string, props?: ProductProps): void {
  if (productsOf(draft, productId).length > 0) return;
  addProduct(draft, productId, managementHome(draft), props);
}

/**
 * 云安全中心 of edition 企业版 at least: the best one drawn is raised to 企业版 (never lowered), or a new
 * one is added. 企业版 covers CES-05 (and its recommendation), CES-06, SMC-04 and ABS-07 at once.
 */
export function ensureSecurityCenter(draft: Draft): void {
  const product = draft.catalog.product('security_center');
  const enterprise = editionRank(product, 'enterprise');
  const rankOf = (n: ProductNode) => editionRank(product, n.props?.edition);
  const drawn = productsOf(draft, 'security_center');
  if (drawn.length === 0) {
    addProduct(draft, 'security_center', managementHome(draft), { edition: 'enterprise' });
    return;
  }
  const best = drawn.reduce((a, b) => (rankOf(b) > rankOf(a) ? b : a));
  if (rankOf(best) >= enterprise) return;
  draft.updateNode<ProductNode>(best.id, (n) => ({ ...n, props: { ...n.props, edition: 'enterprise' } }));
}

/** Every SLS keeps logs 180 days; without any, one is added that does. */
export function ensureSlsRetention(draft: Draft): void {
  const drawn = productsOf(draft, 'sls');
  if (drawn.length === 0) {
    addProduct(draft, 'sls', managementHome(draft), { retentionDays: REQUIRED_RETENTION_DAYS });
    return;
  }
  for (const sls of drawn) {
    if ((sls.props?.retentionDays ?? 0) >= REQUIRED_RETENTION_DAYS) continue;
    draft.updateNode<ProductNode>(sls.id, (n) => ({ ...n, props: { ...n.props, retentionDays: REQUIRED_RETENTION_DAYS } }));
  }
}

/** 数据库审计 in the management zone of the VPC (created when missing): it covers every database there. */
export function addDbAudit(draft: Draft, vpcId: string): void {
  if (draft.zone(vpcId)?.zone !== 'vpc') return;
  addProduct(draft, 'db_audit', ensureMgmtZone(draft, vpcId).id, { retentionDays: REQUIRED_RETENTION_DAYS });
}

/** A security management zone in the first VPC (or at the top level when there is no VPC). */
export function addMgmtZone(draft: Draft): void {
  if (zonesOfKind(draft, 'mgmt').length > 0) return;
  const vpc = zonesOfKind(draft, 'vpc')[0];
  if (vpc) ensureMgmtZone(draft, vpc.id);
  else managementHomeAtTop(draft);
}

function managementHomeAtTop(draft: Draft): void {
  addZone(draft, 'mgmt', undefined);
}
