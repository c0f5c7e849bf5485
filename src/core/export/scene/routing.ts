/**
 * Where connections run: orthogonal lines from border to border that go around products rather than
 * through them. For each connection a few candidate routes are scored (sides facing the other node,
 * a short stub straight out of each side, then one or two bends), and the one that crosses the fewest
 * products, then is shortest with the fewest bends, wins. Ends sharing one side of a node are spread
 * along it in the order of the nodes they lead to, so fans do not cross.
 */
import type { Rect } from '../../geometry/geometry.ts';
import { RectGrid } from './spatial-grid.ts';

export interface Point {
  x: number;
  y: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface RouteRequest {
  sourceId: string;
  targetId: string;
  source: Rect;
  target: Rect;
}

const STUB = 14;
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];
const OUT: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };
type Connector = 'hv' | 'vh' | 'hvh' | 'vhv';
/** Each connector, and the two-bend ones also with their middle segment moved off-centre (free lanes). */
const SHAPES: readonly [Connector, number][] = [
  ['hvh', 0], ['vhv', 0], ['hv', 0], ['vh', 0],
  ['hvh', -14], ['hvh', 14], ['vhv', -14], ['vhv', 14], ['hvh', -28], ['hvh', 28], ['vhv', -28], ['vhv', 28],
];

/** One straight piece of a line: vertical or horizontal, at a position across, from … to along. */
interface Segment {
  vertical: boolean;
  at: number;
  from: number;
  to: number;
}

/** Cost of running through a product: more than any detour. */
const CROSSING = 100000;

/** Lines closer than this run "on top of each other". */
const LANE = 5;

const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const horizontal = (s: Side) => s === 'left' || s === 'right';

function sidePoint(rect: Rect, side: Side, along = 0.5): Point {
  if (side === 'left') return { x: rect.x, y: rect.y + rect.height * along };
  if (side === 'right') return { x: rect.x + rect.width, y: rect.y + rect.height * along };
  if (side === 'top') return { x: rect.x + rect.width * along, y: rect.y };
  return { x: rect.x + rect.width * along, y: rect.y + rect.height };
}

/** Sides worth trying: those whose outward direction does not point away from the other node. */
function candidateSides(from: Rect, to: Rect): Side[] {
  const c = center(from);
  const o = center(to);
  return SIDES.filter((s) => OUT[s].x * (o.x - c.x) + OUT[s].y * (o.y - c.y) >= 0);
}

/** `lane`, when given, is where the middle segment of a two-bend connector runs (instead of the middle plus `shift`). */
function build(p0: Point, s0: Side, p1: Point, s1: Side, connector: Connector, shift = 0, lane?: number): Point[] {
  const a = { x: p0.x + OUT[s0].x * STUB, y: p0.y + OUT[s0].y * STUB };
  const b = { x: p1.x + OUT[s1].x * STUB, y: p1.y + OUT[s1].y * STUB };
  let middle: Point[];
  if (connector === 'hv') middle = [{ x: b.x, y: a.y }];
  else if (connector === 'vh') middle = [{ x: a.x, y: b.y }];
  else if (connector === 'hvh') {
    const mx = lane ?? middleLane(p0, s0, p1, s1, connector, shift);
    middle = [{ x: mx, y: a.y }, { x: mx, y: b.y }];
  } else {
    const my = lane ?? middleLane(p0, s0, p1, s1, connector, shift);
    middle = [{ x: a.x, y: my }, { x: b.x, y: my }];
  }
  return simplify([p0, a, ...middle, b, p1]);
}

/** Where the middle segment of a two-bend connector runs by default: halfway, moved by `shift`. */
function middleLane(p0: Point, s0: Side, p1: Point, s1: Side, connector: 'hvh' | 'vhv', shift: number): number {
  const a = { x: p0.x + OUT[s0].x * STUB, y: p0.y + OUT[s0].y * STUB };
  const b = { x: p1.x + OUT[s1].x * STUB, y: p1.y + OUT[s1].y * STUB };
  if (connector === 'hvh') return (horizontal(s0) && horizontal(s1) ? (p0.x + p1.x) / 2 : (a.x + b.x) / 2) + shift;
  return (!horizontal(s0) && !horizontal(s1) ? (p0.y + p1.y) / 2 : (a.y + b.y) / 2) + shift;
}

/** Drop repeated and collinear points; undefined when the line doubles back on itself. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

function doublesBack(points: readonly Point[]): boolean {
  for (let i = 2; i < points.length; i++) {
    const [a, b, c] = [points[i - 2]!, points[i - 1]!, points[i]!];
    if ((b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) < 0) return true;
  }
  return false;
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const vertical = Math.abs(a.x - b.x) < 0.01;
    out.push({
      vertical,
      at: vertical ? a.x : a.y,
      from: vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x),
      to: vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x),
    });
  }
  return out;
}

/**
 * Lines already drawn, bucketed by direction and position across it: two lines overlap only when
 * they run the same way within a few units of each other, so only neighbouring buckets are searched.
 */
class Lanes {
  private readonly buckets = new Map<string, Segment[]>();
  private key(vertical: boolean, bucket: number): string {
    return `${vertical ? 'v' : 'h'}${bucket}`;
  }
  add(seg: Segment): void {
    const key = this.key(seg.vertical, Math.round(seg.at / LANE));
    const list = this.buckets.get(key);
    if (list) list.push(seg);
    else this.buckets.set(key, [seg]);
  }
  /** Length of `seg` running on top of lines already drawn (counting stops past `enough`). */
  shared(seg: Segment, enough = Infinity): number {
    let total = 0;
    const bucket = Math.round(seg.at / LANE);
    for (let b = bucket - 1; b <= bucket + 1; b++) {
      for (const other of this.buckets.get(this.key(seg.vertical, b)) ?? []) {
        if (Math.abs(other.at - seg.at) < LANE) total += Math.max(0, Math.min(seg.to, other.to) - Math.max(seg.from, other.from));
        if (total > enough) return total;
      }
    }
    return total;
  }
}

function inset(r: Rect): Rect {
  return { x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 };
}

function hitsRect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Cost of a route: products crossed dominate, then running on top of other lines, length and bends.
 * Stops early (returning Infinity) once the cost cannot beat `best`.
 */
/** What one connection's candidates are measured against (built once per connection). */
interface Trial {
  req: RouteRequest;
  source: Rect;
  target: Rect;
  ignoreEnds: (o: Rect) => boolean;
}

function cost(points: readonly Point[], trial: Trial, obstacles: RectGrid, soft: RectGrid, lanes: Lanes, best: number): number {
  if (doublesBack(points)) return Infinity;
  const segments = segmentsOf(points);
  let total = (points.length - 2) * 40;
  for (const seg of segments) total += seg.to - seg.from;
  if (total >= best) return Infinity;
  const box = { x: 0, y: 0, width: 0, height: 0 };
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    box.x = seg.vertical ? seg.at - 0.5 : seg.from;
    box.y = seg.vertical ? seg.from : seg.at - 0.5;
    box.width = seg.vertical ? 1 : seg.to - seg.from;
    box.height = seg.vertical ? seg.to - seg.from : 1;
    if (obstacles.hits(box, trial.ignoreEnds)) total += CROSSING;
    if (soft.hits(box)) total += 2000;
    if (i > 0 && hitsRect(box, trial.source)) total += CROSSING;
    if (i < segments.length - 1 && hitsRect(box, trial.target)) total += CROSSING;
    if (total >= best) return Infinity;
  }
  for (const seg of segments) {
    total += lanes.shared(seg, (best - total) / 3) * 3;
    if (total >= best) return Infinity;
  }
  return total;
}

interface Choice {
  s0: Side;
  s1: Side;
  connector: Connector;
  shift: number;
  lane?: number;
}

function choose(req: RouteRequest, obstacles: RectGrid, soft: RectGrid, lanes: Lanes): Choice {
  let best: Choice | undefined;
  let bestScore = Infinity;
  const trial: Trial = { req, source: inset(req.source), target: inset(req.target), ignoreEnds: (o) => o === req.source || o === req.target };
  const tryAll = (sources: readonly Side[], targets: readonly Side[]) => {
    for (const s0 of sources) {
      for (const s1 of targets) {
        const p0 = sidePoint(req.source, s0);
        const p1 = sidePoint(req.target, s1);
        // No route between two points is shorter than their Manhattan distance.
        if (Math.abs(p0.x - p1.x) + Math.abs(p0.y - p1.y) >= bestScore) continue;
        for (const [connector, shift] of SHAPES) {
          if (Math.abs(shift) + Math.abs(p0.x - p1.x) + Math.abs(p0.y - p1.y) >= bestScore) continue;
          const s = cost(build(p0, s0, p1, s1, connector, shift), trial, obstacles, soft, lanes, bestScore - Math.abs(shift)) + Math.abs(shift);
          if (s < bestScore) {
            bestScore = s;
            best = { s0, s1, connector, shift };
          }
        }
      }
    }
  };
  tryAll(candidateSides(req.source, req.target), candidateSides(req.target, req.source));
  // Still through a product: going round may need a side facing away (into a node from above …),
  // unless an end itself overlaps another product, when no way round exists.
  const overlapped = (r: Rect) => obstacles.hits(inset(r), (o) => o === r);
  if (bestScore >= CROSSING && !overlapped(req.source) && !overlapped(req.target)) tryAll(SIDES, SIDES);
  return best ?? { s0: 'right', s1: 'left', connector: 'hvh', shift: 0 };
}

/**
 * The polyline of every requested connection, in request order: never through `obstacleRects` (the
 * products) when there is a way around, and preferably not across `avoidRects` (zone headers).
 */
export function routeEdges(requests: readonly RouteRequest[], obstacleRects: readonly Rect[], avoidRects: readonly Rect[] = []): Point[][] {
  const obstacles = new RectGrid();
  for (const r of obstacleRects) obstacles.add(r);
  const soft = new RectGrid();
  for (const r of avoidRects) soft.add(r);
  // Lines are chosen one after another; each avoids running on top of those before it.
  const lanes = new Lanes();
  const choices = requests.map((req) => {
    const choice = choose(req, obstacles, soft, lanes);
    for (const seg of segmentsOf(build(sidePoint(req.source, choice.s0), choice.s0, sidePoint(req.target, choice.s1), choice.s1, choice.connector, choice.shift, choice.lane))) lanes.add(seg);
    return choice;
  });

  // Spread the ends that share a node side, ordered by where the other end is.
  interface End { route: number; end: 0 | 1; toward: number }
  const bySide = new Map<string, End[]>();
  choices.forEach((choice, route) => {
    const req = requests[route]!;
    const ends: [string, Side, Rect, 0 | 1][] = [[req.sourceId, choice.s0, req.target, 0], [req.targetId, choice.s1, req.source, 1]];
    for (const [id, side, other, end] of ends) {
      const c = center(other);
      const key = `${id}\u0000${side}`;
      const entry = { route, end, toward: horizontal(side) ? c.y : c.x };
      const list = bySide.get(key);
      if (list) list.push(entry);
      else bySide.set(key, [entry]);
    }
  });
  const along = new Map<string, number>();
  for (const list of bySide.values()) {
    list.sort((p, q) => p.toward - q.toward || p.route - q.route || p.end - q.end);
    list.forEach((e, i) => along.set(`${e.route}:${e.end}`, list.length === 1 ? 0.5 : 0.15 + (0.7 * (i + 0.5)) / list.length));
  }
  return choices.map((c, i) => {
    const req = requests[i]!;
    // The middle segment stays where it was chosen (clear of products) when the ends move along their sides.
    const lane = c.lane ?? (c.connector === 'hvh' || c.connector === 'vhv' ? middleLane(sidePoint(req.source, c.s0), c.s0, sidePoint(req.target, c.s1), c.s1, c.connector, c.shift) : undefined);
    return build(sidePoint(req.source, c.s0, along.get(`${i}:0`)), c.s0, sidePoint(req.target, c.s1, along.get(`${i}:1`)), c.s1, c.connector, c.shift, lane);
  });
}
