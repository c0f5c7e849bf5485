/**
 * Keyboard shortcuts written once, platform-neutral: `Mod` is ⌘ on macOS and Ctrl elsewhere.
 * Events are turned into the same notation ("Mod+Shift+Z") to look actions up.
 */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const KEY_NAMES: Record<string, string> = { ' ': 'Space', '+': '=', Esc: 'Escape', Del: 'Delete' };

export function shortcutOf(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (IS_MAC ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  let key = KEY_NAMES[event.key] ?? event.key;
  // "?" is Shift+/ on most layouts: name it by the character typed.
  if (key === '?') return [...parts, '?'].join('+');
  if (event.shiftKey) parts.push('Shift');
  if (key.length === 1) key = key.toUpperCase();
  parts.push(key);
  return parts.join('+');
}

/** A shortcut as shown to the user on this platform: ⌘Z on macOS, Ctrl+Z elsewhere. */
export function displayShortcut(shortcut: string): string {
  const parts = shortcut.split('+').map((part) => {
    if (part === 'Mod') return IS_MAC ? '⌘' : 'Ctrl';
    if (part === 'Shift') return IS_MAC ? '⇧' : 'Shift';
    if (part === 'Alt') return IS_MAC ? '⌥' : 'Alt';
    return { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Delete: 'Del', Backspace: '⌫', Escape: 'Esc' }[part] ?? part;
  });
  return IS_MAC ? parts.join('') : parts.join('+');
}

/** Keys typed into a form field belong to the field, not to the canvas. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}
