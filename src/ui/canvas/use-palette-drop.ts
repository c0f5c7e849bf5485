/** A palette item dragged onto the canvas is added where it is dropped (see palette-drop.ts). */
import { useCallback, type DragEvent } from 'react';
import { useCatalog, useSession, useUiStore } from '../editor/editor-context.tsx';
import { addPaletteItem, decodePaletteItem, PALETTE_MIME } from './palette-drop.ts';

export function usePaletteDrop() {
  const session = useSession();
  const ui = useUiStore();
  const catalog = useCatalog();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = decodePaletteItem(event.dataTransfer.getData(PALETTE_MIME), catalog);
      const view = ui.getState().view;
      if (!item || !view) return;
      event.preventDefault();
      addPaletteItem(session, item, view.toDrawing({ x: event.clientX, y: event.clientY }), view.visibleArea());
    },
    [session, ui, catalog],
  );

  return { onDragOver, onDrop };
}
