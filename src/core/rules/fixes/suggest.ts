/** Which quick fix the checker offers for findings that several rules share (an unencrypted edge). */
import type { DiagramEdge } from '../../model/types.ts';
import type { RuleContext } from '../context.ts';
import { edgeName, nodeName } from '../names.ts';
import { DATABASE_PROTOCOLS } from '../terms.ts';
import { encryptedVariant, variantLabel } from './edge-protocol.ts';
import type { FixOf, FixOffer } from './fix.ts';
import { fixRef } from './fix-refs.ts';

type EncryptionFix = FixOffer<FixOf<'set-prop' | 'set-edge'>>;

/**
 * A database protocol into a cloud database is encrypted by requiring SSL on the database (one fix for
 * every connection into it); anything else switches the edge itself to its encrypted protocol.
 */
export function encryptionFix(ctx: RuleContext, edge: DiagramEdge): EncryptionFix {
  const target = ctx.factsOf(edge.target);
  const takesSsl = target?.info?.props.ssl !== undefined;
  if (target && takesSsl && edge.encrypted === undefined && edge.protocol !== undefined && DATABASE_PROTOCOLS.has(edge.protocol)) {
    // One fix for every connection into that database: made once per check.
    const sslFixes = ctx.once('ssl fixes', () => new Map<string, EncryptionFix>());
    let fix = sslFixes.get(target.node.id);
    if (!fix) sslFixes.set(target.node.id, (fix = fixRef.prop('ssl', target.node.id, nodeName(ctx, target.node))));
    return fix;
  }
  return fixRef.encryptEdge(edge.id, edgeName(ctx, edge), variantLabel(encryptedVariant(edge, target?.database === true)));
}
