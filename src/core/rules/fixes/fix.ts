/**
 * A quick fix: one change to the document, as data. A finding offers one (`FixOffer`: the change and
 * the words describing it); `applyFix` carries it out. Findings whose changes have the same `fixKey`
 * are resolved by the same change: the panel offers them together ("添加 云安全中心 企业版: 解决 4 项").
 */
import type { MessageKey, Params } from '../../i18n/translate.ts';

/** The boundary products a fix can put in front of what Internet (or outside) traffic enters. */
export type InsertableProduct = 'waf' | 'cloud_firewall' | 'ddos_origin';
/** The central services a fix adds when none is drawn (云安全中心 is raised to 企业版 when one is). */
export type AddableProduct = 'security_center' | 'cloudmonitor' | 'actiontrail' | 'kms';
/** multiAZ | mfa | localBackup | ssl | sqlAudit on; publicIp off; encryption kms. */
export type PropFix = 'multiAZ' | 'mfa' | 'localBackup' | 'ssl' | 'sqlAudit' | 'publicIp' | 'encryption';

export type Fix =
  /** Add the product, or (云安全中心) raise the best one drawn to 企业版. */
  | { readonly kind: 'add-product'; readonly product: AddableProduct }
  /** A management zone in the first VPC. */
  | { readonly kind: 'add-mgmt-zone' }
  /** 数据库审计 into the management zone of that VPC. */
  | { readonly kind: 'add-db-audit'; readonly vpc: string }
  /** Every 日志服务 SLS to 180 days, or add one that keeps 180 days. */
  | { readonly kind: 'sls-retention' }
  /** 运维安全中心 (MFA on) in the management zone; management edges go through it. */
  | { readonly kind: 'route-bastion' }
  /** Move a bastion host or database audit into its VPC's management zone. */
  | { readonly kind: 'move-to-mgmt'; readonly node: string }
  /** The product in front of what Internet traffic (or, `fromOutside`, traffic from every outside node) enters. */
  | { readonly kind: 'insert-boundary'; readonly product: InsertableProduct; readonly fromOutside: boolean }
  | { readonly kind: 'set-prop'; readonly node: string; readonly prop: PropFix }
  /** `encrypt`: switch a plaintext edge to its encrypted form; `realtime`: make an off-site backup real-time. */
  | { readonly kind: 'set-edge'; readonly edge: string; readonly set: 'encrypt' | 'realtime' }
  /** A disaster-recovery site (region, VPC, backup zone, copy, real-time backup edge) for a data store. */
  | { readonly kind: 'add-dr-site'; readonly node: string };

export type FixKind = Fix['kind'];
export type FixOf<K extends FixKind> = Extract<Fix, { kind: K }>;

/** What a finding offers: the change, and what it does in words (message key and parameters). */
export interface FixOffer<C extends Fix = Fix> {
  readonly change: C;
  readonly messageKey: MessageKey;
  readonly params: Params;
}

/**
 * The key of a change, for grouping, de-duplicating and React keys only (never parsed back): equal
 * keys mean the same change. Node and edge ids come last.
 */
export function fixKey(fix: Fix): string {
  switch (fix.kind) {
    case 'add-product':
      return `add:${fix.product}`;
    case 'add-mgmt-zone':
      return 'add:mgmt_zone';
    case 'add-db-audit':
      return `add:db_audit:${fix.vpc}`;
    case 'sls-retention':
      return 'sls:retention';
    case 'route-bastion':
      return 'bastion:route';
    case 'move-to-mgmt':
      return `move:mgmt:${fix.node}`;
    case 'insert-boundary':
      return `${fix.fromOutside ? 'insert-outside' : 'insert'}:${fix.product}`;
    case 'set-prop':
      return `prop:${fix.prop}:${fix.node}`;
    case 'set-edge':
      return `edge:${fix.set}:${fix.edge}`;
    case 'add-dr-site':
      return `dr:site:${fix.node}`;
  }
}
