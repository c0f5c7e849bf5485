/**
 * 安全计算环境 (CES), the hosts' side: administrators' access through a bastion host (身份鉴别),
 * database audit (安全审计), intrusion and malicious-code prevention by 云安全中心 (入侵防范, 恶意代码防范).
 */
import type { RuleContext } from '../context.ts';
import { defineRule } from '../rule.ts';
import { addPropFinding } from './prop-finding.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { encryptionFix } from '../fixes/suggest.ts';
import { edgeName, inIdOrder, nameList, nodeName } from '../names.ts';
import { bestEdition, editionRankOf, securityCenterFix } from './shared.ts';

/** CES-01: management of servers and databases goes through 运维安全中心（堡垒机）. */
export const ces01 = defineRule({
  id: 'CES-01',
  fixes: ['route-bastion'],
  check(ctx, out) {
    const { edges } = ctx.doc;
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k]!;
      // Stryker disable next-line ConditionalExpression: a valid document's edges join products (file-format.md: a zone is never an endpoint)
      if (edge.kind !== 'management' || ctx.edgeTarget[k]! < 0) continue;
      const target = ctx.facts[ctx.edgeTarget[k]!]!;
      if (!(target.compute || target.database)) continue;
      const s = ctx.edgeSource[k]!;
      // Stryker disable next-line ConditionalExpression: a valid document's edges join products (file-format.md: a zone is never an endpoint)
      if (s >= 0 && ctx.facts[s]!.node.product === 'bastionhost') continue;
      out.add([edge.id], 'rule.CES-01.bypass', { edge: edgeName(ctx, edge), node: nodeName(ctx, target.node), from: nodeName(ctx, edge.source) }, {
        fix: fixRef.bastion(),
      });
    }
    if (ctx.compute.length > 0 && ctx.ofProduct('bastionhost').length === 0) {
      const sorted = serversInOrder(ctx);
      out.add(sorted.map((n) => n.id), 'rule.CES-01.noBastion', { nodes: nameList(ctx, sorted) }, { fix: fixRef.bastion() });
    }
  },
});

/** CES-02: remote management must not send credentials in plain text. */
export const ces02 = defineRule({
  id: 'CES-02',
  fixes: ['set-prop', 'set-edge'],
  check(ctx, out) {
    for (const edge of ctx.doc.edges) {
      if (edge.kind !== 'management' || ctx.encrypted(edge)) continue;
      out.add([edge.id], 'rule.CES-02', { edge: edgeName(ctx, edge), protocol: edge.protocol ?? '—' }, { fix: encryptionFix(ctx, edge) });
    }
  },
});

/** CES-03: two-factor authentication on the bastion host and on RAM. */
export const ces03 = defineRule({
  id: 'CES-03',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const node of [...ctx.ofProduct('bastionhost'), ...ctx.ofProduct('ram')]) {
      if (ctx.prop(node, 'mfa') === true) continue;
      addPropFinding(ctx, out, node, 'rule.CES-03', 'mfa');
    }
  },
});

/**
 * CES-04: every database audited, by a 数据库审计 in its VPC or (RDS, PolarDB) by its own SQL audit.
 * Backup copies are exempt. The offered fix adds a database audit to the VPC: one for all its databases.
 */
export const ces04 = defineRule({
  id: 'CES-04',
  fixes: ['add-db-audit', 'set-prop'],
  check(ctx, out) {
    const auditedVpcs = new Set<string>();
    for (const audit of ctx.ofProduct('db_audit')) {
      const vpc = ctx.factsOf(audit.id)!.vpc;
      if (vpc) auditedVpcs.add(vpc.id);
    }
    for (const f of ctx.databaseFacts) {
      const { node: db, vpc } = f;
      if (ctx.isBackupCopy(db.id)) continue;
      if (vpc && auditedVpcs.has(vpc.id)) continue;
      const ownAudit = db.product === 'rds' || db.product === 'polardb';
      if (ownAudit && ctx.propOf(f, 'sqlAudit') === true) continue;
      const fix = vpc ? fixRef.dbAudit(vpc.id, nodeName(ctx, vpc)) : ownAudit ? fixRef.prop('sqlAudit', db.id, nodeName(ctx, db)) : undefined;
      out.add([db.id], ownAudit ? 'rule.CES-04.ownAudit' : 'rule.CES-04', { node: nodeName(ctx, db) }, fix ? { fix } : {});
    }
  },
});

/**
 * CES-05 (vulnerabilities and intrusions) and CES-06 (malicious code) both ask for 云安全中心 of a
 * sufficient edition on the servers; one fix (企业版) answers both, and SMC-04 and ABS-07 too.
 * Reading: the W's "that security_center" is the best one drawn (the first in id order among equals).
 */
export const ces05 = defineRule({
  id: 'CES-05',
  fixes: ['add-product'],
  check(ctx, out) {
    const sc = securityCenterOnServers(ctx);
    if (!sc) return;
    const { best, rank, targets, params } = sc;
    const advanced = editionRankOf(ctx, 'security_center', 'advanced');
    const needed = ctx.level === 2 ? sc.antiVirus : advanced;
    if (rank < needed) {
      out.add(targets, best ? 'rule.CES-05.weakEdition' : 'rule.CES-05.none', params, { fix: securityCenterFix(ctx) });
    } else if (ctx.level >= 3 && rank === advanced && best) {
      out.add([best.node.id], 'rule.CES-05.recommendEnterprise', { node: nodeName(ctx, best.node) }, { severity: 'W', fix: securityCenterFix(ctx) });
    }
  },
});

export const ces06 = defineRule({
  id: 'CES-06',
  fixes: ['add-product'],
  check(ctx, out) {
    const sc = securityCenterOnServers(ctx);
    if (!sc || sc.rank >= sc.antiVirus) return;
    out.add(sc.targets, sc.best ? 'rule.CES-06.weakEdition' : 'rule.CES-06.none', sc.params, { fix: securityCenterFix(ctx) });
  },
});

/** What CES-05 and CES-06 both read, once per check; undefined when there is no server. */
function securityCenterOnServers(ctx: RuleContext) {
  // Stryker disable next-line StringLiteral: any key no other computation uses gives the same cache
  return ctx.once('security center on servers', () => {
    if (ctx.compute.length === 0) return undefined;
    const best = bestEdition(ctx, 'security_center');
    const sorted = serversInOrder(ctx);
    return {
      best,
      rank: best?.rank ?? -1,
      antiVirus: editionRankOf(ctx, 'security_center', 'anti_virus'),
      targets: sorted.map((n) => n.id),
      params: { nodes: nameList(ctx, sorted), edition: editionName(ctx, best?.edition) },
    };
  });
}

/** The compute nodes in natural id order, sorted once per check (CES-01, CES-05 and CES-06 list them). */
function serversInOrder(ctx: RuleContext) {
  // Stryker disable next-line StringLiteral: any key no other computation uses gives the same cache
  return ctx.once('servers in order', () => inIdOrder(ctx, ctx.compute));
}

function editionName(ctx: RuleContext, edition: string | undefined) {
  // Stryker disable next-line OptionalChaining: the catalog's security_center always has editions
  const found = ctx.catalog.product('security_center')?.editions?.list.find((e) => e.id === edition);
  return found?.name ?? { zh: '—', en: '—' };
}
