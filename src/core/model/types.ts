/**
 * The diagram document: exactly the shape of a version-2 file (`shared/spec/file-format.md`).
 * Our file is our model: the editor, the checker and the exporters all read this, and React Flow's
 * nodes are derived from it, never the other way round. Documents are treated as immutable values.
 */

export const DIAGRAM_FORMAT = 'mlps-designer/diagram';
export const CURRENT_SCHEMA_VERSION = 2;

export const LEVELS = [2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const PLATFORMS = ['alibaba-public', 'alibaba-finance'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Zone kinds in the order the format lists them. */
export const ZONE_KINDS = [
  'internet', 'office', 'idc', 'region', 'vpc', 'edge', 'dmz', 'app', 'data', 'mgmt', 'ops', 'backup', 'devtest', 'group',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Kinds whose zones are security zones (a node's "security zone" is its nearest one of these). */
export const SECURITY_ZONE_KINDS = ['edge', 'dmz', 'app', 'data', 'mgmt', 'ops', 'backup', 'devtest'] as const;
export type SecurityZoneKind = (typeof SECURITY_ZONE_KINDS)[number];

/** Zones standing for networks outside the cloud: everything inside them is an outside node. */
export const OUTSIDE_ZONE_KINDS = ['internet', 'office', 'idc'] as const;
export type OutsideZoneKind = (typeof OUTSIDE_ZONE_KINDS)[number];

export const EDGE_KINDS = ['traffic', 'management', 'backup', 'log'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const PROTOCOLS = [
  'HTTP', 'HTTPS', 'TCP', 'UDP', 'TLS', 'SSH', 'RDP', 'MySQL', 'PostgreSQL', 'SQLServer', 'Redis', 'MongoDB',
  'IPsec', 'SSL-VPN', 'SFTP', 'FTP', 'Telnet', 'Other',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const BACKUP_MODES = ['realtime', 'scheduled'] as const;
export type BackupMode = (typeof BACKUP_MODES)[number];

export const ENCRYPTION_MODES = ['none', 'service', 'kms', 'byok'] as const;
export type EncryptionMode = (typeof ENCRYPTION_MODES)[number];

/**
 * Product ids of file-format version 1. The catalog must define every one of them; it may add more,
 * but never renames or removes one without a migration.
 */
export const PRODUCT_IDS_V1 = [
  'internet_user', 'admin_terminal', 'office_user', 'idc_server',
  'eip', 'slb', 'nat_gateway', 'vpn_gateway', 'cen', 'express_connect',
  'ddos_origin', 'ddos_pro', 'waf', 'cloud_firewall', 'security_group',
  'ecs', 'ack',
  'rds', 'polardb', 'redis', 'mongodb', 'oss', 'nas',
  'security_center', 'bastionhost', 'db_audit', 'sls', 'actiontrail', 'cloudmonitor', 'config',
  'kms', 'cloud_hsm', 'ssl_cert', 'ram', 'dts', 'dsc',
  'web_scan', 'pentest', 'mss',
] as const;

export interface Position {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface DiagramMeta {
  title: string;
  level: Level;
  platform: Platform;
  organization?: string;
  author?: string;
  version?: string;
  date?: string;
  description?: string;
}

/** 重要程度 of a security zone (v2), in the order the UI offers them. */
export const ZONE_IMPORTANCES = ['high', 'medium', 'low'] as const;
export type ZoneImportance = (typeof ZONE_IMPORTANCES)[number];

/** Zone properties in the order the spec lists them (also the order they are written). */
export interface ZoneProps {
  cidr?: string;
  regionId?: string;
  /** v2, security zones only: 主要功能和作用. */
  purpose?: string;
  /** v2, security zones only: 重要程度. */
  importance?: ZoneImportance;
}

/** Product properties of version 1, in the order the spec lists them (also the order they are written). */
export interface ProductProps {
  edition?: string;
  spec?: string;
  multiAZ?: boolean;
  publicIp?: boolean;
  encryption?: EncryptionMode;
  ssl?: boolean;
  localBackup?: boolean;
  sqlAudit?: boolean;
  mfa?: boolean;
  retentionDays?: number;
  important?: boolean;
  personalData?: boolean;
}
export type ProductPropName = keyof ProductProps;

export const PRODUCT_PROP_NAMES = [
  'edition', 'spec', 'multiAZ', 'publicIp', 'encryption', 'ssl', 'localBackup', 'sqlAudit', 'mfa',
  'retentionDays', 'important', 'personalData',
] as const satisfies readonly ProductPropName[];

interface NodeBase {
  id: string;
  position: Position;
  label?: string;
  /** Id of the containing zone; the position is then relative to that zone's top-left corner. */
  parent?: string;
}

export interface ZoneNode extends NodeBase {
  kind: 'zone';
  zone: ZoneKind;
  size: Size;
  props?: ZoneProps;
}

export interface ProductNode extends NodeBase {
  kind: 'product';
  product: string;
  quantity?: number;
  props?: ProductProps;
}

export type DiagramNode = ZoneNode | ProductNode;

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  protocol?: Protocol;
  port?: number;
  encrypted?: boolean;
  mode?: BackupMode;
  label?: string;
}

export interface Waiver {
  rule: string;
  target?: string;
  reason: string;
}

export interface ManualEntry {
  item: string;
  done: boolean;
  note?: string;
}

/**
 * Kinds of evidence for a security product (v2): 安全认证证书, 安全检测 report, or the 销售许可证 issued
 * until 2023-06-30.
 */
export const CERTIFICATE_TYPES = ['certification', 'testing', 'licence'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** One certificate of a security product (v2); at most one per (product, edition, type). */
export interface Certificate {
  product: string;
  /** Without it the entry covers every edition of the product. */
  edition?: string;
  type: CertificateType;
  number: string;
  issuer?: string;
  validUntil?: string;
  note?: string;
}

export interface Diagram {
  format: typeof DIAGRAM_FORMAT;
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  meta: DiagramMeta;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  waivers?: Waiver[];
  manual?: ManualEntry[];
  /** v2. */
  certificates?: Certificate[];
}

export function isZone(node: DiagramNode): node is ZoneNode {
  return node.kind === 'zone';
}

export function isProduct(node: DiagramNode): node is ProductNode {
  return node.kind === 'product';
}

export function isSecurityZoneKind(kind: ZoneKind): kind is SecurityZoneKind {
  return (SECURITY_ZONE_KINDS as readonly string[]).includes(kind);
}

export function isOutsideZoneKind(kind: ZoneKind): kind is OutsideZoneKind {
  return (OUTSIDE_ZONE_KINDS as readonly string[]).includes(kind);
}

/** Platforms' own certified 等保 level: public cloud 3, finance cloud 4. */
export const PLATFORM_LEVEL: Record<Platform, Level> = {
  'alibaba-public': 3,
  'alibaba-finance': 4,
};
