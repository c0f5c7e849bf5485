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
  // Stryker disable next-line OptionalChaining: an edge ends at a product the catalog knows in any document the reader accepts (file-format.md), so its facts and info are there
  const takesSsl = target?.info?.props.ssl !== undefined;
  if (
    target &&
    takesSsl &&
    edge.encrypted === undefined &&
    // Stryker disable next-line ConditionalExpression: DATABASE_PROTOCOLS.has(undefined) is false too; the test is there for the type
    edge.protocol !== undefined &&
    DATABASE_PROTOCOLS.has(edge.protocol)
  ) {
    // One fix for every connection into that database: made once per check.
    // Stryker disable next-line StringLiteral: any key that no other once() call uses does the same, and none uses ""
    const sslFixes = ctx.once('ssl fixes', () => new Map<string, EncryptionFix>());
    let fix = sslFixes.get(target.node.id);
    if (!fix) sslFixes.set(target.node.id, (fix = fixRef.prop('ssl', target.node.id, nodeName(ctx, target.node))));
    return fix;
  }
  // Stryker disable next-line OptionalChaining: an edge ends at a product in any document the reader accepts (file-format.md), so its facts are there
  return fixRef.encryptEdge(edge.id, edgeName(ctx, edge), variantLabel(encryptedVariant(edge, target?.database === true)));
}
