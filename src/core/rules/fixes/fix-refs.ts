/**
 * Quick-fix ids: a small grammar naming one change to the document, so that findings which the same
 * change resolves carry the same id (the panel offers them together: "添加 云安全中心 企业版: 解决 4 项")
 * and `applyFix` can carry it out from the id alone.
 *
 *   add:security_center        add 云安全中心 企业版, or raise the best one to 企业版
 *   add:cloudmonitor | add:actiontrail | add:kms | add:mgmt_zone
 *   add:db_audit:<vpcId>       数据库审计 into the management zone of that VPC
 *   sls:retention              every 日志服务 SLS to 180 days, or add one that keeps 180 days
 *   bastion:route              运维安全中心 (MFA on) in the management zone; management edges go through it
 *   move:mgmt:<nodeId>         move a bastion host / database audit into its VPC's management zone
 *   insert:<product>           waf | cloud_firewall | ddos_origin in front of what Internet traffic enters
 *   insert-outside:cloud_firewall  the same for traffic from every outside node (office, IDC too)
 *   prop:<prop>:<nodeId>       multiAZ | mfa | localBackup | ssl | sqlAudit on; publicIp off; encryption kms
 *   edge:encrypt:<edgeId>      switch a plaintext edge to its encrypted protocol (HTTPS, SSH, SFTP, TLS)
 *   edge:realtime:<edgeId>     make an off-site backup real-time
 *   dr:site:<nodeId>           a disaster-recovery site (region, VPC, backup zone, copy, real-time backup edge) for a data store
 *
 * Node and edge ids may contain ':', so they always come last and are taken whole.
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { Localized } from '../../model/localized.ts';
import type { FixRef } from '../finding.ts';

export type InsertableProduct = 'waf' | 'cloud_firewall' | 'ddos_origin';
export type PropFix = 'multiAZ' | 'mfa' | 'localBackup' | 'ssl' | 'sqlAudit' | 'publicIp' | 'encryption';

const INSERT_LABEL: Record<InsertableProduct, MessageKey> = {
  waf: 'fix.insert.waf',
  cloud_firewall: 'fix.insert.cloud_firewall',
  ddos_origin: 'fix.insert.ddos_origin',
};

const PROP_LABEL: Record<PropFix, MessageKey> = {
  multiAZ: 'fix.prop.multiAZ',
  mfa: 'fix.prop.mfa',
  localBackup: 'fix.prop.localBackup',
  ssl: 'fix.prop.ssl',
  sqlAudit: 'fix.prop.sqlAudit',
  publicIp: 'fix.prop.publicIp',
  encryption: 'fix.prop.encryption',
};

export const fixRef = {
  /** One id whether it adds 云安全中心 or upgrades the one drawn (`upgrade` names it). */
  securityCenter: (upgrade?: Localized): FixRef =>
    upgrade
      ? { id: 'add:security_center', messageKey: 'fix.securityCenter.upgrade', params: { node: upgrade } }
      : { id: 'add:security_center', messageKey: 'fix.securityCenter.add', params: {} },
  cloudMonitor: (): FixRef => ({ id: 'add:cloudmonitor', messageKey: 'fix.cloudMonitor', params: {} }),
  actionTrail: (): FixRef => ({ id: 'add:actiontrail', messageKey: 'fix.actionTrail', params: {} }),
  kms: (): FixRef => ({ id: 'add:kms', messageKey: 'fix.kms', params: {} }),
  mgmtZone: (): FixRef => ({ id: 'add:mgmt_zone', messageKey: 'fix.mgmtZone', params: {} }),
  dbAudit: (vpcId: string, vpc: Localized): FixRef => ({ id: `add:db_audit:${vpcId}`, messageKey: 'fix.dbAudit', params: { vpc } }),
  slsRetention: (): FixRef => ({ id: 'sls:retention', messageKey: 'fix.slsRetention', params: {} }),
  bastion: (): FixRef => ({ id: 'bastion:route', messageKey: 'fix.bastion', params: {} }),
  moveToMgmt: (nodeId: string, node: Localized): FixRef => ({ id: `move:mgmt:${nodeId}`, messageKey: 'fix.moveToMgmt', params: { node } }),
  insert: (product: InsertableProduct): FixRef => ({ id: `insert:${product}`, messageKey: INSERT_LABEL[product], params: {} }),
  insertOutside: (): FixRef => ({ id: 'insert-outside:cloud_firewall', messageKey: 'fix.insertOutside.cloud_firewall', params: {} }),
  /** A server: two instances across availability zones (same change as `prop:multiAZ`). */
  serverRedundancy: (nodeId: string, node: Localized): FixRef => ({ id: `prop:multiAZ:${nodeId}`, messageKey: 'fix.prop.multiAZServer', params: { node } }),
  prop: (prop: PropFix, nodeId: string, node: Localized): FixRef => ({ id: `prop:${prop}:${nodeId}`, messageKey: PROP_LABEL[prop], params: { node } }),
  encryptEdge: (edgeId: string, edge: Localized, protocol: string): FixRef => ({
    id: `edge:encrypt:${edgeId}`,
    messageKey: 'fix.encryptEdge',
    params: { edge, protocol },
  }),
  realtimeBackup: (edgeId: string, edge: Localized): FixRef => ({ id: `edge:realtime:${edgeId}`, messageKey: 'fix.realtimeBackup', params: { edge } }),
  /** `region`: the name of the region the site is built in (dr-site.ts picks it). */
  drSite: (nodeId: string, node: Localized, region: Localized): FixRef => ({ id: `dr:site:${nodeId}`, messageKey: 'fix.drSite', params: { node, region } }),
};

export type ParsedFix =
  | { kind: 'add'; product: 'security_center' | 'cloudmonitor' | 'actiontrail' | 'kms' }
  | { kind: 'mgmtZone' }
  | { kind: 'dbAudit'; vpcId: string }
  | { kind: 'slsRetention' }
  | { kind: 'bastion' }
  | { kind: 'moveToMgmt'; nodeId: string }
  | { kind: 'insert'; product: InsertableProduct; fromOutside: boolean }
  | { kind: 'prop'; prop: PropFix; nodeId: string }
  | { kind: 'encryptEdge'; edgeId: string }
  | { kind: 'realtimeBackup'; edgeId: string }
  | { kind: 'drSite'; nodeId: string };

const PROP_FIXES: readonly string[] = ['multiAZ', 'mfa', 'localBackup', 'ssl', 'sqlAudit', 'publicIp', 'encryption'];
const INSERTABLE: readonly string[] = ['waf', 'cloud_firewall', 'ddos_origin'];
const ADDABLE: readonly string[] = ['security_center', 'cloudmonitor', 'actiontrail', 'kms'];

/** The change a fix id names, or undefined for an id this version does not know. */
export function parseFixId(id: string): ParsedFix | undefined {
  const rest = (prefix: string): string | undefined => (id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : undefined);
  if (id === 'add:mgmt_zone') return { kind: 'mgmtZone' };
  if (id === 'sls:retention') return { kind: 'slsRetention' };
  if (id === 'bastion:route') return { kind: 'bastion' };
  if (id === 'insert-outside:cloud_firewall') return { kind: 'insert', product: 'cloud_firewall', fromOutside: true };
  const vpcId = rest('add:db_audit:');
  if (vpcId !== undefined) return { kind: 'dbAudit', vpcId };
  const added = rest('add:');
  if (added !== undefined && ADDABLE.includes(added)) return { kind: 'add', product: added as 'security_center' };
  const moved = rest('move:mgmt:');
  if (moved !== undefined) return { kind: 'moveToMgmt', nodeId: moved };
  const inserted = rest('insert:');
  if (inserted !== undefined && INSERTABLE.includes(inserted)) return { kind: 'insert', product: inserted as InsertableProduct, fromOutside: false };
  const encrypt = rest('edge:encrypt:');
  if (encrypt !== undefined) return { kind: 'encryptEdge', edgeId: encrypt };
  const realtime = rest('edge:realtime:');
  if (realtime !== undefined) return { kind: 'realtimeBackup', edgeId: realtime };
  const drSite = rest('dr:site:');
  if (drSite !== undefined) return { kind: 'drSite', nodeId: drSite };
  const prop = rest('prop:');
  if (prop !== undefined) {
    const colon = prop.indexOf(':');
    const name = prop.slice(0, colon);
    if (colon > 0 && colon < prop.length - 1 && PROP_FIXES.includes(name)) return { kind: 'prop', prop: name as PropFix, nodeId: prop.slice(colon + 1) };
  }
  return undefined;
}
