/** 云计算安全扩展要求 (CLD): where the cloud is, what level it carries, and VPC isolation. */
import { PLATFORM_LEVEL } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { levelName, nodeName, platformName } from '../names.ts';

/**
 * CLD-01: infrastructure in mainland China, and a platform certified at least at the level checked.
 * A `regionId` the catalog does not list cannot be shown to be in mainland China: an error as well.
 * On the finance cloud, every region must be one of its finance regions (the catalog marks them).
 */
export const cld01 = defineRule({
  id: 'CLD-01',
  fixes: [],
  check(ctx, out) {
    const finance = ctx.doc.meta.platform === 'alibaba-finance';
    for (const node of ctx.doc.nodes) {
      // Stryker disable next-line ConditionalExpression: a product has no `zone` field (refused on read), so the zone test alone tells region zones apart
      if (node.kind !== 'zone' || node.zone !== 'region') continue;
      const regionId = node.props?.regionId;
      if (regionId === undefined) {
        out.add([node.id], 'rule.CLD-01.noRegionId', { region: nodeName(ctx, node) }, { severity: 'W' });
        continue;
      }
      const region = ctx.catalog.region(regionId);
      if (!region) out.add([node.id], 'rule.CLD-01.unknownRegion', { region: nodeName(ctx, node), regionId });
      else if (!region.mainland) out.add([node.id], 'rule.CLD-01.notMainland', { region: nodeName(ctx, node), regionId, name: region.name });
      // 1.1: a finance-cloud system runs in the finance cloud's isolated resource pool (9.2.2.1).
      else if (finance && !region.finance) out.add([node.id], 'rule.CLD-01.notFinance', { region: nodeName(ctx, node), regionId, name: region.name });
    }
    const platform = ctx.doc.meta.platform;
    if (ctx.level > PLATFORM_LEVEL[platform]) {
      out.add([], 'rule.CLD-01.platformLevel', {
        level: levelName(ctx.level), platform: platformName(platform), platformLevel: levelName(PLATFORM_LEVEL[platform]),
      });
    }
  },
});

/** CLD-02: every VPC-bound product in a VPC, every VPC in a region. */
export const cld02 = defineRule({
  id: 'CLD-02',
  fixes: [],
  check(ctx, out) {
    for (const f of ctx.facts) {
      if (f.vpcBound && !f.outside && !f.vpc) out.add([f.node.id], 'rule.CLD-02.noVpc', { node: nodeName(ctx, f.node) });
    }
    for (const node of ctx.doc.nodes) {
      // Stryker disable next-line ConditionalExpression: a product has no `zone` field (refused on read), so the zone test alone tells VPC zones apart
      if (node.kind === 'zone' && node.zone === 'vpc' && !ctx.index.region(node.id)) {
        out.add([node.id], 'rule.CLD-02.noRegion', { vpc: nodeName(ctx, node) });
      }
    }
  },
});
