import { useEffect, useRef } from 'react';
import { actionById } from '../actions/actions.ts';
import { useActionContext } from '../actions/action-context.tsx';
import { copySelection, cutSelection, duplicateSelection, pasteText } from '../actions/clipboard.ts';
import { displayShortcut, IS_MAC } from '../actions/keys.ts';
import { useEditorState, useUiState } from '../editor/editor-context.tsx';
import { useT } from '../i18n/use-t.ts';
import type { MessageKey } from '../../core/i18n/translate.ts';

interface Item {
  label: MessageKey;
  keys?: string;
  run(): void;
  disabled?: boolean;
}

/** Right-click menu on the canvas: what can be done with the selection, or on the empty canvas. */
export function ContextMenu() {
  const t = useT();
  const ctx = useActionContext();
  const menu = useUiState((s) => s.menu);
  const hasSelection = useEditorState((s) => s.selection.nodes.size + s.selection.edges.size > 0);
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
  const writeClipboard = (text: string | undefined) => {
    if (text !== undefined) void navigator.clipboard?.writeText(text).catch(() => undefined);
  };
  const items: Item[] =
    menu.on === 'selection'
      ? [
          { label: 'menu.copy', keys: 'Mod+C', run: () => writeClipboard(copySelection(ctx)), disabled: !hasSelection },
          { label: 'menu.cut', keys: 'Mod+X', run: () => writeClipboard(cutSelection(ctx)), disabled: !hasSelection },
          { label: 'menu.duplicate', keys: 'Mod+D', run: () => duplicateSelection(ctx), disabled: !hasSelection },
          { label: 'menu.delete', keys: 'Delete', run: () => actionById('delete').run(ctx), disabled: !hasSelection },
        ]
      : [
          {
            label: 'menu.paste',
            keys: 'Mod+V',
            run: () => void navigator.clipboard?.readText().then((text) => pasteText(ctx, text, { x: menu.flowX, y: menu.flowY })).catch(() => undefined),
          },
          { label: 'menu.selectAll', keys: 'Mod+A', run: () => actionById('selectAll').run(ctx) },
          { label: 'menu.fit', keys: 'Shift+1', run: () => actionById('fit').run(ctx) },
        ];
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={t('menu.label')} style={{ left: menu.x, top: menu.y }}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          aria-label={t(item.label)}
          {...(item.keys ? { 'aria-keyshortcuts': item.keys.replace('Mod', IS_MAC ? 'Meta' : 'Control') } : {})}
          disabled={item.disabled}
          onClick={() => {
            close();
            item.run();
          }}
        >
          <span>{t(item.label)}</span>
          {item.keys && <kbd>{displayShortcut(item.keys)}</kbd>}
        </button>
      ))}
    </div>
  );
}
