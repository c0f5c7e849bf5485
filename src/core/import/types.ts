/**
 * Types of the infrastructure import (issue 13): what `readInfrastructure` reads out of a Terraform
 * `terraform show -json` document or a ROS template (a source-neutral plan), and what
 * `buildImportedDiagram` reports about the diagram it makes. Everything user-facing is a message key
 * with parameters, never text: the UI and the CLI translate at the last moment.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { EncryptionMode, Protocol, SecurityZoneKind } from '../model/types.ts';

export type ImportSource = 'terraform' | 'ros';
export const IMPORT_SOURCES: readonly ImportSource[] = ['terraform', 'ros'];

/** Where a problem is: a JSON path (`$.values.root_module`), a YAML line, or a resource address. */
export type ImportLocation =
  | { kind: 'path'; path: string }
  | { kind: 'line'; line: number; column?: number }
  | { kind: 'resource'; address: string }
  | { kind: 'file' };

export interface ImportError {
  key: MessageKey;
  params: Params;
  location: ImportLocation;
}

/**
 * What a resource becomes. A catalog product id for the resources drawn as products; `vpc` and
 * `vswitch` become zones; the rest are facts that only shape other nodes and edges (a listener, an
 * EIP binding, a security-group rule …). Resources of types the mapping does not know have no kind and
 * are listed in the report as not mapped.
 */
export type ResourceKind =
  | 'vpc'
  | 'vswitch'
  | 'product'
  | 'lb_listener'
  | 'lb_backends'
  | 'lb_server_group'
  | 'sg_rule'
  | 'eip_association'
  | 'snat_entry'
  | 'dnat_entry'
  | 'waf_domain'
  | 'ddos_domain'
  | 'cfw_policy'
  | 'bastion_user'
  | 'bastion_asset'
  | 'backup_policy'
  | 'cross_region_backup'
  | 'replication'
  | 'sls_logstore'
  | 'log_audit'
  | 'disk'
  | 'disk_attachment'
  | 'login_profile'
  | 'cen_attachment'
  | 'node_pool'
  | 'fact';

/** Attributes read out of a resource, already normalised to the diagram's vocabulary. */
export interface ResourceAttrs {
  /** Instances this one resource stands for (instance groups, scaling groups, node pools). */
  quantity?: number;
  edition?: string;
  spec?: string;
  publicIp?: boolean;
  /** Deployed across zones by its own settings (a standby zone, zone mappings). */
  multiAZ?: boolean;
  /** Load balancer / NAT facing the Internet. */
  internetFacing?: boolean;
  encryption?: EncryptionMode;
  ssl?: boolean;
  sqlAudit?: boolean;
  localBackup?: boolean;
  mfa?: boolean;
  retentionDays?: number;
  cidr?: string;
  /** Listener, rule or entry: the protocol and port it concerns. */
  protocol?: Protocol;
  port?: number;
  backendPort?: number;
  /** Security-group rule: the last port of its range (`port` is the first). */
  portTo?: number;
  /** A security group's inline ingress rules (ROS `SecurityGroupIngress`), each like an `sg_rule`'s attrs. */
  ingress?: ResourceAttrs[];
  /** Security-group rule: ingress open to 0.0.0.0/0 (or ::/0) and accepted. */
  openToInternet?: boolean;
  /** Region named by the resource itself (OSS location, a copy's destination region). */
  destinationRegion?: string;
  /** SLS log-audit: the product ids whose logs it collects. */
  logsFrom?: string[];
  /** IP addresses (origins of a WAF domain, an EIP's address, an instance's private IP). */
  ips?: string[];
  /** Cloud Firewall control policy for Internet-to-VPC traffic (direction `in`). */
  inbound?: boolean;
  /** Bastion host user that logs in as a RAM user (so RAM's MFA applies). */
  ramUser?: boolean;
  /** Name of an SLS project this resource points at (ActionTrail's `sls_project_arn`). */
  slsProject?: string;
}

/** Roles of the references a resource makes to others, each a list of resource addresses. */
export type RefRole =
  | 'vpc'
  | 'vswitch'
  | 'securityGroup'
  | 'loadBalancer'
  | 'serverGroup'
  | 'backend'
  | 'target'
  | 'source'
  | 'destination'
  | 'instance'
  | 'natGateway'
  | 'project'
  | 'key'
  | 'cluster'
  | 'other';

export interface ImportedResource {
  /** Terraform address (`module.web.alicloud_instance.app[0]`) or ROS logical id. */
  address: string;
  /** Address without its `count`/`for_each` index: resources of one group share it. */
  group: string;
  /** Original type: `alicloud_instance`, `ALIYUN::ECS::Instance`. */
  type: string;
  /** Undefined when the type is not mapped. */
  kind?: ResourceKind;
  /** For `kind: 'product'`: the catalog product id. */
  product?: string;
  name?: string;
  description?: string;
  tags: Record<string, string>;
  /** Region id, when known (own attribute, zone id, provider configuration). */
  region?: string;
  /** Availability-zone ids (`cn-hangzhou-h`). */
  zoneIds: string[];
  refs: Partial<Record<RefRole, string[]>>;
  attrs: ResourceAttrs;
  /** The provider's id of the resource when known (state), to resolve references by id. */
  id?: string;
  /**
   * A part of a product rather than one of its own (a Cloud Firewall control policy, a RAM user, a KMS
   * key, a Config rule): it joins the node of that product id in its region (the first one becomes it).
   */
  partOf?: string;
}

export type ZoneReasonKey = Extract<MessageKey, `import.reason.${string}`>;

/** One per vSwitch: the security-zone kind proposed for it and why. */
export interface ZoneProposal {
  vswitch: string;
  name?: string;
  cidr?: string;
  kind: SecurityZoneKind;
  reason: { key: MessageKey; params: Params };
}

export interface ImportPlan {
  source: ImportSource;
  /** `format_version` of a Terraform document, `ROSTemplateFormatVersion` of a template. */
  formatVersion: string;
  /** Terraform: a state or a plan; ROS: a template. */
  document: 'state' | 'plan' | 'template';
  resources: ImportedResource[];
  zoneProposals: ZoneProposal[];
  /** Values dropped as secrets while reading (their count only; never the values or their paths). */
  secretsDropped: number;
  /** Problems that did not stop the import (an unresolved reference …), with their locations. */
  warnings: ImportError[];
}

export type ReadInfrastructureResult = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] };

export interface ReadInfrastructureOptions {
  /**
   * The source the caller expects (`cli --from`, the dialog's choice); content that is the other
   * source (or neither) is refused. Without it the content decides (`detectImportSource`).
   */
  from?: ImportSource;
  /** The file's name, for the caller's own messages; never used to recognise the content. */
  fileName?: string;
}

/** A derived edge and where it came from. */
export interface DerivedEdgeNote {
  edge: string;
  /** Resource addresses the edge was derived from. */
  from: string[];
  key: MessageKey;
  params: Params;
}

export interface ImportGap {
  key: MessageKey;
  params: Params;
  /** Resource addresses concerned. */
  addresses: string[];
}

export interface ImportReport {
  source: ImportSource;
  document: ImportPlan['document'];
  resourcesRead: number;
  /** Address → node id (several addresses can share a node: merged). */
  mapped: Record<string, string>;
  /** Nodes standing for several resources (3 ECS of one role → one node ×3). */
  merged: { node: string; quantity: number; addresses: string[] }[];
  /** Resources whose type is not mapped: never dropped silently. */
  notMapped: { type: string; address: string }[];
  edges: DerivedEdgeNote[];
  /** 需人工补充连线: connections the input cannot tell (never invented). */
  gaps: ImportGap[];
  secretsDropped: number;
  warnings: ImportError[];
  /** Re-import: what changed against `previous` (empty on a first import). */
  added: { id: string; addresses: string[] }[];
  removed: { id: string; addresses: string[] }[];
  /** Zone kind used per vSwitch address. */
  zoneKinds: Record<string, SecurityZoneKind>;
}

export interface BuildImportOptions {
  /** Kind per vSwitch address, as confirmed by the user; missing ones take the proposal. */
  zoneKinds?: Record<string, SecurityZoneKind>;
  level?: import('../model/types.ts').Level;
  title?: string;
  platform?: import('../model/types.ts').Platform;
  /** A diagram made by an earlier import (possibly edited): its layout and additions are kept. */
  previous?: import('../model/types.ts').Diagram;
  /** Language of the default title ("从 Terraform 导入的系统"); default `zh`. */
  lang?: import('../model/localized.ts').Lang;
}
