/**
 * Connections attach to the side of each product that faces the other one, rather than to fixed
 * handles (the file stores no handles), so a drawing stays clean whichever way nodes are moved.
 * Products all have the same size, so an edge needs only one known point of each of its products:
 * React Flow passes every edge the outer edge of the products' right-hand handle (ANCHOR_HANDLE).
 */
import { Position } from '@xyflow/react';
import { PRODUCT_SIZE } from '../../core/geometry/geometry.ts';

interface Point {
  x: number;
  y: number;
}

function anchor(corner: Point, side: Position): Point {
  const { width, height } = PRODUCT_SIZE;
  switch (side) {
    case Position.Left:
      return { x: corner.x, y: corner.y + height / 2 };
    case Position.Right:
      return { x: corner.x + width, y: corner.y + height / 2 };
    case Position.Top:
      return { x: corner.x + width / 2, y: corner.y };
    case Position.Bottom:
      return { x: corner.x + width / 2, y: corner.y + height };
  }
}

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/**
 * How far the outer edge of the right-hand handle sits beyond the product's right side: the handle is
 * 9 px wide and centred on the side (`.product-node__handle` in canvas.css).
 */
const HANDLE_OVERHANG = 4.5;

/** A product's top-left corner from the point React Flow reports for its right-hand handle. */
export function cornerFromAnchor(x: number, y: number): Point {
  return { x: x - PRODUCT_SIZE.width - HANDLE_OVERHANG, y: y - PRODUCT_SIZE.height / 2 };
}

/** The facing sides of two products given their top-left corners. */
export function floatingEnds(source: Point, target: Point): EdgeEnds {
  const { width, height } = PRODUCT_SIZE;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  // Horizontal sides when the nodes are side by side, vertical ones when one is above the other.
  const horizontal = Math.abs(dx) * height >= Math.abs(dy) * width;
  const sourcePosition = horizontal ? (dx >= 0 ? Position.Right : Position.Left) : dy >= 0 ? Position.Bottom : Position.Top;
  const targetPosition = horizontal ? (dx >= 0 ? Position.Left : Position.Right) : dy >= 0 ? Position.Top : Position.Bottom;
  const s = anchor(source, sourcePosition);
  const t = anchor(target, targetPosition);
  return { sourceX: s.x, sourceY: s.y, sourcePosition, targetX: t.x, targetY: t.y, targetPosition };
}
