/**
 * Every editor action, registered once with its label and shortcuts: the keyboard, the toolbar, the
 * context menu, the shortcut sheet and the tests all run the same action by id.
 */
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { Position } from '../../core/model/types.ts';
import * as commands from '../../session/commands/index.ts';
import { NO_SELECTION } from '../../session/editor-store.ts';
import { downloadDiagram } from '../files/download.ts';
import { copyToClipboard, cutToClipboard, pasteFromClipboard } from './clipboard.ts';
import { runLayout, tidyAll } from '../layout/run-layout.ts';
import { movableNodes, soleProduct } from '../keyboard/targets.ts';
import type { ActionContext } from './context.ts';

/** What started an action, when it matters. */
export interface ActionInput {
  /** The key press (nudging further with Shift). */
  event?: KeyboardEvent;
  /** Flow coordinates the action is aimed at (a paste from the context menu lands there). */
  at?: Position;
}

export interface Action {
  id: string;
  label: MessageKey;
  /** In the notation of keys.ts; the first is the one shown. */
  keys: readonly string[];
  /**
   * The browser turns these keys into copy, cut and paste events, which use-global-input.ts handles
   * (only they can read and write the system clipboard without asking): key presses are left alone.
   */
  clipboardKeys?: true;
  run(ctx: ActionContext, input?: ActionInput): void;
}

/** Arrow keys move the selection by a grid step (ten with Shift), never out of its zone. */
function nudge(dx: number, dy: number) {
  return (ctx: ActionContext, input?: ActionInput) => {
    const editor = ctx.editor.getState();
    const ids = [...editor.selection.nodes];
    if (ids.length === 0) return;
    const step = (input?.event?.shiftKey ? 10 : 1) * (editor.snapToGrid ? 10 : 1);
    ctx.session.run(commands.nudge, { ids, delta: { x: dx * step, y: dy * step } });
  };
}

function zoom(ctx: ActionContext, factor: number) {
  ctx.ui.getState().view?.zoomBy(factor);
}

export const ACTIONS: readonly Action[] = [
  { id: 'undo', label: 'shortcut.undo', keys: ['Mod+Z'], run: (ctx) => ctx.editor.getState().undo() },
  { id: 'redo', label: 'shortcut.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], run: (ctx) => ctx.editor.getState().redo() },
  { id: 'delete', label: 'shortcut.delete', keys: ['Delete', 'Backspace'], run: (ctx) => ctx.session.run(commands.deleteElements, {}) },
  { id: 'duplicate', label: 'shortcut.duplicate', keys: ['Mod+D'], run: (ctx) => ctx.session.run(commands.duplicate, {}) },
  { id: 'copy', label: 'shortcut.copy', keys: ['Mod+C'], clipboardKeys: true, run: copyToClipboard },
  { id: 'cut', label: 'shortcut.cut', keys: ['Mod+X'], clipboardKeys: true, run: cutToClipboard },
  { id: 'paste', label: 'shortcut.paste', keys: ['Mod+V'], clipboardKeys: true, run: (ctx, input) => pasteFromClipboard(ctx, input?.at) },
  {
    id: 'selectAll',
    label: 'shortcut.selectAll',
    keys: ['Mod+A'],
    run(ctx) {
      const { doc } = ctx.editor.getState();
      ctx.editor.getState().select({ nodes: new Set(doc.nodes.map((n) => n.id)), edges: new Set(doc.edges.map((e) => e.id)) });
    },
  },
  { id: 'nudgeUp', label: 'shortcut.nudge', keys: ['ArrowUp', 'Shift+ArrowUp'], run: nudge(0, -1) },
  { id: 'nudgeDown', label: 'shortcut.nudge', keys: ['ArrowDown', 'Shift+ArrowDown'], run: nudge(0, 1) },
  { id: 'nudgeLeft', label: 'shortcut.nudge', keys: ['ArrowLeft', 'Shift+ArrowLeft'], run: nudge(-1, 0) },
  { id: 'nudgeRight', label: 'shortcut.nudge', keys: ['ArrowRight', 'Shift+ArrowRight'], run: nudge(1, 0) },
  { id: 'zoomIn', label: 'shortcut.zoomIn', keys: ['Mod+=', 'Mod+Shift+='], run: (ctx) => zoom(ctx, 1.25) },
  { id: 'zoomOut', label: 'shortcut.zoomOut', keys: ['Mod+-'], run: (ctx) => zoom(ctx, 0.8) },
  { id: 'fit', label: 'shortcut.fit', keys: ['Shift+1'], run: (ctx) => ctx.ui.getState().view?.fit(undefined, { duration: 200 }) },
  {
    id: 'fitSelection',
    label: 'shortcut.fitSelection',
    keys: ['Shift+2'],
    run(ctx) {
      const { selection } = ctx.editor.getState();
      ctx.ui.getState().view?.fit([...selection.nodes], { padding: 0.3, maxZoom: 1.5, duration: 200 });
    },
  },
  { id: 'download', label: 'shortcut.download', keys: ['Mod+S'], run: (ctx) => downloadDiagram(ctx.editor.getState().doc) },
  { id: 'layout', label: 'shortcut.layout', keys: ['Mod+Shift+L'], run: (ctx) => void runLayout(ctx) },
  { id: 'layoutAll', label: 'shortcut.layoutAll', keys: [], run: (ctx) => void runLayout(ctx, tidyAll()) },
  { id: 'export', label: 'shortcut.export', keys: ['Mod+E'], run: (ctx) => ctx.ui.getState().openDialog('export') },
  { id: 'open', label: 'shortcut.open', keys: ['Mod+O'], run: () => document.getElementById('open-file-input')?.click() },
  { id: 'connectMode', label: 'canvas.connectMode', keys: ['C'], run: (ctx) => ctx.ui.getState().setConnectMode(!ctx.ui.getState().connectMode) },
  {
    id: 'connectTo',
    label: 'shortcut.connectTo',
    keys: ['K'],
    run(ctx) {
      const { doc, selection } = ctx.editor.getState();
      if (soleProduct(doc, selection) !== undefined) ctx.ui.getState().openDialog('connectTo');
      else ctx.ui.getState().notify('picker.needProduct');
    },
  },
  {
    id: 'moveInto',
    label: 'shortcut.moveInto',
    keys: ['M'],
    run(ctx) {
      const { doc, selection } = ctx.editor.getState();
      if (movableNodes(doc, selection).length > 0) ctx.ui.getState().openDialog('moveInto');
      else ctx.ui.getState().notify('picker.needNode');
    },
  },
  { id: 'help', label: 'shortcut.help', keys: ['?'], run: (ctx) => ctx.ui.getState().openDialog('shortcuts') },
  {
    id: 'escape',
    label: 'shortcut.escape',
    keys: ['Escape'],
    // An open dialog handles Escape itself (Modal.tsx): the keyboard never runs this then.
    run(ctx) {
      const ui = ctx.ui.getState();
      if (ui.menu) ui.openMenu(null);
      else if (ui.connectMode) ui.setConnectMode(false);
      else ctx.editor.getState().select(NO_SELECTION);
    },
  },
];

const BY_KEY = new Map<string, Action>();
for (const action of ACTIONS) for (const key of action.keys) BY_KEY.set(key, action);

export function actionForShortcut(shortcut: string): Action | undefined {
  return BY_KEY.get(shortcut);
}

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`unknown action ${id}`);
  return action;
}
