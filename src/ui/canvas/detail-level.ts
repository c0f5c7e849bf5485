/**
 * Level of detail on the canvas, from the zoom. Zoomed out, text and icons are a few pixels tall and
 * cannot be read, yet each one is work for the browser on every frame of a pan or drag (layout, style,
 * hit testing, paint). So below these zooms they are not put in the page at all: a 2,000-node design
 * fitted into view is drawn at about 5 %, where a product is an 8 × 3 px box.
 */
import { createContext, useContext } from 'react';

/** `full`: everything; `reduced`: no edge text, no second lines; `far`: boxes, badges and connections only. */
export type DetailLevel = 'full' | 'reduced' | 'far';

/** Below this zoom, text on edges and the second line of products cannot be read. */
export const DETAIL_ZOOM = 0.45;
/** Below this zoom, names and icons are a few pixels tall. */
export const FAR_ZOOM = 0.25;

export function detailAt(zoom: number): DetailLevel {
  return zoom < FAR_ZOOM ? 'far' : zoom < DETAIL_ZOOM ? 'reduced' : 'full';
}

/** Provided by the canvas; nodes and edges re-render only when the level changes, not on every zoom step. */
export const DetailContext = createContext<DetailLevel>('full');

export const useDetail = (): DetailLevel => useContext(DetailContext);
