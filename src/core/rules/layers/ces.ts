/** 安全计算环境 (CES): the hosts' side and the data's side. */
import type { FindingCollector } from '../collect.ts';
import type { RuleContext } from '../context.ts';
import { checkCesData } from './ces-data.ts';
import { checkCesHosts } from './ces-hosts.ts';
import { checkCesStandby } from './ces-standby.ts';

export function checkCes(ctx: RuleContext, out: FindingCollector): void {
  checkCesHosts(ctx, out);
  checkCesData(ctx, out);
  checkCesStandby(ctx, out);
}
