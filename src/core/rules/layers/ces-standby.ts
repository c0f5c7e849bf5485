/**
 * CES-12 (level 4, rules.md 1.1): 应建立异地灾难备份中心，提供业务应用的实时切换. A standby site runs
 * the application, not only copies of the data: for every region R holding a compute node that receives
 * traffic, some compute node stands in a region different from R (terms.ts `differentRegions`).
 */
import type { ZoneNode } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { inIdOrder, nameList } from '../names.ts';

export const ces12 = defineRule({
  id: 'CES-12',
  fixes: [],
  check(ctx, out) {
    const serving = ctx.computeFacts.filter((f) => ctx.receivesTraffic(f));
    // Stryker disable next-line ConditionalExpression: a shortcut; with no serving node `uncovered` below is false anyway
    if (serving.length === 0) return;
    // The regions of every compute node: a region R has a compute node elsewhere when another region node
    // with compute lacks a regionId, or has one other than R's (a region without regionId differs from all).
    const regions = new Set<ZoneNode>();
    for (const f of ctx.computeFacts) if (f.region) regions.add(f.region);
    const ids = new Set<string>();
    let withoutId = 0;
    for (const region of regions) {
      const id = region.props?.regionId;
      // Stryker disable next-line ConditionalExpression: counting undefined among the ids instead changes no answer of hasStandby (a named region's own id is always in the set)
      if (id === undefined) withoutId++;
      else ids.add(id);
    }
    const hasStandby = (r: ZoneNode): boolean => {
      const id = r.props?.regionId;
      return id === undefined ? regions.size > 1 : withoutId > 0 || ids.size > 1;
    };
    const uncovered = serving.some((f) => f.region !== undefined && !hasStandby(f.region));
    if (!uncovered) return;
    const nodes = inIdOrder(ctx, serving.map((f) => f.node));
    out.add(nodes.map((n) => n.id), 'rule.CES-12', { nodes: nameList(ctx, nodes) });
  },
});
