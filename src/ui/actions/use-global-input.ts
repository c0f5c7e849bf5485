import { useEffect } from 'react';
import { actionForShortcut } from './actions.ts';
import { copySelection, cutSelection, pasteText } from './clipboard.ts';
import type { ActionContext } from './context.ts';
import { isTypingTarget, shortcutOf } from './keys.ts';

/**
 * Keyboard shortcuts and the clipboard for the whole editor. Keys typed into a form field stay
 * there; while a modal dialog is open nothing reaches the editor, not even Escape: the dialog closes
 * itself on it (its cancel event, which browsers skip when the key press was prevented). Copy, cut
 * and paste keys are left to the browser, whose clipboard events are handled here.
 */
export function useGlobalInput(ctx: ActionContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const action = actionForShortcut(shortcutOf(event));
      if (!action || action.clipboardKeys) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      action.run(ctx, { event });
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
      void pasteText(ctx, text);
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
