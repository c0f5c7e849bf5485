/** What a connection carries, apart from where it goes: kept when a fix reroutes an edge through a new node. */
import type { DiagramEdge } from '../../model/types.ts';

/** The edge's protocol, port and `encrypted`, only those it sets (an edge to add takes them as they are). */
export function wireOf(edge: DiagramEdge): Partial<DiagramEdge> {
  return {
    ...(edge.protocol !== undefined ? { protocol: edge.protocol } : {}),
    ...(edge.port !== undefined ? { port: edge.port } : {}),
    ...(edge.encrypted !== undefined ? { encrypted: edge.encrypted } : {}),
  };
}
