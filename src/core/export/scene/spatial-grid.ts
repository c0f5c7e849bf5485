/**
 * A coarse uniform grid of rectangles, so "does this box hit anything?" looks only at nearby
 * rectangles: routing and label placement stay linear for diagrams of thousands of nodes.
 */
import type { Rect } from '../../geometry/geometry.ts';

const CELL = 80;

export class RectGrid<T extends Rect = Rect> {
  private readonly cells = new Map<number, T[]>();

  private each(r: Rect, visit: (key: number) => boolean | void): boolean {
    const x0 = Math.floor(r.x / CELL);
    const x1 = Math.floor((r.x + r.width) / CELL);
    const y0 = Math.floor(r.y / CELL);
    const y1 = Math.floor((r.y + r.height) / CELL);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) if (visit(gx * 100003 + gy) === true) return true;
    }
    return false;
  }

  add(r: T): void {
    this.each(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
    });
  }

  /** The stored rectangles that overlap `r`, each once. */
  query(r: Rect): T[] {
    const found = new Set<T>();
    this.each(r, (key) => {
      for (const o of this.cells.get(key) ?? []) if (overlaps(r, o)) found.add(o);
    });
    return [...found];
  }

  /** Whether `r` overlaps a stored rectangle other than those `ignore` accepts. */
  hits(r: Rect, ignore?: (other: T) => boolean): boolean {
    const x1 = Math.floor((r.x + r.width) / CELL);
    const y0 = Math.floor(r.y / CELL);
    const y1 = Math.floor((r.y + r.height) / CELL);
    for (let gx = Math.floor(r.x / CELL); gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        const list = this.cells.get(gx * 100003 + gy);
        if (!list) continue;
        for (const o of list) if (overlaps(r, o) && !ignore?.(o)) return true;
      }
    }
    return false;
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
