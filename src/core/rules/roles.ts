/**
 * CNS-03 (rules.md 1.1): redundancy is counted per role, not per node. A compute node's role is the
 * compute nodes of the same product that receive `traffic` from exactly the same set of source nodes;
 * the role's count is the sum of their `quantity` (default 1). Two ECS of quantity 1 behind one SLB are
 * one role of 2 instances. Shared by the rule and by its quick fix, so the fix adds only what the role lacks.
 */
import type { DiagramEdge, ProductNode } from '../model/types.ts';

/**
 * The instance count of the role of each compute node that receives traffic, by node id. `compute` are
 * the compute product nodes; `edges` every edge of the document (only `traffic` edges count).
 */
export function roleCounts(compute: readonly ProductNode[], edges: readonly DiagramEdge[]): Map<string, number> {
  const sources = new Map<string, Set<string>>();
  for (const node of compute) sources.set(node.id, new Set());
  for (const edge of edges) {
    if (edge.kind === 'traffic') sources.get(edge.target)?.add(edge.source);
  }
  const members = new Map<string, ProductNode[]>();
  const keyOf = new Map<string, string>();
  for (const node of compute) {
    const from = sources.get(node.id)!;
    if (from.size === 0) continue;
    // Ids cannot contain a newline (file-format.md), so the joined key is unambiguous.
    const key = `${node.product}\n${[...from].sort().join('\n')}`;
    keyOf.set(node.id, key);
    const list = members.get(key);
    if (list) list.push(node);
    else members.set(key, [node]);
  }
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const [key, list] of members) totals.set(key, list.reduce((sum, n) => sum + (n.quantity ?? 1), 0));
  for (const [id, key] of keyOf) counts.set(id, totals.get(key)!);
  return counts;
}
