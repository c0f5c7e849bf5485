/** The part of the drawing the canvas shows, in flow coordinates: where new things stay on screen. */
import type { Rect } from '../../core/geometry/geometry.ts';

interface ToFlow {
  screenToFlowPosition(p: { x: number; y: number }): { x: number; y: number };
}

function canvasRect(): DOMRect | undefined {
  return document.querySelector('main.canvas')?.getBoundingClientRect();
}

export function visibleArea(flow: ToFlow): Rect | undefined {
  const rect = canvasRect();
  if (!rect || rect.width === 0 || rect.height === 0) return undefined;
  const a = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
  const b = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** The middle of the canvas as it is on screen, in flow coordinates. */
export function viewCenter(flow: ToFlow): { x: number; y: number } {
  const rect = canvasRect();
  const x = rect ? rect.left + rect.width / 2 : window.innerWidth / 2;
  const y = rect ? rect.top + rect.height / 2 : window.innerHeight / 2;
  return flow.screenToFlowPosition({ x, y });
}
