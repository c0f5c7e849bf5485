/**
 * Fresh ids for new nodes and edges: readable (`ecs-3`, `e-12`), unique across nodes and edges of
 * the document, and valid for the format (1–64 of A-Za-z0-9_.:-).
 */
import type { Diagram } from './types.ts';

export interface IdFactory {
  /** A new id starting with `prefix` that is not used in the document nor handed out before. */
  next(prefix: string): string;
}

export function idFactory(doc: Diagram): IdFactory {
  const used = new Set<string>();
  for (const node of doc.nodes) used.add(node.id);
  for (const edge of doc.edges) used.add(edge.id);
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      const clean = prefix.replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 48) || 'n';
      let n = counters.get(clean) ?? 0;
      let id: string;
      do {
        n++;
        id = `${clean}-${n}`;
      } while (used.has(id));
      counters.set(clean, n);
      used.add(id);
      return id;
    },
  };
}
