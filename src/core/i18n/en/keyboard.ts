import type { keyboard as zh } from '../zh/keyboard.ts';

/** English messages: connecting and moving into a zone from the keyboard (the target picker). */
export const keyboard: Record<keyof typeof zh, string> = {
  'shortcut.connectTo': 'Connect to…',
  'shortcut.moveInto': 'Move into zone…',
  'menu.connectTo': 'Connect to…',
  'menu.moveInto': 'Move into zone…',
  'picker.connectTo.title': 'Connect "{name}" to…',
  'picker.connectTo.search': 'Search target products (name, label, zone)',
  'picker.connectTo.options': 'Products to connect to',
  'picker.connectTo.kind': 'Connection kind: {kind}',
  'picker.moveInto.title': 'Move "{name}" into zone…',
  'picker.moveInto.titleMany': 'Move {count} {count:element|elements} into zone…',
  'picker.moveInto.search': 'Search zones (name, kind, where it is)',
  'picker.moveInto.options': 'Zones to move into',
  'picker.topLevel': 'Top level (in no zone)',
  'picker.topLevelDetail': 'The top of the canvas',
  'picker.count': '{count} {count:item|items}',
  'picker.none': 'Nothing matches.',
  'picker.hint': '↑ ↓ to choose, Enter to confirm, Esc to close',
  'picker.pathSeparator': ' › ',
  'picker.detailSeparator': ' · ',
  'picker.needProduct': 'Select one product first, then connect it to another.',
  'picker.needNode': 'Select the products or zones to move first.',
};
