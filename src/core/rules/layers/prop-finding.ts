/** The most common finding: one node, named in the message, that a single prop fix resolves. */
import type { MessageKey } from '../../i18n/translate.ts';
import type { ProductNode } from '../../model/types.ts';
import type { RuleFindings } from '../collect.ts';
import type { RuleContext } from '../context.ts';
import type { FixOf, PropFix } from '../fixes/fix.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { nodeName } from '../names.ts';

/** Adds the finding `messageKey` about `node` ({node}: its name), offering to set `prop` on it. */
export function addPropFinding(ctx: RuleContext, out: RuleFindings<FixOf<'set-prop'>>, node: ProductNode, messageKey: MessageKey, prop: PropFix): void {
  const name = nodeName(ctx, node);
  out.add([node.id], messageKey, { node: name }, { fix: fixRef.prop(prop, node.id, name) });
}
