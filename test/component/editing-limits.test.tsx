/**
 * What the editing fields let through is always something the reader accepts: a too-long note or
 * label stays in its field with the reason, and the stored document stays valid.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../../src/core/standard/limits.ts';
import { readDiagramText } from '../../src/core/format/read.ts';
import { writeDiagram } from '../../src/core/format/write.ts';
import type { Diagram, ProductNode } from '../../src/core/model/types.ts';
import { useEditorState } from '../../src/ui/editor/editor-context.tsx';
import { ManualItems } from '../../src/ui/findings/ManualItems.tsx';
import { MultiPanel } from '../../src/ui/inspector/MultiPanel.tsx';
import { smallDiagram } from '../support/documents.ts';
import { catalog, LiveNodePanel, renderWith } from '../support/workbench.tsx';


function LiveMultiPanel({ ids }: { ids: string[] }) {
  const nodes = useEditorState((s) => s.doc.nodes);
  return <MultiPanel nodes={nodes.filter((n): n is ProductNode => ids.includes(n.id))} edges={[]} />;
}

/** The document as autosave stores it, read back as a reload would. */
function reloads(doc: Diagram): boolean {
  return readDiagramText(writeDiagram(doc), catalog).ok;
}

describe('the manual check items', () => {
  it('keep a note over the limit out of the document, so the stored diagram still loads', () => {
    const store = renderWith(() => <ManualItems />);
    const field = screen.getByLabelText('Note (MAN-01)');
    fireEvent.change(field, { target: { value: 'x'.repeat(MAX_NOTE_LENGTH) } });
    expect(store.getState().doc.manual?.find((m) => m.item === 'MAN-01')?.note).toHaveLength(MAX_NOTE_LENGTH);

    fireEvent.change(field, { target: { value: 'x'.repeat(MAX_NOTE_LENGTH + 1) } });
    expect(screen.getByRole('alert').textContent).toBe(`At most ${MAX_NOTE_LENGTH} characters`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // The last valid note is what is kept; the document reloads.
    expect(store.getState().doc.manual?.find((m) => m.item === 'MAN-01')?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(reloads(store.getState().doc)).toBe(true);
  });

  it('count characters as the format does (𠀀 is one)', () => {
    const store = renderWith(() => <ManualItems />);
    fireEvent.change(screen.getByLabelText('Note (MAN-02)'), { target: { value: '𠀀'.repeat(MAX_NOTE_LENGTH) } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(reloads(store.getState().doc)).toBe(true);
  });
});

describe('the inspector', () => {
  it('keeps a label over the limit out of the document', () => {
    const doc = smallDiagram();
    const store = renderWith(() => <LiveNodePanel id="ecs" />, doc);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'x'.repeat(MAX_LABEL_LENGTH + 1) } });
    expect(screen.getByRole('alert').textContent).toBe(`At most ${MAX_LABEL_LENGTH} characters`);
    expect(reloads(store.getState().doc)).toBe(true);
  });

  it('edits the quantity of several products at once, typing digit by digit', async () => {
    const user = userEvent.setup();
    const doc = smallDiagram();
    const store = renderWith(() => <LiveMultiPanel ids={['slb', 'ecs']} />, doc);
    const panel = screen.getByRole('region', { name: '2 elements selected' });
    const quantity = within(panel).getByLabelText('Quantity');
    // ecs has 2, slb none: the field shows that they differ.
    expect(quantity.getAttribute('placeholder')).toBe('(mixed)');
    await user.type(quantity, '12');
    const quantities = store.getState().doc.nodes.filter((n) => n.id === 'slb' || n.id === 'ecs').map((n) => (n as ProductNode).quantity);
    expect(quantities).toEqual([12, 12]);
    await user.type(within(panel).getByLabelText('Quantity'), '{Backspace}{Backspace}0');
    expect(within(panel).getByRole('alert').textContent).toBe('Enter a whole number from 1 to 10000');
  });
});
