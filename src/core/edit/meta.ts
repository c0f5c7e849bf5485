/** Edits of the diagram's meta data, waivers and manual check items. */
import type { Diagram, DiagramMeta, ManualEntry, Waiver } from '../model/types.ts';

export type MetaPatch = { [K in keyof DiagramMeta]?: DiagramMeta[K] | undefined };

export function updateMeta(doc: Diagram, patch: MetaPatch): Diagram {
  const meta: Record<string, unknown> = { ...doc.meta };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || (value === '' && key !== 'title')) delete meta[key];
    else meta[key] = value;
  }
  return { ...doc, meta: meta as unknown as DiagramMeta };
}

const sameWaiver = (a: Pick<Waiver, 'rule' | 'target'>, b: Pick<Waiver, 'rule' | 'target'>) => a.rule === b.rule && a.target === b.target;

/** Add a waiver, or change the reason of the one with the same rule and target. */
export function setWaiver(doc: Diagram, waiver: Waiver): Diagram {
  const others = (doc.waivers ?? []).filter((w) => !sameWaiver(w, waiver));
  return { ...doc, waivers: [...others, waiver] };
}

export function removeWaiver(doc: Diagram, waiver: Pick<Waiver, 'rule' | 'target'>): Diagram {
  const waivers = (doc.waivers ?? []).filter((w) => !sameWaiver(w, waiver));
  const { waivers: _old, ...rest } = doc;
  return waivers.length > 0 ? { ...rest, waivers } : rest;
}

export function setManualItem(doc: Diagram, entry: ManualEntry): Diagram {
  const others = (doc.manual ?? []).filter((m) => m.item !== entry.item);
  const clean: ManualEntry = entry.note === undefined || entry.note === '' ? { item: entry.item, done: entry.done } : entry;
  return { ...doc, manual: [...others, clean] };
}

/** Change (with `update`) or remove (without) every waiver that `matches`. */
export function replaceWaivers(doc: Diagram, matches: (waiver: Waiver) => boolean, update?: (waiver: Waiver) => Waiver): Diagram {
  const waivers = (doc.waivers ?? []).flatMap((w) => (!matches(w) ? [w] : update ? [update(w)] : []));
  const { waivers: _old, ...rest } = doc;
  return waivers.length > 0 ? { ...rest, waivers } : rest;
}
