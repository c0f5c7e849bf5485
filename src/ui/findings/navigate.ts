/** Bring a finding's targets into view: select them and fit the canvas around them. */
import { indexOf } from '../../core/index/diagram-index.ts';
import type { Finding } from '../../core/rules/index.ts';
import type { ActionContext } from '../actions/context.ts';

export function showFinding(ctx: ActionContext, finding: Finding): void {
  const { doc } = ctx.editor.getState();
  const index = indexOf(doc);
  const nodes = finding.targets.filter((id) => index.node(id));
  const edges = finding.targets.filter((id) => index.edge(id));
  if (nodes.length + edges.length === 0) return;
  ctx.editor.getState().select({ nodes: new Set(nodes), edges: new Set(edges) });
  const around = new Set(nodes);
  for (const id of edges) {
    const edge = index.edge(id)!;
    around.add(edge.source);
    around.add(edge.target);
  }
  void ctx.ui.getState().flow?.fitView({ nodes: [...around].map((id) => ({ id })), padding: 0.35, maxZoom: 1.2, duration: 250 });
}
