import { useEffect } from 'react';
import { actionForShortcut } from './actions.ts';
import { copySelection, cutSelection, pasteText } from './clipboard.ts';
import type { ActionContext } from './context.ts';
import { isTypingTarget, shortcutOf } from './keys.ts';

/**
 * Keyboard shortcuts and the clipboard for the whole editor. Keys typed into a form field stay
 * there; while a modal dialog is open only Escape reaches the editor.
 */
export function useGlobalInput(ctx: ActionContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const action = actionForShortcut(shortcutOf(event));
      if (!action) return;
      if (document.querySelector('dialog[open]') && action.id !== 'escape') return;
      event.preventDefault();
      action.run(ctx, event);
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const text = event.type === 'cut' ? cutSelection(ctx) : copySelection(ctx);
      if (text === undefined || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      pasteText(ctx, text);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
