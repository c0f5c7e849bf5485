/**
 * Where the app puts something new: the free grid cell nearest to where the user aimed, inside the
 * bounds it must stay in, clear of what is already there. Cells are searched ring by ring around the
 * aimed point (nearest first within a ring), so the cost is bounded by the area searched.
 */
import type { Rect } from '../geometry/geometry.ts';
import { rectsOverlap } from '../geometry/zone-frame.ts';
import type { Position, Size } from '../model/types.ts';

/** The canvas grid new things snap to. */
export const PLACEMENT_GRID = 10;
/** Room kept between things the app places and what is already there. */
export const PLACEMENT_GAP = 20;
/** Without bounds (the top level), how far from the aimed point a free cell is looked for. */
const UNBOUNDED_RINGS = 300;

export interface FreeSpaceQuery {
  size: Size;
  /** The top-left corner the user aimed at. */
  near: Position;
  /** Where the box must stay (a zone's inner box, the visible canvas); none at the top level. */
  bounds?: Rect;
  /** What it must not overlap. */
  taken: readonly Rect[];
  gap?: number;
  /** Look no further than this many grid steps from the aimed point. */
  maxRings?: number;
  /** The grid searched: its first cell and its step (by default the canvas grid from 0,0). */
  grid?: { origin: Position; step: Size };
}

const EPSILON = 0.01;

/**
 * The cells of a zone products go into: columns and rows of a product plus the gap, from the corner
 * under the zone's title, the grid quick fixes fill too. A default security zone holds two by two.
 */
export const PRODUCT_CELLS = { origin: { x: 20, y: 40 }, step: { width: 180, height: 80 } } as const;

/** The nearest free top-left corner, or undefined when there is none within bounds and reach. */
export function nearestFree(query: FreeSpaceQuery): Position | undefined {
  const { size, near, bounds, taken } = query;
  const gap = query.gap ?? PLACEMENT_GAP;
  if (bounds && (size.width > bounds.width + EPSILON || size.height > bounds.height + EPSILON)) return undefined;
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  const { origin, step } = query.grid ?? { origin: { x: 0, y: 0 }, step: { width: PLACEMENT_GRID, height: PLACEMENT_GRID } };
  const cellAt = (i: number, j: number): Position => {
    const x = origin.x + (Math.round((near.x - origin.x) / step.width) + i) * step.width;
    const y = origin.y + (Math.round((near.y - origin.y) / step.height) + j) * step.height;
    if (!bounds) return { x, y };
    return { x: clamp(x, bounds.x, bounds.x + bounds.width - size.width), y: clamp(y, bounds.y, bounds.y + bounds.height - size.height) };
  };
  const isFree = (p: Position) => !taken.some((r) => rectsOverlap({ x: p.x, y: p.y, width: size.width, height: size.height }, r, gap - EPSILON));
  const reach = bounds ? Math.ceil(Math.max(bounds.width / step.width, bounds.height / step.height)) + 1 : UNBOUNDED_RINGS;
  const rings = Math.min(reach, query.maxRings ?? reach);
  for (let ring = 0; ring <= rings; ring++) {
    let best: Position | undefined;
    let bestDistance = Infinity;
    const consider = (i: number, j: number) => {
      const cell = cellAt(i, j);
      const distance = (cell.x - near.x) ** 2 + (cell.y - near.y) ** 2;
      if (distance < bestDistance && isFree(cell)) {
        best = cell;
        bestDistance = distance;
      }
    };
    if (ring === 0) consider(0, 0);
    for (let k = -ring; k <= ring && ring > 0; k++) {
      consider(k, -ring);
      consider(k, ring);
      if (k !== -ring && k !== ring) {
        consider(-ring, k);
        consider(ring, k);
      }
    }
    if (best) return best;
  }
  return undefined;
}
