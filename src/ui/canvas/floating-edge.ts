/**
 * Connections attach to the side of each product that faces the other one, rather than to fixed
 * handles (the file stores no handles), so a drawing stays clean whichever way nodes are moved.
 */
import { Position, type InternalNode } from '@xyflow/react';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

function anchor(box: Box, side: Position): { x: number; y: number } {
  switch (side) {
    case Position.Left:
      return { x: box.x, y: box.y + box.height / 2 };
    case Position.Right:
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case Position.Top:
      return { x: box.x + box.width / 2, y: box.y };
    case Position.Bottom:
      return { x: box.x + box.width / 2, y: box.y + box.height };
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

export function floatingEnds(source: InternalNode, target: InternalNode): EdgeEnds {
  const a = boxOf(source);
  const b = boxOf(target);
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  // Horizontal sides when the nodes are side by side, vertical ones when one is above the other.
  const horizontal = Math.abs(dx) * a.height >= Math.abs(dy) * a.width;
  const sourcePosition = horizontal ? (dx >= 0 ? Position.Right : Position.Left) : dy >= 0 ? Position.Bottom : Position.Top;
  const targetPosition = horizontal ? (dx >= 0 ? Position.Left : Position.Right) : dy >= 0 ? Position.Top : Position.Bottom;
  const s = anchor(a, sourcePosition);
  const t = anchor(b, targetPosition);
  return { sourceX: s.x, sourceY: s.y, sourcePosition, targetX: t.x, targetY: t.y, targetPosition };
}
