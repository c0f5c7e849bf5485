/**
 * How small the drawing may be printed: every text at 6 pt or more on paper, product names at 7 pt or
 * more (a filing office reads the sheet on paper, not zoomed in). The scale is in paper points per
 * drawing unit, computed from the texts actually drawn, so a larger label size raises it by itself.
 */
import type { Shape } from './shapes.ts';

export const MIN_TEXT_PT = 6;
export const MIN_NAME_PT = 7;

/** The smallest scale at which every text of the shapes prints at its minimum size (0 when there is none). */
export function legibleScale(shapes: readonly Shape[]): number {
  let scale = 0;
  const visit = (list: readonly Shape[]) => {
    for (const shape of list) {
      if (shape.kind === 'group') visit(shape.children);
      else if (shape.kind === 'text' && shape.text !== '') scale = Math.max(scale, (shape.name ? MIN_NAME_PT : MIN_TEXT_PT) / shape.size);
    }
  };
  visit(shapes);
  return scale;
}
