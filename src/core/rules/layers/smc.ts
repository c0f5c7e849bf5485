/**
 * 安全管理中心 (SMC), 集中管控: a management zone, central monitoring, central audit kept six months,
 * central management of security policy, malware and patches.
 */
import { defineRule } from '../rule.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { inIdOrder, nameList, nodeName } from '../names.ts';
import { bestEdition, editionRankOf, keepsLogs180Days, securityCenterFix } from './shared.ts';

/** SMC-01: a dedicated management zone, holding the bastion host and the database audit. */
export const smc01 = defineRule({
  id: 'SMC-01',
  fixes: ['add-mgmt-zone', 'move-to-mgmt'],
  check(ctx, out) {
    // Stryker disable next-line ConditionalExpression: a product has no `zone` field (refused on read), so the zone test alone finds management zones
    if (!ctx.doc.nodes.some((n) => n.kind === 'zone' && n.zone === 'mgmt')) {
      out.add([], 'rule.SMC-01.noZone', {}, { fix: fixRef.mgmtZone() });
    }
    for (const node of [...ctx.ofProduct('bastionhost'), ...ctx.ofProduct('db_audit')]) {
      const { zoneKind, vpc } = ctx.factsOf(node.id)!;
      if (zoneKind === 'mgmt') continue;
      // Moving needs a VPC whose management zone can take it; without one the fix would only move the problem.
      const fix = vpc ? { fix: fixRef.moveToMgmt(node.id, nodeName(ctx, node)) } : {};
      out.add([node.id], 'rule.SMC-01.outside', { node: nodeName(ctx, node) }, fix);
    }
  },
});

/** SMC-02: central monitoring of the servers and data stores (云监控). */
export const smc02 = defineRule({
  id: 'SMC-02',
  fixes: ['add-product'],
  check(ctx, out) {
    if (ctx.compute.length + ctx.dataStores.length === 0 || ctx.ofProduct('cloudmonitor').length > 0) return;
    out.add([], 'rule.SMC-02', {}, { fix: fixRef.cloudMonitor() });
  },
});

/**
 * SMC-03: central audit: 操作审计 for the cloud account, 日志服务 SLS keeping logs 180 days. Two
 * conditions, so up to two findings: no ActionTrail (no targets); no SLS keeping 180 days (the SLS
 * nodes drawn, or no targets when there is none).
 */
export const smc03 = defineRule({
  id: 'SMC-03',
  fixes: ['add-product', 'sls-retention'],
  check(ctx, out) {
    if (ctx.ofProduct('actiontrail').length === 0) out.add([], 'rule.SMC-03.noActionTrail', {}, { fix: fixRef.actionTrail() });
    const sls = ctx.ofProduct('sls');
    if (sls.some((n) => keepsLogs180Days(ctx, n))) return;
    if (sls.length === 0) {
      out.add([], 'rule.SMC-03.noSls', {}, { fix: fixRef.slsRetention() });
    } else {
      const sorted = inIdOrder(ctx, sls);
      out.add(sorted.map((n) => n.id), 'rule.SMC-03.shortRetention', { nodes: nameList(ctx, sorted) }, { fix: fixRef.slsRetention() });
    }
  },
});

/** SMC-04: central management of security policy, malware and patches (云安全中心 高级版 or above). */
export const smc04 = defineRule({
  id: 'SMC-04',
  fixes: ['add-product'],
  check(ctx, out) {
    if (ctx.compute.length === 0) return;
    const best = bestEdition(ctx, 'security_center');
    // Stryker disable next-line UnaryOperator: without a security center, -1 and +1 both rank below 高级版 (rank 2 in the catalog)
    if ((best?.rank ?? -1) >= editionRankOf(ctx, 'security_center', 'advanced')) return;
    out.add([], best ? 'rule.SMC-04.weakEdition' : 'rule.SMC-04.none', best ? { node: nodeName(ctx, best.node) } : {}, { fix: securityCenterFix(ctx) });
  },
});
