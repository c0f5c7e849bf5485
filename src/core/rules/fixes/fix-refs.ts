/**
 * The quick fixes rules offer, with the words that describe them: one constructor per change. The
 * change is data (fix.ts); findings that the same change resolves carry equal changes.
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { Localized } from '../../model/localized.ts';
import type { FixKind, FixOf, FixOffer, InsertableProduct, PropFix } from './fix.ts';

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

const offer = <K extends FixKind>(change: FixOf<K>, messageKey: MessageKey, params: FixOffer['params'] = {}): FixOffer<FixOf<K>> => ({
  change,
  messageKey,
  params,
});

export const fixRef = {
  /** One change whether it adds 云安全中心 or upgrades the one drawn (`upgrade` names it). */
  securityCenter: (upgrade?: Localized) =>
    upgrade
      ? offer<'add-product'>({ kind: 'add-product', product: 'security_center' }, 'fix.securityCenter.upgrade', { node: upgrade })
      : offer<'add-product'>({ kind: 'add-product', product: 'security_center' }, 'fix.securityCenter.add'),
  cloudMonitor: () => offer<'add-product'>({ kind: 'add-product', product: 'cloudmonitor' }, 'fix.cloudMonitor'),
  actionTrail: () => offer<'add-product'>({ kind: 'add-product', product: 'actiontrail' }, 'fix.actionTrail'),
  kms: () => offer<'add-product'>({ kind: 'add-product', product: 'kms' }, 'fix.kms'),
  mgmtZone: () => offer<'add-mgmt-zone'>({ kind: 'add-mgmt-zone' }, 'fix.mgmtZone'),
  dbAudit: (vpcId: string, vpc: Localized) => offer<'add-db-audit'>({ kind: 'add-db-audit', vpc: vpcId }, 'fix.dbAudit', { vpc }),
  slsRetention: () => offer<'sls-retention'>({ kind: 'sls-retention' }, 'fix.slsRetention'),
  bastion: () => offer<'route-bastion'>({ kind: 'route-bastion' }, 'fix.bastion'),
  moveToMgmt: (nodeId: string, node: Localized) => offer<'move-to-mgmt'>({ kind: 'move-to-mgmt', node: nodeId }, 'fix.moveToMgmt', { node }),
  insert: (product: InsertableProduct) => offer<'insert-boundary'>({ kind: 'insert-boundary', product, fromOutside: false }, INSERT_LABEL[product]),
  insertOutside: () => offer<'insert-boundary'>({ kind: 'insert-boundary', product: 'cloud_firewall', fromOutside: true }, 'fix.insertOutside.cloud_firewall'),
  /** A server: two instances across availability zones (the same change as `prop('multiAZ')`). */
  serverRedundancy: (nodeId: string, node: Localized) => offer<'set-prop'>({ kind: 'set-prop', node: nodeId, prop: 'multiAZ' }, 'fix.prop.multiAZServer', { node }),
  prop: (prop: PropFix, nodeId: string, node: Localized) => offer<'set-prop'>({ kind: 'set-prop', node: nodeId, prop }, PROP_LABEL[prop], { node }),
  encryptEdge: (edgeId: string, edge: Localized, protocol: string) =>
    offer<'set-edge'>({ kind: 'set-edge', edge: edgeId, set: 'encrypt' }, 'fix.encryptEdge', { edge, protocol }),
  realtimeBackup: (edgeId: string, edge: Localized) => offer<'set-edge'>({ kind: 'set-edge', edge: edgeId, set: 'realtime' }, 'fix.realtimeBackup', { edge }),
  /** `region`: the name of the region the site is built in (dr-site.ts picks it). */
  drSite: (nodeId: string, node: Localized, region: Localized) => offer<'add-dr-site'>({ kind: 'add-dr-site', node: nodeId }, 'fix.drSite', { node, region }),
};
