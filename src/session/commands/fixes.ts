/** Quick fixes and "tidy up": changes the app computes, each one undo step. */
import { contained } from '../../core/edit/containment.ts';
import type { Params } from '../../core/i18n/translate.ts';
import type { Diagram } from '../../core/model/types.ts';
import type { Fix } from '../../core/rules/fixes/fix.ts';
import { defineCommand } from '../command.ts';

/** The change a finding offers (`finding.fix.change`); `what` is its description, for the undo label. */
export const applyFix = defineCommand<{ fix: Fix; what: Params[string] }>({
  label: 'history.fix',
  run: ({ doc, catalog, rules }, { fix, what }) => {
    if (!rules) return { refused: 'refuse.rulesLoading' };
    const fixed = rules.applyFix(doc, fix, catalog);
    // A fix places what it adds inside its zone; bringing everything inside is the safety net.
    return { doc: fixed === doc ? doc : contained(fixed, fixed.nodes.map((n) => n.id), catalog), labelParams: { what } };
  },
});

/**
 * A layout computed (in the worker) for `before`: applied only to that same document, so a result
 * never lands over edits made while it ran.
 */
export const applyLayout = defineCommand<{ before: Diagram; after: Diagram }>({
  label: 'history.layout',
  run: ({ doc, catalog }, { before, after }) =>
    doc !== before ? { refused: 'layout.discarded' } : { doc: contained(after, after.nodes.map((n) => n.id), catalog) },
});
