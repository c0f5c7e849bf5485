/**
 * Geometry checks for what quick fixes add, and the reference templates to break for them: every
 * node inside its parent zone below the header, nothing a fix moved or added overlapping a sibling,
 * and the lines a fix draws not cutting through zones that have nothing to do with them.
 */
import { readFileSync } from 'node:fs';
import { readDiagramBytes } from '../../../src/core/format/read.ts';
import { PRODUCT_SIZE, nodeRect, type Rect } from '../../../src/core/geometry/geometry.ts';
import type { Diagram, DiagramEdge } from '../../../src/core/model/types.ts';
import { catalog } from '../../support/catalog.ts';
import { HEADER } from '../layout/layout-checks.ts';
import { segmentCrosses } from '../../../src/core/rules/fixes/boundary-zone.ts';

const DIR = new URL('../../../templates/', import.meta.url);

export const TEMPLATE_FILES = ['l3-basic', 'l3-enhanced', 'l2-small', 'l4-finance', 'blank-zones'].map((id) => `${id}.mlps.json`);

export function loadTemplate(file: string): Diagram {
  const result = readDiagramBytes(readFileSync(new URL(file, DIR)), catalog);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
  return result.diagram;
}

/**
 * The design without these nodes (and what they hold), as a user deleting them and drawing the
 * traffic straight on would leave it: every traffic walk that went through removed nodes becomes one
 * edge from the last node kept to the next node kept, with the first edge's protocol and port.
 */
export function withoutNodes(doc: Diagram, ids: readonly string[]): Diagram {
  const gone = new Set(ids);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of doc.nodes) if (n.parent !== undefined && gone.has(n.parent) && !gone.has(n.id)) gone.add(n.id), (grew = true);
  }
  const kept = doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  const bridged: DiagramEdge[] = [];
  for (const first of doc.edges) {
    if (first.kind !== 'traffic' || gone.has(first.source) || !gone.has(first.target)) continue;
    const seen = new Set<string>();
    const queue = [first.target];
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const next of doc.edges.filter((e) => e.kind === 'traffic' && e.source === at)) {
        if (gone.has(next.target)) queue.push(next.target);
        else if (!bridged.some((b) => b.source === first.source && b.target === next.target) && next.target !== first.source) {
          bridged.push({ ...first, id: `${first.id}-bridged-${bridged.length}`, target: next.target });
        }
      }
    }
  }
  return { ...doc, nodes: doc.nodes.filter((n) => !gone.has(n.id)), edges: [...kept, ...bridged] };
}

/** Every node inside its parent zone: not left of or above it, below its header, not past its far sides. */
export function containmentProblems(doc: Diagram): string[] {
  const problems: string[] = [];
  for (const node of doc.nodes) {
    if (node.parent === undefined) continue;
    const parent = doc.nodes.find((n) => n.id === node.parent);
    if (parent?.kind !== 'zone') continue;
    const size = node.kind === 'zone' ? node.size : PRODUCT_SIZE;
    const { x, y } = node.position;
    if (x < 0 || y < HEADER || x + size.width > parent.size.width || y + size.height > parent.size.height) {
      problems.push(`${node.id} (${x},${y} ${size.width}×${size.height}) not inside ${parent.id} (${parent.size.width}×${parent.size.height})`);
    }
  }
  return problems;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Siblings that overlap after the fix but did not before: any pair with a node the fix added or
 * moved (or resized). Pairs that overlapped already are the user's drawing, not the fix's doing.
 */
export function newOverlaps(before: Diagram, after: Diagram): string[] {
  const problems: string[] = [];
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const groups = new Map<string | undefined, string[]>();
  for (const n of after.nodes) groups.set(n.parent, [...(groups.get(n.parent) ?? []), n.id]);
  for (const ids of groups.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        if (!overlap(nodeRect(after, a)!, nodeRect(after, b)!)) continue;
        const wasBoth = old.get(a)?.parent === old.get(b)?.parent && old.has(a) && old.has(b);
        if (wasBoth && overlap(nodeRect(before, a)!, nodeRect(before, b)!)) continue;
        problems.push(`${a} overlaps ${b}`);
      }
    }
  }
  return problems;
}

/** The zones a node is inside (its parent, that zone's parent …). */
function ancestors(doc: Diagram, id: string): Set<string> {
  const out = new Set<string>();
  for (let at = doc.nodes.find((n) => n.id === id)?.parent; at !== undefined && !out.has(at); at = doc.nodes.find((n) => n.id === at)?.parent) out.add(at);
  return out;
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });


/**
 * For every edge the fix added or re-ended: the zones the straight line between its ends' centres
 * passes through that hold neither end, as "edge source→target crosses zone".
 */
export function unrelatedCrossings(before: Diagram, after: Diagram): string[] {
  const old = new Map(before.edges.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const edge of after.edges) {
    const was = old.get(edge.id);
    if (was && was.source === edge.source && was.target === edge.target) continue;
    const related = new Set([...ancestors(after, edge.source), ...ancestors(after, edge.target)]);
    const a = centre(nodeRect(after, edge.source)!);
    const b = centre(nodeRect(after, edge.target)!);
    for (const zone of after.nodes) {
      if (zone.kind !== 'zone' || related.has(zone.id)) continue;
      if (segmentCrosses(a, b, nodeRect(after, zone.id)!)) problems.push(`${edge.source}→${edge.target} crosses ${zone.id}`);
    }
  }
  return problems;
}
