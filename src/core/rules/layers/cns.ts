/**
 * 安全通信网络 (CNS): zoning and addressing (网络架构), redundancy, and encryption in transit (通信传输).
 */
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from '../../format/cidr.ts';
import { isEncrypted } from '../../model/encryption.ts';
import { isSecurityZoneKind, type ZoneNode } from '../../model/types.ts';
import type { RuleFindings } from '../collect.ts';
import type { RuleContext } from '../context.ts';
import type { ProductFacts } from '../facts.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { encryptionFix } from '../fixes/suggest.ts';
import { edgeName, inIdOrder, nameList, nodeName, protocolName } from '../names.ts';
import { compareIds } from '../../model/compare-ids.ts';
import { memoByString } from '../../model/memo.ts';
import { defineRule } from '../rule.ts';
import { addPropFinding } from './prop-finding.ts';
import { roleCounts } from '../roles.ts';
import { differentRegions } from '../terms.ts';
import { forEachTrafficBetweenProducts } from './traffic-edges.ts';

/** CNS-01: every product in a zone, zones of at least two kinds, addresses inside the VPC and not overlapping. */
export const cns01 = defineRule({
  id: 'CNS-01',
  fixes: [],
  check(ctx, out) {
    zoneOf(ctx, out);
    zoneKinds(ctx, out);
    addresses(ctx, out);
  },
});

type Cns01Findings = RuleFindings<never>;

/** CNS-01: a VPC-bound product that is not an outside node has no security zone. */
function zoneOf(ctx: RuleContext, out: Cns01Findings): void {
  for (const f of ctx.facts) {
    if (f.vpcBound && !f.outside && !f.zone) out.add([f.node.id], 'rule.CNS-01.noZone', { node: nodeName(ctx, f.node) });
  }
}

/** CNS-01: compute nodes or data stores exist and the drawn security zones are of fewer than two kinds. */
function zoneKinds(ctx: RuleContext, out: Cns01Findings): void {
  const workloads = [...ctx.compute, ...ctx.dataStores];
  if (workloads.length === 0) return;
  const kinds = new Set<string>();
  // Stryker disable next-line ConditionalExpression: a product has no `zone` field (refused on read), so isSecurityZoneKind alone tells zones apart
  for (const node of ctx.doc.nodes) if (node.kind === 'zone' && isSecurityZoneKind(node.zone)) kinds.add(node.zone);
  if (kinds.size >= 2) return;
  const sorted = inIdOrder(ctx, workloads);
  out.add(sorted.map((n) => n.id), 'rule.CNS-01.zoneKinds', { count: kinds.size, nodes: nameList(ctx, sorted) });
}

/**
 * CNS-01 addressing, per VPC: a zone without `cidr` (W), a zone outside its VPC's block, two zones whose
 * blocks overlap. CIDR blocks either nest or are disjoint, so one sweep over the blocks sorted by start
 * address keeps a chain of open blocks, each containing the next; every block of the chain overlaps the
 * block swept, and each such pair is a finding of its own (rules.md 1.1: three zones sharing a range are
 * three findings). The work is the number of findings, which the spec asks for.
 */
function addresses(ctx: RuleContext, out: Cns01Findings): void {
  const byVpc = new Map<ZoneNode, { zone: ZoneNode; cidr: Cidr }[]>();
  for (const node of ctx.doc.nodes) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a product has no `zone` field (refused on read), so isSecurityZoneKind alone tells zones apart
    if (node.kind !== 'zone' || !isSecurityZoneKind(node.zone)) continue;
    const vpc = ctx.index.vpc(node.id);
    if (!vpc) continue;
    const text = node.props?.cidr;
    if (text === undefined) {
      out.add([node.id], 'rule.CNS-01.noCidr', { zone: nodeName(ctx, node), vpc: nodeName(ctx, vpc) }, { severity: 'W' });
      continue;
    }
    const parsed = parsedCidr(text);
    // Stryker disable next-line ConditionalExpression: a malformed cidr is refused on read; never here in a valid document
    if (!parsed.ok) continue;
    const vpcText = vpc.props?.cidr;
    // Stryker disable next-line ConditionalExpression: parsing undefined gives a failed parse, which the `?.ok` below treats as no block, like undefined
    const vpcCidr = vpcText === undefined ? undefined : parsedCidr(vpcText);
    if (vpcCidr?.ok && !cidrContains(vpcCidr.cidr, parsed.cidr)) {
      out.add([node.id], 'rule.CNS-01.cidrOutside', { zone: nodeName(ctx, node), cidr: text, vpc: nodeName(ctx, vpc), vpcCidr: vpcText! });
    }
    const list = byVpc.get(vpc);
    if (list) list.push({ zone: node, cidr: parsed.cidr });
    else byVpc.set(vpc, [{ zone: node, cidr: parsed.cidr }]);
  }
  for (const blocks of byVpc.values()) {
    blocks.sort((a, b) => a.cidr.base - b.cidr.base || a.cidr.prefix - b.cidr.prefix || compareIds(a.zone.id, b.zone.id));
    const open: { zone: ZoneNode; cidr: Cidr }[] = [];
    for (const block of blocks) {
      while (open.length > 0 && !cidrsOverlap(open[open.length - 1]!.cidr, block.cidr)) open.pop();
      for (let k = open.length - 1; k >= 0; k--) {
        const outer = open[k]!;
        out.add([block.zone.id, outer.zone.id], 'rule.CNS-01.cidrOverlap', {
          zone: nodeName(ctx, block.zone), cidr: block.zone.props!.cidr!, other: nodeName(ctx, outer.zone), otherCidr: outer.zone.props!.cidr!,
        });
      }
      open.push(block);
    }
  }
}

/** Parsed blocks by text: a few distinct blocks recur across thousands of zones and every check. */
const parsedCidr = memoByString(parseCidr);

/** CNS-02: important data kept away from the boundary, and isolated from it. */
export const cns02 = defineRule({
  id: 'CNS-02',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const f of ctx.storeFacts) {
      const store = f.node;
      if ((f.zoneKind === 'edge' || f.zoneKind === 'dmz') && ctx.important(f)) {
        out.add([store.id], 'rule.CNS-02.inBoundaryZone', { node: nodeName(ctx, store), zone: nodeName(ctx, f.zone!) });
      }
      if (f.zoneKind !== 'data') continue;
      if (ctx.propOf(f, 'publicIp') === true) {
        addPropFinding(ctx, out, store, 'rule.CNS-02.publicIp', 'publicIp');
      }
      for (const edge of ctx.edgesInto(f)) {
        if (edge.kind !== 'traffic') continue;
        const from = ctx.factsOf(edge.source);
        if (from && (from.outside || from.zoneKind === 'edge' || from.zoneKind === 'dmz')) {
          out.add([store.id, edge.id], 'rule.CNS-02.directAccess', { node: nodeName(ctx, store), from: nodeName(ctx, from.node), edge: edgeName(ctx, edge) });
        }
      }
    }
  },
});

/**
 * CNS-03: redundancy of the key network and computing devices (not for backup copies). A server
 * "receives traffic" when at least one `traffic` edge ends at it; its instances are counted by role
 * (roles.ts, rules.md 1.1), `quantity` defaulting to 1.
 */
export const cns03 = defineRule({
  id: 'CNS-03',
  fixes: ['set-prop'],
  check(ctx, out) {
    const redundant = (f: ProductFacts) => ctx.propOf(f, 'multiAZ') === true;
    const roles = roleCounts(ctx.compute, ctx.doc.edges);
    for (const f of ctx.facts) {
      const node = f.node;
      if ((node.product === 'slb' || node.product === 'nat_gateway' || (f.database && !ctx.isBackupCopy(node.id))) && !redundant(f)) {
        addPropFinding(ctx, out, node, 'rule.CNS-03.singleZone', 'multiAZ');
      } else if (f.compute && (roles.get(node.id) ?? 2) < 2 && !redundant(f)) {
        out.add([node.id], 'rule.CNS-03.singleInstance', { node: nodeName(ctx, node) }, { fix: fixRef.serverRedundancy(node.id, nodeName(ctx, node)) });
      }
    }
  },
});

/** CNS-04: traffic from or to outside nodes, or between regions, must be encrypted. */
export const cns04 = defineRule({
  id: 'CNS-04',
  fixes: ['set-prop', 'set-edge'],
  check(ctx, out) {
    forEachTrafficBetweenProducts(ctx, (edge, from, to) => {
      const outside = from.outside || to.outside;
      if (!outside && !differentRegions(from.region, to.region)) return;
      if (isEncrypted(edge, to.node)) return;
      out.add([edge.id], outside ? 'rule.CNS-04.outside' : 'rule.CNS-04.crossRegion', { edge: edgeName(ctx, edge), protocol: protocolName(edge) }, {
        fix: encryptionFix(ctx, edge),
      });
    });
  },
});

/** CNS-05: traffic into an important data store must be encrypted. */
export const cns05 = defineRule({
  id: 'CNS-05',
  fixes: ['set-prop', 'set-edge'],
  check(ctx, out) {
    for (const f of ctx.storeFacts) {
      if (!ctx.important(f)) continue;
      const store = f.node;
      for (const edge of ctx.edgesInto(f)) {
        if (edge.kind !== 'traffic' || isEncrypted(edge, store)) continue;
        out.add([edge.id], 'rule.CNS-05', { edge: edgeName(ctx, edge), node: nodeName(ctx, store), protocol: protocolName(edge) }, { fix: encryptionFix(ctx, edge) });
      }
    }
  },
});

/**
 * CNS-06 (level 4, rules.md 1.1): important communication needs a hardware cryptographic module: a
 * 云服务器密码机 (`cloud_hsm`) or a KMS of the hardware key management edition.
 */
export const cns06 = defineRule({
  id: 'CNS-06',
  fixes: [],
  check(ctx, out) {
    if (ctx.compute.length === 0 && !ctx.storeFacts.some((f) => ctx.important(f))) return;
    if (ctx.ofProduct('cloud_hsm').length > 0) return;
    if (ctx.ofProduct('kms').some((node) => ctx.prop(node, 'edition') === 'hardware')) return;
    out.add([], 'rule.CNS-06', {});
  },
});
