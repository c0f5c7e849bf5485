/**
 * The `traffic` edges several rules look at one by one, with their ends' facts. Walked in document
 * order, not in the product order of `RuleContext.traffic`: rules then add their findings mostly in
 * the stable order already, and sorting them (order.ts `sortFindings`) stays cheap.
 */
import type { DiagramEdge } from '../../model/types.ts';
import type { RuleContext } from '../context.ts';
import type { ProductFacts } from '../facts.ts';

/** Each traffic edge leaving a product, with the facts of its target when that is a product too. */
export function forEachTrafficFromProduct(
  ctx: RuleContext,
  visit: (edge: DiagramEdge, source: ProductFacts, target: ProductFacts | undefined) => void,
): void {
  const { edges } = ctx.doc;
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k]!;
    const s = ctx.edgeSource[k]!;
    // Stryker disable next-line ConditionalExpression: a valid document's edges join products (file-format.md: a zone is never an endpoint)
    if (edge.kind !== 'traffic' || s < 0) continue;
    const t = ctx.edgeTarget[k]!;
    // Stryker disable next-line ConditionalExpression: ctx.facts[-1] is undefined too, and a valid document's edges join products anyway
    visit(edge, ctx.facts[s]!, t < 0 ? undefined : ctx.facts[t]!);
  }
}

/** Each traffic edge between two products. */
export function forEachTrafficBetweenProducts(ctx: RuleContext, visit: (edge: DiagramEdge, source: ProductFacts, target: ProductFacts) => void): void {
  forEachTrafficFromProduct(ctx, (edge, source, target) => {
    // Stryker disable next-line ConditionalExpression: a valid document's edges join products (file-format.md: a zone is never an endpoint)
    if (target) visit(edge, source, target);
  });
}
