/**
 * The boundary zone (安全区域边界, `edge`) that a DDoS / WAF / 云防火墙 fix puts its product into: the
 * one of the region that holds the protected path, never another region's (a boundary in the backup
 * region does not protect this one). When that region has none, one is made directly inside it (not
 * in a VPC: it needs no subnet) beside the part of the region the traffic enters (the VPC, usually),
 * on the side the traffic comes from, so the new lines Internet → product → DMZ run between the two
 * and not through unrelated zones such as the management zone. Where several sides would do, the one
 * whose lines cross the fewest zones wins.
 */
import { PRODUCT_SIZE, nodeSize, type Rect } from '../../geometry/geometry.ts';
import type { Position, Size, ZoneNode } from '../../model/types.ts';
import { makeRoomBeside, type Side } from './beside.ts';
import { Draft } from '../../edit/draft.ts';
import { MARGIN, TITLE } from '../../edit/draft-placement.ts';
import { addZone, newZoneSize, nearestZone, zonesOfKind } from './zones.ts';

/** One stretch of traffic the new product will stand in: from where it comes, to where it goes. */
export interface Entry {
  source: string;
  target: string;
}

export function ensureEdgeZone(draft: Draft, entering: readonly Entry[]): ZoneNode {
  const first = entering[0];
  const home = first === undefined ? undefined : protectedHome(draft, first.target);
  const region = home?.region;
  const existing = zonesOfKind(draft, 'edge').find((z) => nearestZone(draft, z.id, 'region')?.id === region?.id);
  if (existing) return existing;
  const anchor = home === undefined ? undefined : childOnPath(draft, region?.id, home.node);
  // Nothing to stand beside (no traffic to protect): the first free spot.
  if (anchor === undefined) return addZone(draft, 'edge', region?.id);
  const size = newZoneSize(draft, 'edge');
  const place = bestPlace(draft, region?.id, anchor, entering, size);
  const { position } = makeRoomBeside(draft, region?.id, anchor, size, place.side, place.across);
  return draft.addNode<ZoneNode>({ id: draft.ids.next('edge'), kind: 'zone', zone: 'edge', position, size, ...(region ? { parent: region.id } : {}) });
}

/**
 * Where a new product goes in a boundary zone that already holds a neighbour on its path: in front of
 * what the traffic enters next (the WAF when a DDoS product is put before it), on the side the traffic
 * comes from; else just after where it comes from (the WAF when a firewall is put behind it), on the
 * side it goes to. The products beyond move along, so the chain reads in order. Undefined when the
 * zone holds neither end: then any free spot will do.
 */
export function spotInChain(draft: Draft, zoneId: string, entering: readonly Entry[]): Position | undefined {
  // Stryker disable next-line OptionalChaining: the ends of `entering` are nodes of the draft (insertBoundary takes them from its edges)
  const before = entering.find((e) => draft.node(e.target)?.parent === zoneId);
  // Stryker disable next-line OptionalChaining: the ends of `entering` are nodes of the draft (insertBoundary takes them from its edges)
  const after = before ? undefined : entering.find((e) => draft.node(e.source)?.parent === zoneId);
  // Stryker disable next-line ArrayDeclaration: without both a neighbour and a direction (towards stays undefined) the next line returns undefined
  const [neighbour, towards] = before ? [before.target, before.source] : after ? [after.source, after.target] : [];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: neighbour and towards are undefined together, so either test alone decides
  if (neighbour === undefined || towards === undefined) return undefined;
  const beside = absRect(draft, neighbour);
  const side = sidesFacing(centre(absRect(draft, towards)), beside)[0]!;
  const zone = absRect(draft, zoneId);
  const across = side === 'left' || side === 'right' ? centre(beside).y - zone.y : centre(beside).x - zone.x;
  return makeRoomBeside(draft, zoneId, neighbour, PRODUCT_SIZE, side, across).position;
}

/**
 * Where the protected path lives: the first node on the traffic's way from `target` on (the target
 * itself first) that is inside a region, with that region; else the target with no region.
 */
function protectedHome(draft: Draft, target: string): { node: string; region: ZoneNode | undefined } {
  const onward = new Map<string, string[]>();
  for (const e of draft.allEdges()) {
    if (e.kind !== 'traffic') continue;
    const list = onward.get(e.source);
    if (list) list.push(e.target);
    else onward.set(e.source, [e.target]);
  }
  // The walk, breadth first: a Set's loop also visits what is added to it while it runs, each once.
  const seen = new Set<string>([target]);
  for (const at of seen) {
    // `at` is a product (a zone is never an edge's end, file-format.md): its region is the one around it.
    const region = nearestZone(draft, at, 'region');
    if (region) return { node: at, region };
    // Stryker disable next-line ArrayDeclaration: a made-up next id is no node and finds no region
    for (const next of onward.get(at) ?? []) seen.add(next);
  }
  return { node: target, region: undefined };
}

/** The child of `parent` (undefined: the top level) that is `node` or holds it. */
function childOnPath(draft: Draft, parent: string | undefined, node: string): string | undefined {
  let steps = 0;
  for (let at = draft.node(node); at; at = draft.node(at.parent)) {
    if (at.parent === parent) return at.id;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: a node has at most 16 ancestors (file-format.md), so this guard against a cycle never ends the walk
    if (++steps > 64) return undefined;
  }
  return undefined;
}

/** Absolute rectangle of a node in the draft. */
function absRect(draft: Draft, id: string): Rect {
  const node = draft.node(id)!;
  let { x, y } = node.position;
  let steps = 0;
  for (let parent = draft.node(node.parent); parent; parent = draft.node(parent.parent)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: a node has at most 16 ancestors (file-format.md), so this guard against a cycle never ends the walk
    if (++steps > 64) break;
    x += parent.position.x;
    y += parent.position.y;
  }
  return { x, y, ...nodeSize(node) };
}

const centre = (r: Rect): Position => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * Sides of the anchor, the one facing the traffic's source first, the side turned away from it last:
 * left or right first unless the source lies farther outside the anchor above or below it than beside
 * it; on each axis the side towards the source's side of the anchor's centre (left and above on a
 * tie). Exported for its table test.
 */
export function sidesFacing(from: Position, anchor: Rect): Side[] {
  // How far the source lies outside the anchor's band on each axis (0 within it).
  const dx = Math.max(anchor.x - from.x, from.x - anchor.x - anchor.width, 0);
  const dy = Math.max(anchor.y - from.y, from.y - anchor.y - anchor.height, 0);
  const c = centre(anchor);
  const horizontal: Side = from.x <= c.x ? 'left' : 'right';
  const vertical: Side = from.y <= c.y ? 'above' : 'below';
  const opposite: Record<Side, Side> = { left: 'right', right: 'left', above: 'below', below: 'above' };
  const [primary, secondary] = dx >= dy ? [horizontal, vertical] : [vertical, horizontal];
  return [primary, secondary, opposite[secondary], opposite[primary]];
}

const TRIAL_ID = '\u0000trial-edge';

/**
 * Try each side (and two positions along it) on a copy of the draft; keep the one whose new lines
 * cross the fewest zones holding neither of their ends, the side facing the traffic first on a tie.
 */
function bestPlace(
  draft: Draft,
  parent: string | undefined,
  anchor: string,
  entering: readonly Entry[],
  size: Size,
): { side: Side; across: number } {
  const parentAt = parent === undefined ? { x: 0, y: 0 } : absRect(draft, parent);
  const source = centre(absRect(draft, entering[0]!.source));
  const target = centre(absRect(draft, entering[0]!.target));
  const sides = sidesFacing(source, absRect(draft, anchor));
  let best: { side: Side; across: number; score: number } | undefined;
  for (const side of sides) {
    const axis = side === 'left' || side === 'right' ? 'y' : 'x';
    const offset = axis === 'y' ? parentAt.y : parentAt.x;
    for (const across of [target[axis] - offset, (source[axis] + target[axis]) / 2 - offset]) {
      const trial = new Draft(draft.result(), draft.catalog);
      const { position } = makeRoomBeside(trial, parent, anchor, size, side, across);
      // Stryker disable next-line StringLiteral,ConditionalExpression: the trial zone is only measured (position, size, parent); a `parent: undefined` key reads as no parent
      trial.addNode<ZoneNode>({ id: TRIAL_ID, kind: 'zone', zone: 'edge', position, size, ...(parent !== undefined ? { parent } : {}) });
      const score = crossings(trial, entering);
      if (!best || score < best.score) best = { side, across, score };
      // Stryker disable next-line ConditionalExpression: a shortcut: no later place can score below 0, and ties keep the first
      if (score === 0) return best;
    }
  }
  return best!;
}

/** How many zones the lines source → product → target cross that hold neither of a line's ends. */
function crossings(trial: Draft, entering: readonly Entry[]): number {
  const zone = absRect(trial, TRIAL_ID);
  const guard = { x: zone.x + MARGIN + PRODUCT_SIZE.width / 2, y: zone.y + TITLE + PRODUCT_SIZE.height / 2 };
  // Stryker disable next-line ConditionalExpression: the trial zone holds the guard, so guardAround leaves it out of the count anyway
  const zones = trial.allNodes().filter((n): n is ZoneNode => n.kind === 'zone' && n.id !== TRIAL_ID).map((z) => ({ id: z.id, r: absRect(trial, z.id) }));
  const around = (id: string) => {
    const out = new Set<string>();
    // Stryker disable next-line OptionalChaining,ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral: ids exist and parent chains end (file-format.md); an extra or missing holder adds the same count to every place tried (each line starts inside its holders and ends inside the region holding the guard)
    for (let at = trial.node(id)?.parent; at !== undefined && !out.has(at); at = trial.node(at)?.parent) out.add(at);
    return out;
  };
  const guardAround = around(TRIAL_ID);
  guardAround.add(TRIAL_ID);
  const lines = new Map<string, [Position, Set<string>]>();
  for (const e of entering) {
    // Stryker disable next-line ConditionalExpression: setting an end again stores the same line
    for (const end of [e.source, e.target]) if (!lines.has(end)) lines.set(end, [centre(absRect(trial, end)), around(end)]);
  }
  let count = 0;
  for (const [point, holders] of lines.values()) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: zones holding a line's end or the guard are crossed by that line from every place tried alike (it starts or ends inside them), so counting them changes no choice
    for (const { id, r } of zones) if (!holders.has(id) && !guardAround.has(id) && segmentCrosses(point, guard, r)) count++;
  }
  return count;
}

/** Whether the segment a–b passes through the inside of `r` (touching its border does not count). */
export function segmentCrosses(a: Position, b: Position, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    // Stryker disable next-line EqualityOperator: p is not 0 here (handled above)
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}
