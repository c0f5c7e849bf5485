/** Design hygiene (GEN): not clauses of the standard, but what makes the other checks trustworthy. */
import { defineRule } from '../rule.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { edgeName, nodeName } from '../names.ts';
import { forEachTrafficFromProduct } from './traffic-edges.ts';

/** GEN-01: traffic from outside without a protocol: encryption and WAF checks then assume the worst. */
export const gen01 = defineRule({
  id: 'GEN-01',
  fixes: [],
  check(ctx, out) {
    forEachTrafficFromProduct(ctx, (edge, source) => {
      if (edge.protocol === undefined && source.outside) out.add([edge.id], 'rule.GEN-01', { edge: edgeName(ctx, edge) });
    });
  },
});

/** GEN-02: customer-managed keys need a key management service in the design. */
export const gen02 = defineRule({
  id: 'GEN-02',
  fixes: ['add-product'],
  check(ctx, out) {
    if (ctx.ofProduct('kms').length > 0) return;
    // Only ECS, the data stores and SLS take `encryption` (file-format.md); for the others it is undefined.
    for (const f of ctx.facts) {
      const node = f.node;
      const encryption = ctx.propOf(f, 'encryption');
      if (encryption === 'kms' || encryption === 'byok') {
        out.add([node.id], 'rule.GEN-02', { node: nodeName(ctx, node) }, { fix: fixRef.kms() });
      }
    }
  },
});

/** GEN-03: an external actor drawn inside a VPC, or a VPC-bound product inside the Internet, office or IDC. */
export const gen03 = defineRule({
  id: 'GEN-03',
  fixes: [],
  check(ctx, out) {
    for (const { node, external, vpc, vpcBound, outsideZone } of ctx.facts) {
      if (external && vpc) {
        out.add([node.id], 'rule.GEN-03.externalInVpc', { node: nodeName(ctx, node), vpc: nodeName(ctx, vpc) });
      } else if (vpcBound && outsideZone) {
        out.add([node.id], 'rule.GEN-03.cloudOutside', { node: nodeName(ctx, node), zone: nodeName(ctx, outsideZone) });
      }
    }
  },
});

/**
 * GEN-04 (rules.md 1.1): traffic stops half way. A boundary control other than a security group, or a
 * load balancer, that receives `traffic` and sends none: the path behind it is missing, so the checks of
 * that path see nothing (deleting the WAF from DDoS → WAF → firewall leaves DDoS leading nowhere).
 */
export const gen04 = defineRule({
  id: 'GEN-04',
  fixes: [],
  check(ctx, out) {
    for (const f of ctx.facts) {
      const product = f.node.product;
      // Stryker disable next-line ConditionalExpression,StringLiteral: the catalog marks slb a boundary control too; rules.md names it on its own
      if (!(f.boundary || product === 'slb') || product === 'security_group') continue;
      if (!ctx.receivesTraffic(f) || ctx.edgesOutOf(f).some((e) => e.kind === 'traffic')) continue;
      out.add([f.node.id], 'rule.GEN-04', { node: nodeName(ctx, f.node) });
    }
  },
});
