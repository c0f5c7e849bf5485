/**
 * Palette items travel to the canvas as a small JSON payload under our own MIME type; a drop (or a
 * click on the item) adds the product or zone at that point, inside the innermost zone there.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { Rect } from '../../core/geometry/geometry.ts';
import { ZONE_KINDS, type Position, type ZoneKind } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import type { Session } from '../../session/session.ts';

export const PALETTE_MIME = 'application/x-mlps-palette-item';

export type PaletteItem = { type: 'product'; id: string } | { type: 'zone'; id: ZoneKind };

export function encodePaletteItem(item: PaletteItem): string {
  return JSON.stringify(item);
}

export function decodePaletteItem(text: string, catalog: Catalog): PaletteItem | undefined {
  try {
    const value = JSON.parse(text) as { type?: unknown; id?: unknown };
    if (value.type === 'product' && typeof value.id === 'string' && catalog.product(value.id)) return { type: 'product', id: value.id };
    if (value.type === 'zone' && typeof value.id === 'string' && (ZONE_KINDS as readonly string[]).includes(value.id)) return { type: 'zone', id: value.id as ZoneKind };
  } catch {
    // Not ours: ignore the drop.
  }
  return undefined;
}

/**
 * Add a palette item aimed at `center` (flow coordinates) as one undo step, and select it: a product
 * at the nearest free cell of the zone under it, a zone as large as the free room there allows; what
 * lands at the top level stays on screen.
 */
export function addPaletteItem(session: Session, item: PaletteItem, center: Position, view: Rect | undefined): void {
  const options = view ? { view } : {};
  if (item.type === 'product') session.run(commands.addProduct, { product: item.id, center, ...options });
  else session.run(commands.addZone, { zone: item.id, cursor: center, ...options });
}
