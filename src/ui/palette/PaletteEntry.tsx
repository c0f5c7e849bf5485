import { memo, type DragEvent } from 'react';
import { addPaletteItem, encodePaletteItem, PALETTE_MIME, type PaletteItem } from '../canvas/palette-drop.ts';
import { useSession, useUiStore } from '../editor/editor-context.tsx';
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

export const PaletteEntry = memo(function PaletteEntry({ item, name, icon, description, via }: Props) {
  const t = useT();
  const session = useSession();
  const ui = useUiStore();
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, encodePaletteItem(item));
    event.dataTransfer.effectAllowed = 'copy';
  };
  const onClick = () => {
    const view = ui.getState().view;
    if (view) addPaletteItem(session, item, view.center(), view.visibleArea());
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
