/**
 * Re-import: a newer state drawn over a diagram made by an earlier import. What the import made
 * (ids starting `imp:`) is replaced by the new import, but where such a node existed before it keeps
 * the user's position, label and (for zones) size; the user's own nodes and edges stay (under their
 * nearest surviving zone); waivers, manual checks and certificates stay. Additions are put at a free
 * spot of their zone, which grows to hold them.
 */
import { PRODUCT_SIZE } from '../geometry/geometry.ts';
import { ZONE_PADDING } from '../layout/layout-options.ts';
import type { Diagram, DiagramNode, ZoneNode } from '../model/types.ts';
import { IMPORT_ID_PREFIX, isImportedId } from './node-ids.ts';
import { spotBelow } from './placement.ts';

export interface Change {
  id: string;
  addresses: string[];
}

/**
 * The address an unhashed import id was made from (`imp:a.b.0` → `a.b.0`); none for hashed ones and
 * for what the import added itself (`imp::…`).
 */
function addressesOfId(id: string): string[] {
  const key = id.slice(IMPORT_ID_PREFIX.length);
  return /\.[0-9a-f]{8}$/.test(id) || key.startsWith(':') ? [] : [key];
}

export function mergeWithPrevious(fresh: Diagram, previous: Diagram | undefined, members: Map<string, string[]>): { diagram: Diagram; added: Change[]; removed: Change[] } {
  if (!previous) return { diagram: fresh, added: [], removed: [] };
  const before = new Map(previous.nodes.map((n) => [n.id, n]));
  const freshIds = new Set(fresh.nodes.map((n) => n.id));
  const added: Change[] = [];
  const removed: Change[] = [];
  const nodes: DiagramNode[] = [];
  const newOnes: DiagramNode[] = [];
  for (const n of fresh.nodes) {
    const old = before.get(n.id);
    if (!old) {
      added.push({ id: n.id, addresses: members.get(n.id) ?? [] });
      newOnes.push(n);
      nodes.push(n);
      continue;
    }
    const kept: DiagramNode = { ...n, position: old.position };
    if (old.label !== undefined) kept.label = old.label;
    else delete kept.label;
    if (kept.kind === 'zone' && old.kind === 'zone') kept.size = old.size;
    nodes.push(kept);
  }
  // The user's own nodes stay, under their nearest zone that still exists.
  const survives = (id: string | undefined): string | undefined => {
    let at = id;
    for (let i = 0; at !== undefined && i < 20; i++) {
      if (freshIds.has(at) || (!isImportedId(at) && before.has(at))) return at;
      at = before.get(at)?.parent;
    }
    return undefined;
  };
  for (const n of previous.nodes) {
    if (isImportedId(n.id)) {
      if (!freshIds.has(n.id)) removed.push({ id: n.id, addresses: addressesOfId(n.id) });
      continue;
    }
    const parent = survives(n.parent);
    const copy: DiagramNode = { ...n };
    if (parent && parent !== n.id) copy.parent = parent;
    else delete copy.parent;
    nodes.push(copy);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Additions: below what their zone holds; the zone (and its ancestors) grow to hold them. Those
  // inside a zone that is new as well keep the rough placement they got with it.
  const newIds = new Set(newOnes.map((n) => n.id));
  const pending = new Set(newIds);
  for (const n of newOnes) {
    const parent = n.parent ? byId.get(n.parent) : undefined;
    pending.delete(n.id);
    if (parent && newIds.has(parent.id)) continue;
    const siblings = nodes.filter((s) => s.parent === n.parent && s.id !== n.id && !pending.has(s.id));
    const size = n.kind === 'zone' ? n.size : PRODUCT_SIZE;
    const spot = spotBelow(siblings, size, parent?.kind === 'zone' ? parent.size : undefined);
    n.position = spot.position;
    grow(parent?.kind === 'zone' ? parent : undefined, spot.needs, byId);
  }
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = [...fresh.edges.map((e) => {
    const old = previous.edges.find((p) => p.id === e.id);
    return old?.label !== undefined ? { ...e, label: old.label } : e;
  })];
  for (const e of previous.edges) {
    if (isImportedId(e.id)) {
      if (!edges.some((f) => f.id === e.id)) removed.push({ id: e.id, addresses: [] });
      continue;
    }
    if (nodeIds.has(e.source) && nodeIds.has(e.target)) edges.push(e);
    else removed.push({ id: e.id, addresses: [] });
  }
  for (const e of fresh.edges) if (!previous.edges.some((p) => p.id === e.id)) added.push({ id: e.id, addresses: [] });
  const diagram: Diagram = {
    ...fresh,
    meta: { ...previous.meta, title: fresh.meta.title, level: fresh.meta.level, platform: fresh.meta.platform },
    nodes,
    edges,
    ...(previous.waivers ? { waivers: previous.waivers } : {}),
    ...(previous.manual ? { manual: previous.manual } : {}),
    ...(previous.certificates ? { certificates: previous.certificates } : {}),
  };
  return { diagram, added, removed };
}

function grow(zone: ZoneNode | undefined, needs: { width: number; height: number }, byId: Map<string, DiagramNode>): void {
  let z = zone;
  let need = needs;
  for (let i = 0; z && i < 20; i++) {
    const width = Math.max(z.size.width, need.width);
    const height = Math.max(z.size.height, need.height);
    if (width === z.size.width && height === z.size.height) return;
    z.size = { width, height };
    const parent = z.parent ? byId.get(z.parent) : undefined;
    need = { width: z.position.x + width + ZONE_PADDING.right, height: z.position.y + height + ZONE_PADDING.bottom };
    z = parent?.kind === 'zone' ? parent : undefined;
  }
}
