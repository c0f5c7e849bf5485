import { useEffect, useRef } from 'react';
import { actionById } from '../actions/actions.ts';
import { useActionContext } from '../actions/action-context.tsx';
import { displayShortcut, IS_MAC } from '../actions/keys.ts';
import { useSelection, useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import type { MessageKey, Params } from '../../core/i18n/translate.ts';
import { tidyTarget } from '../layout/run-layout.ts';
import { movableNodes, soleProduct } from '../keyboard/targets.ts';

interface Item {
  /** The action run (its shortcut is shown). */
  action: string;
  /** The menu's own, shorter wording. */
  label: MessageKey;
  params?: Params;
  disabled?: boolean;
}

/** Right-click menu on the canvas: what can be done with the selection, or on the empty canvas. */
export function ContextMenu() {
  const t = useT();
  const ctx = useActionContext();
  const menu = useUiState((s) => s.menu);
  const selection = useSelection();
  const hasSelection = selection.nodes.size + selection.edges.size > 0;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) ctx.ui.getState().openMenu(null);
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [menu, ctx]);
  if (!menu) return null;
  const close = () => ctx.ui.getState().openMenu(null);
  const tidy = tidyTarget(ctx).label;
  const items: Item[] =
    menu.on === 'selection'
      ? [
          { action: 'copy', label: 'menu.copy', disabled: !hasSelection },
          { action: 'cut', label: 'menu.cut', disabled: !hasSelection },
          { action: 'duplicate', label: 'menu.duplicate', disabled: !hasSelection },
          { action: 'delete', label: 'menu.delete', disabled: !hasSelection },
          { action: 'connectTo', label: 'menu.connectTo', disabled: soleProduct(ctx.editor.getState().doc, selection) === undefined },
          { action: 'moveInto', label: 'menu.moveInto', disabled: movableNodes(ctx.editor.getState().doc, selection).length === 0 },
          { action: 'layout', label: tidy.key, ...(tidy.params ? { params: tidy.params } : {}) },
        ]
      : [
          { action: 'paste', label: 'menu.paste' },
          { action: 'selectAll', label: 'menu.selectAll' },
          { action: 'fit', label: 'menu.fit' },
          { action: 'layoutAll', label: 'tidy.all' },
        ];
  const at = { x: menu.flowX, y: menu.flowY };
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={t('menu.label')} style={{ left: menu.x, top: menu.y }}>
      {items.map((item) => {
        const action = actionById(item.action);
        const keys = action.keys[0];
        return (
          <button
            key={item.action}
            type="button"
            role="menuitem"
            aria-label={t(item.label, item.params)}
            aria-keyshortcuts={keys?.replace('Mod', IS_MAC ? 'Meta' : 'Control')}
            disabled={item.disabled}
            onClick={() => {
              close();
              action.run(ctx, { at });
            }}
          >
            <span>{t(item.label, item.params)}</span>
            {keys && <kbd>{displayShortcut(keys)}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
