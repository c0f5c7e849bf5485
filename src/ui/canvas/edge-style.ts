/**
 * How each connection kind looks on the canvas: the exported drawing's look (colour, width, dash
 * pattern, arrowhead; core `EDGE_LOOK`), so what the architect draws is what the filing shows and
 * the kinds can be told apart in greyscale on both.
 */
import type { CSSProperties } from 'react';
import { EDGE_LOOK } from '../../core/export/scene/style.ts';
import { EDGE_KINDS, type EdgeKind } from '../../core/model/types.ts';

export const SELECTED_EDGE_COLOR = '#2563eb';

/**
 * The dash pattern in CSS, scaled by `--dash-scale` (set on the canvas from the zoom, see
 * `dashScale`): zoomed out, dashes keep their size on screen. Drawn in drawing units, a 7-unit dash
 * at a fitted 2,000-node design's 3 % zoom is a fifth of a pixel, and the rasteriser cuts every line
 * into thousands of them: that alone cost more than 100 ms of every frame's raster.
 */
function dashCss(dash: readonly number[]): string {
  return dash.map((d) => `calc(${d}px * var(--dash-scale, 1))`).join(' ');
}

function lineStyle(kind: EdgeKind, selected: boolean): CSSProperties {
  const look = EDGE_LOOK[kind];
  return {
    stroke: selected ? SELECTED_EDGE_COLOR : look.color,
    strokeWidth: selected ? look.width + 1 : look.width,
    ...(look.dash ? { strokeDasharray: dashCss(look.dash) } : {}),
  };
}

/** The line's style per kind, plain and selected: one object each, so an edge's props stay equal between renders. */
export const LINE_STYLE = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, { plain: lineStyle(kind, false), selected: lineStyle(kind, true) }])) as Record<
  EdgeKind,
  Record<'plain' | 'selected', CSSProperties>
>;

/**
 * `--dash-scale` at a zoom: 1 at 100 % and closer, else 1/zoom in steps of a quarter octave, so a
 * zoom gesture restyles the connections every ~19 % of zoom, not on every frame.
 */
export function dashScale(zoom: number): number {
  if (zoom >= 1) return 1;
  // The epsilon keeps a zoom exactly on a step (0.5: log2 = 1) on that step despite rounding error.
  return Math.round(2 ** (Math.ceil(Math.log2(1 / zoom) * 4 - 1e-9) / 4) * 1000) / 1000;
}
