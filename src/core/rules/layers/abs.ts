/**
 * 安全区域边界 (ABS): what stands between the outside and the system (边界防护, 访问控制, 入侵防范,
 * 恶意代码防范) and boundary audit. The four "reached unprotected" rules each make ONE multi-source walk.
 */
import { defineRule } from '../rule.ts';
import type { ProductFacts } from '../facts.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { edgeName, inIdOrder, nameList, nodeName } from '../names.ts';
import { unprotectedReach } from '../reach.ts';
import { HIGH_RISK_PORTS, HIGH_RISK_PROTOCOLS, isWebEdge } from '../terms.ts';
import { bestEdition, hasSlsKeeping180Days, securityCenterFix } from './shared.ts';
import { forEachTrafficBetweenProducts, forEachTrafficFromProduct } from './traffic-edges.ts';

/**
 * Reached nodes that are themselves outside nodes (a server in the customer's IDC reached from the
 * Internet) are not the system's boundary to protect: the rules speak of crossing into the system.
 */
const workload = (f: ProductFacts): boolean => (f.compute || f.dataStore) && !f.outside;
const server = (f: ProductFacts): boolean => f.compute && !f.outside;
const outside = (f: ProductFacts): boolean => f.outside;
const internet = (f: ProductFacts): boolean => f.internet;
const isProduct = (id: string) => (f: ProductFacts): boolean => f.node.product === id;

/** ABS-01: no boundary control at all between an outside node and a compute node or data store. */
export const abs01 = defineRule({
  id: 'ABS-01',
  fixes: ['insert-boundary'],
  check(ctx, out) {
    const fromInternet = { fix: fixRef.insert('cloud_firewall') };
    const fromOutside = { fix: fixRef.insertOutside() };
    unprotectedReach(ctx, { start: outside, stop: (f) => f.boundary, report: workload }, (node, via, _first, origin) => {
      const options = ctx.isInternet(origin.id) ? fromInternet : fromOutside;
      out.add([node.id, via.id], 'rule.ABS-01', { node: nodeName(ctx, node), from: nodeName(ctx, origin), edge: edgeName(ctx, via) }, options);
    });
  },
});

/** ABS-02: a server or database in an inner zone with its own public address bypasses the boundary. */
export const abs02 = defineRule({
  id: 'ABS-02',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const f of ctx.facts) {
      // Stryker disable next-line ConditionalExpression: only compute nodes and databases take `publicIp` (file-format.md; refused elsewhere on read), so the kind test never decides alone
      if (!(f.compute || f.database) || ctx.propOf(f, 'publicIp') !== true) continue;
      const kind = f.zoneKind;
      if (kind !== 'app' && kind !== 'data' && kind !== 'mgmt') continue;
      if (kind === 'data' && f.dataStore) continue; // CNS-02 instead
      const node = f.node;
      out.add([node.id], 'rule.ABS-02', { node: nodeName(ctx, node), zone: nodeName(ctx, f.zone!) }, {
        fix: fixRef.prop('publicIp', node.id, nodeName(ctx, node)),
      });
    }
  },
});

/** ABS-03: Internet traffic reaches servers or data without passing 云防火墙 (access control at the boundary). */
export const abs03 = defineRule({
  id: 'ABS-03',
  fixes: ['insert-boundary'],
  check(ctx, out) {
    const options = { fix: fixRef.insert('cloud_firewall') };
    unprotectedReach(ctx, { start: internet, stop: isProduct('cloud_firewall'), report: workload }, (node, _via, _first, origin) => {
      out.add([node.id], 'rule.ABS-03', { node: nodeName(ctx, node), from: nodeName(ctx, origin) }, options);
    });
  },
});

/** ABS-04: remote administration, file transfer, databases or high-risk ports open to the Internet. */
export const abs04 = defineRule({
  id: 'ABS-04',
  fixes: [],
  check(ctx, out) {
    forEachTrafficFromProduct(ctx, (edge, source) => {
      if (!source.internet) return;
      // Stryker disable next-line ConditionalExpression: the set never holds undefined, so `has` answers the `!== undefined` test itself
      if (edge.protocol !== undefined && HIGH_RISK_PROTOCOLS.has(edge.protocol)) {
        out.add([edge.id], 'rule.ABS-04.protocol', { edge: edgeName(ctx, edge), protocol: edge.protocol });
      } else if (
        // Stryker disable next-line ConditionalExpression: the set never holds undefined, so `has` answers the `!== undefined` test itself
        edge.port !== undefined && HIGH_RISK_PORTS.has(edge.port)
      ) {
        out.add([edge.id], 'rule.ABS-04.port', { edge: edgeName(ctx, edge), port: edge.port });
      }
    });
  },
});

/** ABS-05: web traffic from the Internet reaches a server without passing Web应用防火墙. */
export const abs05 = defineRule({
  id: 'ABS-05',
  fixes: ['insert-boundary'],
  check(ctx, out) {
    const options = { fix: fixRef.insert('waf') };
    unprotectedReach(ctx, { start: internet, stop: isProduct('waf'), follow: isWebEdge, report: server }, (node, _via, first) => {
      out.add([node.id, first.id], 'rule.ABS-05', { node: nodeName(ctx, node), edge: edgeName(ctx, first) }, options);
    });
  },
});

/** ABS-06: no DDoS protection product named in front of the servers Internet traffic reaches. */
export const abs06 = defineRule({
  id: 'ABS-06',
  fixes: ['insert-boundary'],
  check(ctx, out) {
    const options = { fix: fixRef.insert('ddos_origin') };
    const stop = (f: ProductFacts) => f.node.product === 'ddos_origin' || f.node.product === 'ddos_pro';
    unprotectedReach(ctx, { start: internet, stop, report: server }, (node) => {
      out.add([node.id], 'rule.ABS-06', { node: nodeName(ctx, node) }, options);
    });
  },
});

/**
 * ABS-07: traffic between zones inside VPCs, with nothing that detects attacks from inside.
 * Reading: each zone must have a VPC among its ancestors; the two VPCs need not be the same one.
 */
export const abs07 = defineRule({
  id: 'ABS-07',
  fixes: ['add-product'],
  check(ctx, out) {
    const firewall = bestEdition(ctx, 'cloud_firewall');
    const center = bestEdition(ctx, 'security_center');
    if ((firewall && firewall.rank >= firewall.rankOf('enterprise')) || (center && center.rank >= center.rankOf('enterprise'))) return;
    const options = { fix: securityCenterFix(ctx) };
    forEachTrafficBetweenProducts(ctx, (edge, source, target) => {
      const from = source.zone;
      const to = target.zone;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a product without a zone has zoneInVpc false and returns below; this test only narrows the types
      if (!from || !to) return;
      if (from === to || !source.zoneInVpc || !target.zoneInVpc) return;
      const name = edgeName(ctx, edge, { source: source.node, target: target.node });
      out.add([edge.id], 'rule.ABS-07', { edge: name, from: nodeName(ctx, from), to: nodeName(ctx, to) }, options);
    });
  },
});

/** ABS-08: a server or data store connects straight out to the Internet instead of through a NAT网关. */
export const abs08 = defineRule({
  id: 'ABS-08',
  fixes: [],
  check(ctx, out) {
    forEachTrafficBetweenProducts(ctx, (edge, source, target) => {
      if (!target.internet || !(source.compute || source.dataStore)) return;
      out.add([edge.id], 'rule.ABS-08', { edge: edgeName(ctx, edge), node: nodeName(ctx, source.node) });
    });
  },
});

/** ABS-09: boundary devices whose logs are not kept for six months (网络安全法 第二十一条). */
export const abs09 = defineRule({
  id: 'ABS-09',
  fixes: ['sls-retention'],
  check(ctx, out) {
    const controls = ctx.facts.filter((f) => f.boundary && f.node.product !== 'security_group').map((f) => f.node);
    if (controls.length === 0 || hasSlsKeeping180Days(ctx)) return;
    const sorted = inIdOrder(ctx, controls);
    out.add(sorted.map((n) => n.id), 'rule.ABS-09', { nodes: nameList(ctx, sorted) }, { fix: fixRef.slsRetention() });
  },
});
