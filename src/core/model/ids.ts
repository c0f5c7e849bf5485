/**
 * Ids of nodes and edges: what the format allows (1–64 of A-Za-z0-9_.:-), and fresh ids for new
 * nodes and edges: readable (`ecs-3`, `e-12`), unique across nodes and edges of the document.
 */
import type { Diagram } from './types.ts';

/** The characters an id may hold, as a regular-expression character class without the brackets. */
const ID_CHARACTERS = 'A-Za-z0-9_.:-';
export const MAX_ID_LENGTH = 64;
/** A whole valid id (of a node, an edge, a waiver's target). */
export const ID_PATTERN = new RegExp(`^[${ID_CHARACTERS}]{1,${MAX_ID_LENGTH}}$`);
const NOT_ID_CHARACTER = new RegExp(`[^${ID_CHARACTERS}]`, 'g');

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

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
      const clean = prefix.replace(NOT_ID_CHARACTER, '').slice(0, 48) || 'n';
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
