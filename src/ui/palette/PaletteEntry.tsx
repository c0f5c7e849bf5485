import { memo, type DragEvent } from 'react';
import { addPaletteItem, encodePaletteItem, PALETTE_MIME, type PaletteItem } from '../canvas/palette-drop.ts';
import { useCatalog, useEditorStore, useUiStore } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { CatalogIcon } from '../icons/CatalogIcon.tsx';

interface Props {
  item: PaletteItem;
  name: string;
  icon: string;
  description: string;
  /** The former name or alias the search matched, shown beside today's name. */
  via?: string;
}

/** The middle of the canvas as it is on screen, in flow coordinates. */
function viewCenter(flow: { screenToFlowPosition(p: { x: number; y: number }): { x: number; y: number } }) {
  const canvas = document.querySelector('main.canvas');
  const rect = canvas?.getBoundingClientRect();
  const x = rect ? rect.left + rect.width / 2 : window.innerWidth / 2;
  const y = rect ? rect.top + rect.height / 2 : window.innerHeight / 2;
  return flow.screenToFlowPosition({ x, y });
}

export const PaletteEntry = memo(function PaletteEntry({ item, name, icon, description, via }: Props) {
  const t = useT();
  const store = useEditorStore();
  const ui = useUiStore();
  const catalog = useCatalog();
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, encodePaletteItem(item));
    event.dataTransfer.effectAllowed = 'copy';
  };
  const onClick = () => {
    const flow = ui.getState().flow;
    if (flow) addPaletteItem(store, catalog, item, viewCenter(flow));
  };
  return (
    <li>
      <button type="button" className="palette__item" draggable onDragStart={onDragStart} onClick={onClick} aria-label={t('palette.add', { name })} title={description}>
        <CatalogIcon svg={icon} />
        <span className="palette__item-name">{name}</span>
        {via && <span className="palette__item-via">{via}</span>}
      </button>
    </li>
  );
});
