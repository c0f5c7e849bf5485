/** Bring a finding's targets into view: select them and fit the canvas around them. */
import type { Finding } from '../../core/rules/index.ts';
import type { ActionContext } from '../actions/context.ts';
import { nodesWithEdgeEnds, selectionOf } from '../../session/selection.ts';

export function showFinding(ctx: ActionContext, finding: Finding): void {
  const { doc } = ctx.editor.getState();
  const selection = selectionOf(doc, finding.targets);
  if (selection.nodes.size + selection.edges.size === 0) return;
  ctx.editor.getState().select(selection);
  const around = nodesWithEdgeEnds(doc, selection);
  ctx.ui.getState().view?.fit([...around], { padding: 0.35, maxZoom: 1.2, duration: 250 });
}
