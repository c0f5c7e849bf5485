/**
 * `buildImportedDiagram(plan, catalog, options)`: the plan drawn as a diagram, region › VPC › one
 * security zone per vSwitch › products, with the edges the input supports and a report of everything
 * that happened (mapped, merged, not mapped, edges and their sources, gaps, secrets dropped).
 * Re-import (`previous`): the user's positions, labels, sizes and additions are kept.
 */
import type { Catalog } from '../catalog/types.ts';
import { parseCidr } from '../format/cidr.ts';
import { MAX_LABEL_LENGTH, MAX_SPEC_LENGTH, MAX_TITLE_LENGTH, QUANTITY_RANGE, RETENTION_DAYS_RANGE } from '../standard/limits.ts';
import { t } from '../i18n/translate.ts';
import {
  CURRENT_SCHEMA_VERSION,
  DIAGRAM_FORMAT,
  type Diagram,
  type DiagramNode,
  type ProductNode,
  type ProductProps,
  type SecurityZoneKind,
  type ZoneKind,
  type ZoneNode,
  isSecurityZoneKind,
} from '../model/types.ts';
import { deriveEdges } from './build-edges.ts';
import { INTERNET_USER_ID, INTERNET_ZONE_ID, importId, syntheticId } from './node-ids.ts';
import { placeRoughly } from './placement.ts';
import { mergeWithPrevious } from './reimport.ts';
import type { BuildImportOptions, ImportPlan, ImportReport, ImportedResource } from './types.ts';

export interface BuildImportResult {
  diagram: Diagram;
  report: ImportReport;
}

/** Products that guard the boundary and belong to no VPC: drawn in an `edge` zone of their region. */
const BOUNDARY_PRODUCTS = new Set(['waf', 'ddos_pro', 'ddos_origin', 'cloud_firewall']);
/** Products drawn outside every region (global services). */
const GLOBAL_PRODUCTS = new Set(['cen']);


/** The state of the build shared by its steps. */
export interface BuildState {
  plan: ImportPlan;
  catalog: Catalog;
  byAddress: Map<string, ImportedResource>;
  nodes: Map<string, DiagramNode>;
  /** Address → node id. */
  mapped: Map<string, string>;
  /** Node id → addresses it stands for. */
  members: Map<string, string[]>;
  /** vSwitch address → zone id; VPC address → zone id; region → zone id. */
  zoneOf: Map<string, string>;
  ensureInternetUser(): string;
}

function validCidr(text: string | undefined): string | undefined {
  return text !== undefined && parseCidr(text).ok ? text : undefined;
}

function cutText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** What the names of a group share (`biz-a`, `biz-b` → `biz`), else the first name. */
function commonName(names: (string | undefined)[]): string | undefined {
  const list = names.filter((n): n is string => n !== undefined);
  if (list.length < 2) return list[0];
  let prefix = list[0]!;
  for (const n of list) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  prefix = prefix.replace(/[-_.\s]+$/, '');
  return prefix.length >= 2 ? prefix : list[0];
}

/** `web-01`, `web_2`, `app-a` → `web`, `web`, `app-a`: the role of numbered instances. */
function nameStem(name: string | undefined): string | undefined {
  return name?.replace(/[-_.]?\d+$/, '') || undefined;
}

function defaultRegion(plan: ImportPlan): string | undefined {
  const counts = new Map<string, number>();
  for (const r of plan.resources) if (r.region) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function buildImportedDiagram(plan: ImportPlan, catalog: Catalog, options: BuildImportOptions = {}): BuildImportResult {
  const lang = options.lang ?? 'zh';
  const byAddress = new Map(plan.resources.map((r) => [r.address, r]));
  const nodes = new Map<string, DiagramNode>();
  const mapped = new Map<string, string>();
  const members = new Map<string, string[]>();
  const zoneOf = new Map<string, string>();
  const fallbackRegion = defaultRegion(plan);
  const zoneKinds: Record<string, SecurityZoneKind> = {};

  const addNode = (node: DiagramNode, addresses: string[]): void => {
    nodes.set(node.id, node);
    members.set(node.id, [...(members.get(node.id) ?? []), ...addresses]);
    for (const a of addresses) mapped.set(a, node.id);
  };
  const zone = (id: string, kind: ZoneKind, parent: string | undefined, props?: ZoneNode['props'], label?: string): ZoneNode => {
    const node: ZoneNode = { id, kind: 'zone', zone: kind, position: { x: 0, y: 0 }, size: { width: 200, height: 120 }, ...(label ? { label: cutText(label, MAX_LABEL_LENGTH) } : {}), ...(parent ? { parent } : {}), ...(props && Object.keys(props).length > 0 ? { props } : {}) };
    return node;
  };
  const regionZone = (region: string | undefined): string => {
    const key = region ?? fallbackRegion ?? 'default';
    const id = syntheticId(`region:${key}`);
    if (!nodes.has(id)) addNode(zone(id, 'region', undefined, key !== 'default' && /^[a-z0-9-]+$/.test(key) ? { regionId: key } : {}), []);
    return id;
  };
  const edgeZone = (region: string | undefined): string => {
    const parent = regionZone(region);
    const id = syntheticId(`edge:${region ?? fallbackRegion ?? 'default'}`);
    if (!nodes.has(id)) addNode(zone(id, 'edge', parent), []);
    return id;
  };
  const ensureInternetUser = (): string => {
    if (!nodes.has(INTERNET_ZONE_ID)) addNode(zone(INTERNET_ZONE_ID, 'internet', undefined), []);
    if (!nodes.has(INTERNET_USER_ID)) addNode({ id: INTERNET_USER_ID, kind: 'product', product: 'internet_user', position: { x: 0, y: 0 }, parent: INTERNET_ZONE_ID }, []);
    return INTERNET_USER_ID;
  };

  // Zones: VPCs in their regions, a security zone per vSwitch in its VPC.
  for (const r of plan.resources) {
    if (r.kind !== 'vpc') continue;
    const id = importId(r.address);
    const cidr = validCidr(r.attrs.cidr);
    addNode(zone(id, 'vpc', regionZone(r.region), cidr ? { cidr } : {}, r.name), [r.address]);
    zoneOf.set(r.address, id);
  }
  const proposals = new Map(plan.zoneProposals.map((p) => [p.vswitch, p]));
  for (const r of plan.resources) {
    if (r.kind !== 'vswitch') continue;
    const id = importId(r.address);
    // The user's choice now, else the kind the user kept at the last import, else the proposal.
    const before = options.previous?.nodes.find((n) => n.id === id);
    const kept = before?.kind === 'zone' && isSecurityZoneKind(before.zone) ? before.zone : undefined;
    const kind = options.zoneKinds?.[r.address] ?? kept ?? proposals.get(r.address)?.kind ?? 'app';
    zoneKinds[r.address] = kind;
    const vpc = (r.refs.vpc ?? []).map((a) => zoneOf.get(a)).find(Boolean);
    const cidr = validCidr(r.attrs.cidr);
    addNode(zone(id, kind, vpc ?? regionZone(r.region), cidr ? { cidr } : {}, r.name), [r.address]);
    zoneOf.set(r.address, id);
  }

  // Products, merged when they are instances of one group (count / for_each) or numbered instances of
  // one role (web-01, web-02) in the same zone with the same spec.
  const parentFor = (r: ImportedResource): string | undefined => {
    if (r.product && GLOBAL_PRODUCTS.has(r.product)) return undefined;
    const vsw = (r.refs.vswitch ?? []).map((a) => zoneOf.get(a)).find(Boolean);
    if (vsw) return vsw;
    const vpc = (r.refs.vpc ?? []).map((a) => zoneOf.get(a)).find(Boolean);
    if (vpc) return vpc;
    if (r.product && BOUNDARY_PRODUCTS.has(r.product)) return edgeZone(r.region);
    return regionZone(r.region);
  };
  const groups = new Map<string, ImportedResource[]>();
  const productResources = plan.resources.filter((r) => (r.kind === 'product' || r.kind === 'log_audit') && r.product && catalog.product(r.product));
  for (const r of productResources) {
    // Elastic IPs bound to something become part of it (an Internet edge into it), see build-edges.
    if (r.product === 'eip' && plan.resources.some((a) => a.kind === 'eip_association' && (a.refs.source ?? []).includes(r.address) && (a.refs.target ?? []).length > 0)) continue;
    const parent = parentFor(r) ?? '';
    const stem = r.product === 'ecs' && r.group === r.address ? nameStem(r.name) : undefined;
    const key = r.group !== r.address ? `g|${r.group}|${parent}` : stem ? `s|${r.product}|${stem}|${parent}|${r.attrs.spec ?? ''}` : `a|${r.address}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const [key, list] of groups) {
    const first = list[0]!;
    const product = catalog.product(first.product!)!;
    const allowed = new Set(Object.keys(product.props ?? {}));
    const id = key.startsWith('g|') ? importId(first.group) : key.startsWith('s|') && list.length > 1 ? syntheticId(`${first.product}.${nameStem(first.name)}.${first.refs.vswitch?.[0] ?? ''}`) : importId(first.address);
    const quantity = list.reduce((sum, r) => sum + (r.attrs.quantity ?? 1), 0);
    const zones = new Set(list.flatMap((r) => r.zoneIds));
    for (const r of list) for (const v of r.refs.vswitch ?? []) for (const z of byAddress.get(v)?.zoneIds ?? []) zones.add(z);
    const props: ProductProps = {};
    const editions = new Set((product.editions?.list ?? []).map((e) => e.id));
    const a = first.attrs;
    if (allowed.has('edition') && a.edition && editions.has(a.edition)) props.edition = a.edition;
    if (allowed.has('spec') && a.spec) props.spec = cutText(a.spec, MAX_SPEC_LENGTH);
    if (allowed.has('multiAZ') && (list.some((r) => r.attrs.multiAZ) || zones.size >= 2)) props.multiAZ = true;
    if (allowed.has('publicIp') && list.some((r) => r.attrs.publicIp)) props.publicIp = true;
    if (allowed.has('encryption') && a.encryption && list.every((r) => r.attrs.encryption)) props.encryption = a.encryption;
    if (allowed.has('ssl') && a.ssl) props.ssl = true;
    if (allowed.has('localBackup') && a.localBackup) props.localBackup = true;
    if (allowed.has('sqlAudit') && a.sqlAudit) props.sqlAudit = true;
    if (allowed.has('mfa') && a.mfa !== undefined) props.mfa = a.mfa;
    if (allowed.has('retentionDays') && a.retentionDays !== undefined) props.retentionDays = Math.max(RETENTION_DAYS_RANGE.min, Math.min(RETENTION_DAYS_RANGE.max, a.retentionDays));
    const label = list.length > 1 ? commonName(list.map((r) => nameStem(r.name) ?? r.name)) : first.name;
    const node: ProductNode = {
      id,
      kind: 'product',
      product: product.id,
      position: { x: 0, y: 0 },
      ...(label ? { label: cutText(label, MAX_LABEL_LENGTH) } : {}),
      ...(parentFor(first) ? { parent: parentFor(first)! } : {}),
      ...(quantity > 1 ? { quantity: Math.min(QUANTITY_RANGE.max, quantity) } : {}),
      ...(Object.keys(props).length > 0 ? { props } : {}),
    };
    addNode(node, list.map((r) => r.address));
  }

  const state: BuildState = { plan, catalog, byAddress, nodes, mapped, members, zoneOf, ensureInternetUser };
  attachParts(state, regionZone, edgeZone, parentFor, addNode);
  const derived = deriveEdges(state);

  const diagramNodes = [...nodes.values()];
  placeRoughly(diagramNodes);
  const level = options.level ?? options.previous?.meta.level ?? 3;
  const title = cutText(options.title ?? options.previous?.meta.title ?? t(lang, 'import.defaultTitle', { source: plan.source === 'terraform' ? 'Terraform' : 'ROS' }), MAX_TITLE_LENGTH);
  const fresh: Diagram = {
    format: DIAGRAM_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title, level, platform: options.platform ?? options.previous?.meta.platform ?? 'alibaba-public' },
    nodes: diagramNodes,
    edges: derived.edges,
  };
  const merged = [...members.entries()].filter(([id, list]) => list.length > 1 && nodes.get(id)?.kind === 'product').map(([node, addresses]) => ({ node, quantity: (nodes.get(node) as ProductNode).quantity ?? 1, addresses }));
  const { diagram, added, removed } = mergeWithPrevious(fresh, options.previous, members);
  const report: ImportReport = {
    source: plan.source,
    document: plan.document,
    resourcesRead: plan.resources.length,
    mapped: Object.fromEntries([...mapped.entries()].sort((x, y) => x[0].localeCompare(y[0]))),
    merged,
    notMapped: plan.resources.filter((r) => !mapped.has(r.address) && !derived.used.has(r.address)).map((r) => ({ type: r.type, address: r.address })),
    edges: derived.notes,
    gaps: derived.gaps,
    secretsDropped: plan.secretsDropped,
    warnings: plan.warnings,
    added,
    removed,
    zoneKinds,
  };
  return { diagram, report };
}

/**
 * Parts of products (a listener is not one, a RAM user is part of RAM): each joins the node of the
 * resource it names (`instance`), else the first node of its product in its region, else becomes one.
 * Their facts reach that node: public endpoints, backup policies, log retention, key protection, MFA.
 */
function attachParts(
  s: BuildState,
  regionZone: (region: string | undefined) => string,
  edgeZone: (region: string | undefined) => string,
  parentFor: (r: ImportedResource) => string | undefined,
  addNode: (node: DiagramNode, addresses: string[]) => void,
): void {
  const productNode = (id: string | undefined): ProductNode | undefined => {
    const n = id ? s.nodes.get(id) : undefined;
    return n?.kind === 'product' ? n : undefined;
  };
  const setProp = (node: ProductNode | undefined, name: keyof ProductProps, value: ProductProps[keyof ProductProps]): void => {
    if (!node) return;
    const product = s.catalog.product(node.product);
    if (!product || !Object.hasOwn(product.props ?? {}, name)) return;
    node.props = { ...(node.props ?? {}), [name]: value };
  };
  const hostOf = (r: ImportedResource): string | undefined => {
    for (const role of ['instance', 'project', 'other'] as const) {
      const found = (r.refs[role] ?? []).map((a) => s.mapped.get(a)).find(Boolean);
      if (found) return found;
    }
    if (r.kind === 'sls_logstore' && r.attrs.slsProject) {
      const project = s.plan.resources.find((p) => p.product === 'sls' && p.name === r.attrs.slsProject);
      if (project) return s.mapped.get(project.address);
    }
    return undefined;
  };
  const mfaSeen = new Map<string, boolean>();
  for (const r of s.plan.resources) {
    if (s.mapped.has(r.address)) continue;
    let host = hostOf(r);
    if (!host && r.partOf && s.catalog.product(r.partOf)) {
      const sameProduct = [...s.nodes.values()].filter((n): n is ProductNode => n.kind === 'product' && n.product === r.partOf);
      const region = r.region;
      host = (sameProduct.find((n) => (s.members.get(n.id) ?? []).some((a) => s.byAddress.get(a)?.region === region)) ?? sameProduct[0])?.id;
      if (!host) {
        const id = importId(r.address);
        const parent = parentFor({ ...r, product: r.partOf }) ?? (['waf', 'ddos_pro', 'ddos_origin', 'cloud_firewall'].includes(r.partOf) ? edgeZone(r.region) : regionZone(r.region));
        addNode({ id, kind: 'product', product: r.partOf, position: { x: 0, y: 0 }, parent, ...(r.name ? { label: cutText(r.name, MAX_LABEL_LENGTH) } : {}) }, []);
        host = id;
      }
    }
    if (!host) continue;
    if (r.kind === 'fact' || r.kind === 'login_profile' || r.kind === 'bastion_user' || r.kind === 'sls_logstore' || r.kind === 'backup_policy' || r.kind === 'disk' || r.partOf) {
      s.mapped.set(r.address, host);
      s.members.set(host, [...(s.members.get(host) ?? []), r.address]);
    }
    const node = productNode(host);
    if (r.attrs.publicIp) setProp(node, 'publicIp', true);
    if (r.kind === 'backup_policy') setProp(node, 'localBackup', true);
    if (r.attrs.edition === 'hardware' && node?.product === 'kms') setProp(node, 'edition', 'hardware');
    if (r.kind === 'sls_logstore') {
      if (r.attrs.retentionDays !== undefined) setProp(node, 'retentionDays', Math.max(node?.props?.retentionDays ?? 0, r.attrs.retentionDays));
      if (r.attrs.encryption && !node?.props?.encryption) setProp(node, 'encryption', r.attrs.encryption);
    }
    if (r.kind === 'disk' && r.attrs.encryption && !node?.props?.encryption) setProp(node, 'encryption', r.attrs.encryption);
    if (r.kind === 'login_profile' && r.attrs.mfa !== undefined && node) mfaSeen.set(node.id, (mfaSeen.get(node.id) ?? true) && r.attrs.mfa);
  }
  // A disk attached later names its instance through the attachment.
  for (const r of s.plan.resources) {
    if (r.kind !== 'disk_attachment') continue;
    const instance = (r.refs.instance ?? []).map((a) => s.mapped.get(a)).find(Boolean);
    const disk = (r.refs.other ?? []).map((a) => s.byAddress.get(a)).find(Boolean);
    if (instance) {
      s.mapped.set(r.address, instance);
      if (disk) {
        s.mapped.set(disk.address, instance);
        if (disk.attrs.encryption) setProp(productNode(instance), 'encryption', disk.attrs.encryption);
      }
    }
  }
  for (const [id, mfa] of mfaSeen) setProp(productNode(id), 'mfa', mfa);
  // A bastion host whose users all log in as RAM users is behind RAM's MFA when RAM enforces it.
  const ramMfa = [...s.nodes.values()].some((n) => n.kind === 'product' && n.product === 'ram' && n.props?.mfa === true);
  for (const node of s.nodes.values()) {
    if (node.kind !== 'product' || node.product !== 'bastionhost') continue;
    const users = (s.members.get(node.id) ?? []).map((a) => s.byAddress.get(a)).filter((r) => r?.kind === 'bastion_user');
    if (users.length > 0 && ramMfa && users.every((u) => u?.attrs.ramUser)) setProp(node, 'mfa', true);
  }
}
