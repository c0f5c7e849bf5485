/**
 * Edges the input supports, each with where it came from (resource addresses and a message key for
 * the report); and the connections it cannot tell ("需人工补充连线"), listed, never invented.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { DiagramEdge, EdgeKind, ProductNode, Protocol } from '../model/types.ts';
import type { BuildState } from './build.ts';
import { INTERNET_USER_ID, syntheticId } from './node-ids.ts';
import type { DerivedEdgeNote, ImportGap, ImportedResource, ResourceAttrs } from './types.ts';

/** Well-known ports → the protocol the checker understands (so ABS-04 sees SSH on 22, RDP on 3389). */
const PORT_PROTOCOLS: Record<number, Protocol> = {
  21: 'FTP', 22: 'SSH', 23: 'Telnet', 80: 'HTTP', 443: 'HTTPS', 1433: 'SQLServer', 3306: 'MySQL', 3389: 'RDP', 5432: 'PostgreSQL', 6379: 'Redis', 27017: 'MongoDB',
};
/** Ports a wide open range is reported by, riskiest first (ABS-04's list). */
const RISKY_PORTS = [22, 3389, 23, 21, 3306, 1433, 1521, 5432, 6379, 27017, 9200, 135, 139, 445];

const COMPUTE = new Set(['ecs', 'ack']);
const DATA_STORES = new Set(['rds', 'polardb', 'redis', 'mongodb', 'nas', 'oss']);
const DATABASE_PROTOCOL: Record<string, Protocol> = { rds: 'MySQL', polardb: 'MySQL', redis: 'Redis', mongodb: 'MongoDB' };

export interface DerivedEdges {
  edges: DiagramEdge[];
  notes: DerivedEdgeNote[];
  gaps: ImportGap[];
  /** Addresses used to derive edges (listeners, rules, associations): mapped, not "not mapped". */
  used: Set<string>;
}

export function deriveEdges(s: BuildState): DerivedEdges {
  const edges = new Map<string, DiagramEdge>();
  const notes: DerivedEdgeNote[] = [];
  const gaps: ImportGap[] = [];
  const used = new Set<string>();
  const resources = s.plan.resources;
  const nodeOf = (address: string): string | undefined => s.mapped.get(address);
  const product = (id: string | undefined): ProductNode | undefined => {
    const n = id ? s.nodes.get(id) : undefined;
    return n?.kind === 'product' ? n : undefined;
  };
  const ofKind = (kind: ImportedResource['kind']): ImportedResource[] => resources.filter((r) => r.kind === kind);
  const byIp = new Map<string, string>();
  for (const r of resources) for (const ip of r.attrs.ips ?? []) if (nodeOf(r.address)) byIp.set(ip, nodeOf(r.address)!);

  const add = (kind: EdgeKind, source: string | undefined, target: string | undefined, from: string[], key: MessageKey, params: Params, extra: Partial<DiagramEdge> = {}): void => {
    if (!source || !target || source === target) return;
    for (const a of from) used.add(a);
    const id = syntheticId(`e:${kind}:${source}>${target}:${extra.port ?? ''}`);
    if (edges.has(id)) {
      const note = notes.find((n) => n.edge === id);
      if (note) for (const a of from) if (!note.from.includes(a)) note.from.push(a);
      return;
    }
    edges.set(id, { id, source, target, kind, ...extra });
    notes.push({ edge: id, from: [...from], key, params });
  };
  const internet = (): string => s.ensureInternetUser();

  // Anti-DDoS Pro: Internet → Anti-DDoS → what the domain forwards to (the WAF of the same domain,
  // or its real servers); the WAF of such a domain is then entered through Anti-DDoS only.
  const wafDomains = ofKind('waf_domain');
  const wafOf = (d: ImportedResource): string | undefined =>
    (d.refs.instance ?? []).map(nodeOf).find(Boolean) ?? [...s.nodes.values()].find((n) => n.kind === 'product' && n.product === 'waf')?.id;
  const domainsBehindDdos = new Set<string>();
  for (const d of ofKind('ddos_domain')) {
    const ddos = nodeOf(d.address) ?? (d.refs.instance ?? []).map(nodeOf).find(Boolean);
    if (!ddos) continue;
    const protocol = d.attrs.protocol ?? 'HTTPS';
    const port = d.attrs.port ?? 443;
    add('traffic', internet(), ddos, [d.address], 'import.edge.ddosDomain', { domain: d.name ?? d.address }, { protocol, port });
    const targets = new Set<string>();
    for (const w of wafDomains) {
      if (w.name === undefined || w.name !== d.name || !wafOf(w)) continue;
      domainsBehindDdos.add(w.address);
      targets.add(wafOf(w)!);
    }
    for (const a of d.refs.backend ?? []) if (nodeOf(a) && nodeOf(a) !== ddos) targets.add(nodeOf(a)!);
    for (const ip of d.attrs.ips ?? []) if (byIp.has(ip)) targets.add(byIp.get(ip)!);
    for (const target of targets) add('traffic', ddos, target, [d.address], 'import.edge.ddosOrigin', {}, { protocol, port });
  }

  // WAF: Internet → WAF → its origins; an origin load balancer is then entered through the WAF.
  const behindWaf = new Set<string>();
  for (const d of wafDomains) {
    const waf = wafOf(d);
    if (!waf) continue;
    s.mapped.set(d.address, waf);
    const protocol = d.attrs.protocol ?? 'HTTPS';
    const port = d.attrs.port ?? 443;
    if (!domainsBehindDdos.has(d.address)) add('traffic', internet(), waf, [d.address], 'import.edge.wafDomain', { domain: d.name ?? d.address }, { protocol, port });
    const origins = new Set<string>();
    for (const a of d.refs.backend ?? []) if (nodeOf(a)) origins.add(nodeOf(a)!);
    for (const ip of d.attrs.ips ?? []) if (byIp.has(ip)) origins.add(byIp.get(ip)!);
    for (const o of origins) {
      behindWaf.add(o);
      add('traffic', waf, o, [d.address], 'import.edge.wafOrigin', {}, { protocol, port });
    }
  }

  // Load balancers: listener → backends; Internet → an Internet-facing one (unless behind a WAF).
  const serverGroups = ofKind('lb_server_group');
  const attachments = ofKind('lb_backends');
  const listeners = ofKind('lb_listener');
  for (const l of listeners) {
    const lbAddress = (l.refs.loadBalancer ?? [])[0];
    const lb = lbAddress ? nodeOf(lbAddress) : undefined;
    if (!lb) continue;
    s.mapped.set(l.address, lb);
    const groups = new Set(l.refs.serverGroup ?? []);
    const backendAddresses = new Set<string>();
    const from = [l.address];
    let groupPort: number | undefined;
    for (const g of serverGroups) {
      if (!groups.has(g.address)) continue;
      from.push(g.address);
      groupPort ??= g.attrs.backendPort;
      for (const b of g.refs.backend ?? []) backendAddresses.add(b);
    }
    for (const att of attachments) {
      const intoGroup = (att.refs.serverGroup ?? []).some((g) => groups.has(g));
      const intoLb = (att.refs.serverGroup ?? []).length === 0 && (att.refs.loadBalancer ?? []).includes(lbAddress!);
      if (!intoGroup && !intoLb) continue;
      from.push(att.address);
      for (const b of att.refs.backend ?? []) backendAddresses.add(b);
    }
    const frontProtocol = l.attrs.protocol;
    const backProtocol: Protocol | undefined = frontProtocol === 'HTTPS' ? 'HTTP' : frontProtocol;
    const backPort = l.attrs.backendPort ?? groupPort ?? l.attrs.port;
    for (const b of backendAddresses) {
      add('traffic', lb, nodeOf(b), from, 'import.edge.listener', { protocol: frontProtocol ?? '', port: l.attrs.port ?? '' }, { ...(backProtocol ? { protocol: backProtocol } : {}), ...(backPort ? { port: backPort } : {}) });
    }
    const lbResource = s.byAddress.get(lbAddress!);
    if (lbResource?.attrs.internetFacing && !behindWaf.has(lb)) {
      add('traffic', internet(), lb, [lbAddress!, l.address], 'import.edge.internetLb', {}, { ...(frontProtocol ? { protocol: frontProtocol } : {}), ...(l.attrs.port ? { port: l.attrs.port } : {}) });
    }
  }
  for (const g of [...serverGroups, ...attachments]) {
    const lb = (g.refs.loadBalancer ?? []).map(nodeOf).find(Boolean);
    if (lb && !s.mapped.has(g.address)) s.mapped.set(g.address, lb);
  }

  // Elastic IPs: the bound instance is reachable from the Internet (a NAT's EIP is for going out).
  for (const assoc of ofKind('eip_association')) {
    const target = (assoc.refs.target ?? []).map(nodeOf).find(Boolean);
    if (!target) continue;
    s.mapped.set(assoc.address, target);
    for (const eip of assoc.refs.source ?? []) if (!s.mapped.has(eip)) s.mapped.set(eip, target);
    const node = product(target);
    if (!node || node.product === 'nat_gateway' || behindWaf.has(target)) continue;
    add('traffic', internet(), target, [assoc.address, ...(assoc.refs.source ?? [])], 'import.edge.eip', {});
  }

  // NAT: instances of the SNAT entry's vSwitch go out through the NAT; DNAT opens a port inwards.
  for (const e of ofKind('snat_entry')) {
    const nat = (e.refs.natGateway ?? []).map(nodeOf).find(Boolean);
    if (!nat) continue;
    s.mapped.set(e.address, nat);
    add('traffic', nat, internet(), [e.address], 'import.edge.natOut', {});
    const zones = new Set((e.refs.source ?? []).map((a) => s.zoneOf.get(a)).filter(Boolean));
    for (const n of s.nodes.values()) {
      if (n.kind === 'product' && COMPUTE.has(n.product) && n.parent && zones.has(n.parent)) add('traffic', n.id, nat, [e.address], 'import.edge.snat', {});
    }
  }
  for (const e of ofKind('dnat_entry')) {
    const nat = (e.refs.natGateway ?? []).map(nodeOf).find(Boolean);
    if (nat) s.mapped.set(e.address, nat);
    const target = (e.attrs.ips ?? []).map((ip) => byIp.get(ip)).find(Boolean);
    if (!target) continue;
    const port = e.attrs.port;
    add('traffic', internet(), target, [e.address], 'import.edge.dnat', { port: port ?? '' }, { ...(port ? { protocol: PORT_PROTOCOLS[port] ?? e.attrs.protocol ?? 'TCP', port } : {}) });
  }

  // Security groups open to 0.0.0.0/0: traffic from the Internet with that port and protocol.
  const openRule = (rule: ResourceAttrs): { protocol: Protocol | undefined; port: number | undefined } => {
    const from = rule.port;
    const to = rule.portTo ?? from;
    if (from === undefined || to === undefined) return { protocol: rule.protocol, port: undefined };
    const port = from === to ? from : (RISKY_PORTS.find((p) => p >= from && p <= to) ?? from);
    return { protocol: rule.protocol === 'UDP' ? 'UDP' : (PORT_PROTOCOLS[port] ?? rule.protocol ?? 'TCP'), port };
  };
  const guarded = (sg: string): string[] => {
    const out = new Set<string>();
    for (const r of resources) if ((r.refs.securityGroup ?? []).includes(sg) && r.kind === 'product' && r.product !== 'security_group' && nodeOf(r.address)) out.add(nodeOf(r.address)!);
    return [...out];
  };
  const openEdges = (sg: string, rule: ResourceAttrs, from: string[]): void => {
    if (!rule.openToInternet) return;
    const { protocol, port } = openRule(rule);
    for (const target of guarded(sg)) {
      add('traffic', internet(), target, from, 'import.edge.sgOpen', { protocol: protocol ?? '', port: port ?? '' }, { ...(protocol ? { protocol } : {}), ...(port ? { port } : {}) });
    }
  };
  for (const rule of ofKind('sg_rule')) {
    const sg = (rule.refs.securityGroup ?? [])[0];
    if (!sg) continue;
    if (nodeOf(sg)) s.mapped.set(rule.address, nodeOf(sg)!);
    openEdges(sg, rule.attrs, [rule.address, sg]);
  }
  for (const sg of resources) for (const rule of sg.attrs.ingress ?? []) openEdges(sg.address, rule, [sg.address]);

  // Logs: ActionTrail → its SLS project; log audit ← every product it collects from.
  const slsByName = (name: string | undefined): string | undefined => {
    const found = resources.find((r) => r.product === 'sls' && r.name === name);
    return found ? nodeOf(found.address) : undefined;
  };
  for (const trail of resources.filter((r) => r.product === 'actiontrail')) {
    const source = nodeOf(trail.address);
    const target = (trail.refs.project ?? []).map(nodeOf).find(Boolean) ?? slsByName(trail.attrs.slsProject);
    add('log', source, target, [trail.address], 'import.edge.actiontrail', {});
  }
  for (const audit of ofKind('log_audit')) {
    const target = nodeOf(audit.address);
    for (const n of s.nodes.values()) {
      if (n.kind === 'product' && (audit.attrs.logsFrom ?? []).includes(n.product)) add('log', n.id, target, [audit.address], 'import.edge.logAudit', {});
    }
  }

  // Bastion host assets: management edges from the bastion host.
  for (const asset of ofKind('bastion_asset')) {
    const bastion = (asset.refs.instance ?? []).map(nodeOf).find(Boolean) ?? [...s.nodes.values()].find((n) => n.kind === 'product' && n.product === 'bastionhost')?.id;
    if (!bastion) continue;
    s.mapped.set(asset.address, bastion);
    const targets = new Set<string>();
    for (const a of asset.refs.target ?? []) if (nodeOf(a)) targets.add(nodeOf(a)!);
    for (const ip of asset.attrs.ips ?? []) if (byIp.has(ip)) targets.add(byIp.get(ip)!);
    for (const target of targets) {
      const db = DATABASE_PROTOCOL[product(target)?.product ?? ''];
      const protocol = db ?? asset.attrs.protocol ?? 'SSH';
      add('management', bastion, target, [asset.address], 'import.edge.bastionAsset', { protocol }, { protocol, ...(db ? {} : { port: asset.attrs.port ?? 22 }) });
    }
  }

  // Backups: DTS synchronisation and cross-region replication are real-time copies.
  for (const job of ofKind('replication')) {
    const source = (job.refs.source ?? []).map(nodeOf).find(Boolean);
    const target = (job.refs.destination ?? []).map(nodeOf).find(Boolean);
    const key: MessageKey = job.partOf === 'dts' ? 'import.edge.dts' : 'import.edge.replication';
    add('backup', source, target, [job.address], key, {}, { mode: 'realtime' });
    if (!s.mapped.has(job.address) && source) s.mapped.set(job.address, (job.refs.instance ?? []).map(nodeOf).find(Boolean) ?? source);
  }
  for (const copy of ofKind('cross_region_backup')) {
    const node = (copy.refs.instance ?? []).map(nodeOf).find(Boolean);
    if (!node) continue;
    s.mapped.set(copy.address, node);
    setLocalBackup(product(node));
    gaps.push({ key: 'import.gap.crossRegionBackup', params: { node: labelOf(product(node), s), region: copy.attrs.destinationRegion ?? '?' }, addresses: [copy.address] });
  }
  for (const a of ofKind('cen_attachment')) {
    const cen = (a.refs.instance ?? []).map(nodeOf).find(Boolean);
    if (cen) s.mapped.set(a.address, cen);
  }

  throughCloudFirewall();
  findGaps(s, [...edges.values()], gaps);
  return { edges: [...edges.values()], notes, gaps, used };

  /**
   * An inbound Internet-border policy means the Cloud Firewall inspects what enters the VPCs from the
   * Internet (Anti-DDoS and WAF forward over the Internet too): such edges pass through it.
   */
  function throughCloudFirewall(): void {
    const policies = ofKind('cfw_policy').filter((p) => p.attrs.inbound && nodeOf(p.address));
    const cfw = policies.map((p) => nodeOf(p.address)).find(Boolean);
    if (!cfw) return;
    const outsideOrEdge = (id: string): boolean => {
      for (let at = s.nodes.get(id)?.parent; at; at = s.nodes.get(at)?.parent) {
        const z = s.nodes.get(at);
        if (z?.kind === 'zone' && (z.zone === 'internet' || z.zone === 'edge')) return true;
        if (z?.kind === 'zone' && z.zone === 'vpc') return false;
      }
      return false;
    };
    const inVpc = (id: string): boolean => {
      for (let at = s.nodes.get(id)?.parent; at; at = s.nodes.get(at)?.parent) if (s.nodes.get(at)?.kind === 'zone' && (s.nodes.get(at) as { zone?: string }).zone === 'vpc') return true;
      return false;
    };
    for (const edge of [...edges.values()]) {
      if (edge.kind !== 'traffic' || edge.source === cfw || edge.target === cfw || !outsideOrEdge(edge.source) || !inVpc(edge.target)) continue;
      edges.delete(edge.id);
      const note = notes.findIndex((n) => n.edge === edge.id);
      const from = [...(notes[note]?.from ?? []), ...policies.map((p) => p.address)];
      if (note >= 0) notes.splice(note, 1);
      const extra: Partial<DiagramEdge> = { ...(edge.protocol ? { protocol: edge.protocol } : {}), ...(edge.port ? { port: edge.port } : {}) };
      add('traffic', edge.source, cfw, from, 'import.edge.viaCloudFirewall', {}, extra);
      add('traffic', cfw, edge.target, from, 'import.edge.viaCloudFirewall', {}, extra);
    }
  }

  function setLocalBackup(node: ProductNode | undefined): void {
    if (node && Object.hasOwn(s.catalog.product(node.product)?.props ?? {}, 'localBackup')) node.props = { ...(node.props ?? {}), localBackup: true };
  }
}

/** How the report names a node: its label, else the address it was made from. */
function labelOf(node: ProductNode | undefined, s?: BuildState): string {
  if (!node) return '?';
  return node.label ?? s?.members.get(node.id)?.[0] ?? node.id;
}

/** What the input cannot tell: which compute talks to which data store, what a bastion manages … */
function findGaps(s: BuildState, edges: DiagramEdge[], gaps: ImportGap[]): void {
  const products = [...s.nodes.values()].filter((n): n is ProductNode => n.kind === 'product');
  const addresses = (id: string): string[] => s.members.get(id) ?? [];
  const vpcOf = (n: ProductNode): string | undefined => {
    let id = n.parent;
    while (id) {
      const z = s.nodes.get(id);
      if (z?.kind === 'zone' && z.zone === 'vpc') return id;
      id = z?.parent;
    }
    return undefined;
  };
  const incoming = (id: string, kind: EdgeKind): boolean => edges.some((e) => e.target === id && e.kind === kind && e.source !== INTERNET_USER_ID);
  const compute = products.filter((n) => COMPUTE.has(n.product));
  for (const store of products.filter((n) => DATA_STORES.has(n.product))) {
    if (incoming(store.id, 'traffic')) continue;
    const vpc = vpcOf(store);
    const callers = compute.filter((c) => store.product === 'oss' || vpcOf(c) === vpc);
    if (callers.length === 0) continue;
    gaps.push({ key: 'import.gap.computeToData', params: { from: callers.map((c) => labelOf(c, s)).join(', '), to: labelOf(store, s) }, addresses: [...callers.flatMap((c) => addresses(c.id)), ...addresses(store.id)] });
  }
  for (const c of compute) {
    if (edges.some((e) => e.target === c.id && e.kind === 'traffic')) continue;
    gaps.push({ key: 'import.gap.noInbound', params: { node: labelOf(c, s) }, addresses: addresses(c.id) });
  }
  for (const b of products.filter((n) => n.product === 'bastionhost')) {
    if (edges.some((e) => e.source === b.id && e.kind === 'management')) continue;
    gaps.push({ key: 'import.gap.bastionNoAssets', params: { node: labelOf(b, s) }, addresses: addresses(b.id) });
  }
  for (const l of products.filter((n) => n.product === 'sls')) {
    if (edges.some((e) => e.target === l.id && e.kind === 'log')) continue;
    gaps.push({ key: 'import.gap.noLogSources', params: { node: labelOf(l, s) }, addresses: addresses(l.id) });
  }
}
