/**
 * Palette items travel to the canvas as a small JSON payload under our own MIME type; a drop (or a
 * click on the item) adds the product or zone at that point, inside the innermost zone there.
 */
import { addProduct, addZone } from '../../core/edit/nodes.ts';
import { PRODUCT_SIZE, zoneUnder } from '../../core/geometry/geometry.ts';
import type { Catalog } from '../../core/catalog/types.ts';
import { ZONE_KINDS, type Position, type ZoneKind } from '../../core/model/types.ts';
import type { EditorStore } from '../../session/editor-store.ts';

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

/** Add a palette item centred on `center` (flow coordinates), as one undo step, and select it. */
export function addPaletteItem(store: EditorStore, catalog: Catalog, item: PaletteItem, center: Position): void {
  const doc = store.getState().doc;
  const size = item.type === 'product' ? PRODUCT_SIZE : catalog.zone(item.id).defaultSize;
  const at = { x: Math.round(center.x - size.width / 2), y: Math.round(center.y - size.height / 2) };
  const parent = zoneUnder(doc, at, size)?.id;
  const result =
    item.type === 'product'
      ? addProduct(doc, { product: item.id, at, ...(parent !== undefined ? { parent } : {}) })
      : addZone(doc, { zone: item.id, at, ...(parent !== undefined ? { parent } : {}) }, catalog);
  const name = item.type === 'product' ? catalog.product(item.id)!.name : catalog.zone(item.id).name;
  store.getState().apply('history.add', () => result.doc, {
    labelParams: { name },
    select: { nodes: new Set([result.id]), edges: new Set() },
  });
}
