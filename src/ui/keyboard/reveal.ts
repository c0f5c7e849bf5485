/**
 * After a move from the keyboard the nodes may land in a zone outside the part of the drawing on
 * screen (the user chose it by name, not by pointing at it): pan, keeping the zoom, so they show.
 */
import { nodeRect, type Rect } from '../../core/geometry/geometry.ts';
import type { EditorStore } from '../../session/editor-store.ts';
import type { UiStore } from '../editor/ui-store.ts';

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

export function revealNodes(editor: EditorStore, ui: UiStore, ids: readonly string[]): void {
  const canvas = ui.getState().view;
  const view = canvas?.visibleArea();
  if (!canvas || !view) return;
  const doc = editor.getState().doc;
  const rects = ids.map((id) => nodeRect(doc, id)).filter((r): r is Rect => r !== undefined);
  if (rects.length === 0) return;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const bounds = { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
  if (inside(bounds, view)) return;
  canvas.centerOn({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 });
}
