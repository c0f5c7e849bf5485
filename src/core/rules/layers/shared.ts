/** Facts several layers ask about the whole diagram: the best edition bought, six-month log retention. */
import type { ProductNode } from '../../model/types.ts';
import type { RuleContext } from '../context.ts';
import type { FixOf, FixOffer } from '../fixes/fix.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { nodeName } from '../names.ts';
import { compareIds } from '../../model/compare-ids.ts';
import { REQUIRED_RETENTION_DAYS, editionRank } from '../terms.ts';

export interface BestEdition {
  node: ProductNode;
  edition: string;
  rank: number;
  /** Rank of another edition of the same product (the thresholds rules compare with). */
  rankOf(edition: string): number;
}

/**
 * The node of a product with the highest-ranked edition (a node without `edition` has the catalog's
 * default); among equals the first in natural id order. Undefined when the diagram has none.
 */
export function bestEdition(ctx: RuleContext, productId: string): BestEdition | undefined {
  return ctx.once(`best:${productId}`, () => findBestEdition(ctx, productId));
}

function findBestEdition(ctx: RuleContext, productId: string): BestEdition | undefined {
  const product = ctx.catalog.product(productId);
  let best: BestEdition | undefined;
  for (const node of ctx.ofProduct(productId)) {
    // Stryker disable next-line StringLiteral: both products asked about (cloud_firewall, security_center) have a catalog default edition, so the fallback is never used
    const edition = ctx.prop(node, 'edition') ?? '';
    const rank = editionRank(product, edition);
    // Stryker disable next-line EqualityOperator: node ids are unique, so compareIds of two nodes is never 0
    if (!best || rank > best.rank || (rank === best.rank && compareIds(node.id, best.node.id) < 0)) {
      best = { node, edition, rank, rankOf: (other) => editionRank(product, other) };
    }
  }
  return best;
}

/** Rank of a named edition of a product, from the catalog. */
export function editionRankOf(ctx: RuleContext, productId: string, edition: string): number {
  return editionRank(ctx.catalog.product(productId), edition);
}

export function keepsLogs180Days(ctx: RuleContext, sls: ProductNode): boolean {
  return (ctx.prop(sls, 'retentionDays') ?? 0) >= REQUIRED_RETENTION_DAYS;
}

export function hasSlsKeeping180Days(ctx: RuleContext): boolean {
  return ctx.ofProduct('sls').some((n) => keepsLogs180Days(ctx, n));
}

/** The 云安全中心 fix (CES-05, CES-06, SMC-04, ABS-07): upgrade the best one drawn, else add 企业版. */
export function securityCenterFix(ctx: RuleContext): FixOffer<FixOf<'add-product'>> {
  // Stryker disable next-line StringLiteral: any key no other computation uses gives the same cache
  return ctx.once('fix:security_center', () => {
    const best = bestEdition(ctx, 'security_center');
    return fixRef.securityCenter(best ? nodeName(ctx, best.node) : undefined);
  });
}
