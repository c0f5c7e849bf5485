import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ActionContext } from '../../src/ui/actions/context.ts';
import { displayShortcut } from '../../src/ui/actions/keys.ts';
import { useGlobalInput } from '../../src/ui/actions/use-global-input.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { ContextMenu } from '../../src/ui/shell/ContextMenu.tsx';
import { Modal } from '../../src/ui/shell/Modal.tsx';
import { ShortcutSheet } from '../../src/ui/shell/ShortcutSheet.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';
import { smallDiagram } from '../support/documents.ts';
import { LangProvider } from '../../src/ui/i18n/lang-context.tsx';

const catalog = bundledCatalog();

function setup(): ActionContext {
  usePrefs.setState({ lang: 'en' });
  const bench = createWorkbench(catalog, smallDiagram());
  bench.editor.getState().select({ nodes: new Set(['ecs']), edges: new Set() });
  return bench;
}

function Harness({ ctx, children }: { ctx: ActionContext; children?: ReactNode }) {
  useGlobalInput(ctx);
  return (
    <WorkbenchProvider bench={ctx}>{children}</WorkbenchProvider>
  );
}

describe('Escape', () => {
  it('is left to an open dialog, even one the UI store does not know: the selection stays', () => {
    const ctx = setup();
    const onClose = vi.fn();
    render(
      <Harness ctx={ctx}>
        <Modal title="Could not open" onClose={onClose}>
          <p>broken file</p>
        </Modal>
      </Harness>,
    );
    // fireEvent answers false when a listener prevented the default (which would stop the dialog's cancel).
    expect(fireEvent.keyDown(document.body, { key: 'Escape' })).toBe(true);
    expect([...ctx.editor.getState().selection.nodes]).toEqual(['ecs']);
    // The browser then cancels the dialog: the modal closes itself.
    fireEvent(screen.getByRole('dialog', { hidden: true }), new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('clears the selection when no dialog is open', () => {
    const ctx = setup();
    render(<Harness ctx={ctx} />);
    expect(fireEvent.keyDown(document.body, { key: 'Escape' })).toBe(false);
    expect(ctx.editor.getState().selection.nodes.size).toBe(0);
  });
});

describe('shortcuts registered once', () => {
  it('leaves copy, cut and paste keys to the browser clipboard events', () => {
    const ctx = setup();
    render(<Harness ctx={ctx} />);
    expect(fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true, metaKey: true })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'v', ctrlKey: true, metaKey: true })).toBe(true);
  });

  it('lists copy, cut and paste once in the shortcut sheet, from the action registry', () => {
    usePrefs.setState({ lang: 'en' });
    render(
      <LangProvider>
        <ShortcutSheet onClose={() => undefined} />
      </LangProvider>,
    );
    const rows = screen.getAllByRole('row', { hidden: true }).map((row) => row.textContent);
    const at = (label: string) => rows.findIndex((text) => text?.startsWith(label));
    expect(rows.filter((text) => text?.startsWith('Paste'))).toEqual([`Paste${displayShortcut('Mod+V')}`]);
    expect([at('Duplicate'), at('Copy'), at('Cut'), at('Paste')]).toEqual([3, 4, 5, 6]);
  });

  it('runs the registered duplicate action from the context menu, showing its key', () => {
    const ctx = setup();
    render(
      <Harness ctx={ctx}>
        <ContextMenu />
      </Harness>,
    );
    act(() => ctx.ui.getState().openMenu({ x: 0, y: 0, flowX: 0, flowY: 0, on: 'selection' }));
    const item = screen.getByRole('menuitem', { name: 'Duplicate' });
    expect(item.textContent).toContain(displayShortcut('Mod+D'));
    fireEvent.click(item);
    const { doc, selection, history } = ctx.editor.getState();
    expect(doc.nodes.map((n) => n.id)).toContain('ecs-1');
    expect([...selection.nodes]).toEqual(['ecs-1']);
    expect(history.past).toHaveLength(1);
    expect(ctx.ui.getState().menu).toBeNull();
  });
});
