/**
 * Versions through the app's persistence (issue 14, fake-indexeddb in happy-dom): 保存版本 keeps the
 * design with its level and open errors; an automatic version is skipped when nothing changed since
 * the newest; restoring is one undo step; a storage failure shows the lasting warning and leaves
 * the design alone. The 版本 dialog saves with a note and lists it; the compare panel lists findings
 * with their clauses.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as commands from '../../src/session/commands/index.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';
import { VersionsDialog } from '../../src/ui/versions/VersionsDialog.tsx';
import { Banners } from '../../src/ui/shell/Banners.tsx';
import { VersionStore } from '../../src/ui/storage/version-store.ts';
import { ComparePanel } from '../../src/ui/compare/ComparePanel.tsx';
import { runCompare } from '../../src/ui/compare/run-compare.ts';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { TEMPLATES } from '../../src/ui/templates/bundled-templates.ts';
import { newDesign } from '../../src/ui/templates/new-design.ts';
import { catalog } from '../support/workbench.tsx';
import { smallDiagram } from '../support/documents.ts';

async function startedBench() {
  const bench = createWorkbench(catalog);
  await bench.persistence.start();
  await bench.persistence.openDiagram(smallDiagram());
  await waitFor(() => expect(bench.persistenceState.getState().currentId).not.toBeNull());
  return bench;
}

describe('versions', () => {
  it('keeps a version, skips an automatic one when nothing changed, and restores it as one undo step', async () => {
    const bench = await startedBench();
    const id = bench.persistenceState.getState().currentId!;
    const original = bench.editor.getState().doc;
    const kept = await bench.persistence.saveVersion('before review');
    expect(kept).toMatchObject({ diagramId: id, note: 'before review', reason: 'manual', level: original.meta.level });
    expect(await bench.persistence.saveAutomaticVersion('level')).toBeUndefined();

    const product = original.nodes.find((n) => n.kind === 'product')!;
    bench.session.run(commands.deleteElements, { ids: [product.id] });
    const changed = bench.editor.getState().doc;
    expect(changed.nodes.length).toBe(original.nodes.length - 1);
    const auto = await bench.persistence.saveAutomaticVersion('level');
    expect(auto?.reason).toBe('level');
    expect((await (await bench.persistence.versions())!.list(id)).map((v) => v.reason)).toEqual(['level', 'manual']);

    const restored = (await (await bench.persistence.versions())!.read(kept!.id, catalog))!;
    const before = bench.editor.getState().history.past.length;
    bench.session.run(commands.restoreVersion, { doc: restored });
    expect(bench.editor.getState().doc.nodes.length).toBe(original.nodes.length);
    expect(bench.editor.getState().history.past.length).toBe(before + 1);
    bench.session.undo();
    expect(bench.editor.getState().doc).toBe(changed);
  });

  it('a storage failure (quota) is shown as a lasting warning and the design is untouched', async () => {
    usePrefs.setState({ lang: 'en' });
    const bench = await startedBench();
    const doc = bench.editor.getState().doc;
    vi.spyOn(VersionStore.prototype, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await bench.persistence.saveVersion('x')).toBeUndefined();
    render(
      <WorkbenchProvider bench={bench}>
        <Banners />
      </WorkbenchProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('QuotaExceededError');
    expect(bench.editor.getState().doc).toBe(doc);
  });

  it('the 版本 dialog saves a version with its note and lists it with level and errors', async () => {
    usePrefs.setState({ lang: 'en' });
    const bench = await startedBench();
    const user = userEvent.setup();
    render(
      <WorkbenchProvider bench={bench}>
        <VersionsDialog onClose={() => {}} />
      </WorkbenchProvider>,
    );
    await user.type(screen.getByLabelText('Note'), 'workshop <draft>');
    await user.click(screen.getByRole('button', { name: 'Save version' }));
    const item = await screen.findByText(/workshop <draft>/);
    const row = item.closest('li')!;
    expect(row.textContent).toMatch(/Level \d|level/i);
    expect(row.textContent).toMatch(/\d+ errors?/);
    expect(row.querySelector('button')?.textContent).toBe('Restore');
  });
});

describe('compare panel', () => {
  it('lists the products the level-3 template adds and the findings it closes, with clauses', async () => {
    usePrefs.setState({ lang: 'en' });
    const l2 = await newDesign({ template: TEMPLATES.find((t) => t.id === 'l2-small')! }, catalog, 'en', 'x');
    const l3 = await newDesign({ template: TEMPLATES.find((t) => t.id === 'l3-basic')! }, catalog, 'en', 'x');
    const result = await runCompare({ before: { doc: { ...l2, meta: { ...l2.meta, level: 3 } }, name: 'l2' }, after: { doc: l3, name: 'l3' }, level: 3 }, catalog);
    const bench = createWorkbench(catalog);
    render(
      <WorkbenchProvider bench={bench}>
        <ComparePanel result={result} catalog={catalog} lang="en" />
      </WorkbenchProvider>,
    );
    const changes = screen.getByTestId('compare-changes');
    for (const node of result.comparison.diff.nodes.added) expect(changes.querySelector(`[data-node="${CSS.escape(node.id)}"]`)?.className).toBe('is-added');
    expect(result.closes.length).toBeGreaterThan(0);
    const findings = screen.getByTestId('compare-findings');
    for (const f of result.comparison.findings.go) {
      const li = [...findings.querySelectorAll('li.is-go')].find((el) => el.getAttribute('data-rule') === f.rule)!;
      expect(li.textContent).toContain(f.clause);
    }
  });
});

describe('compare panel with a price list', () => {
  it('shows the cost before → after per period only when a price list is given', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePriceCsv } = await import('../../src/core/prices/parse.ts');
    const { formatMoney } = await import('../../src/core/prices/priced-bom.ts');
    usePrefs.setState({ lang: 'en' });
    const parsed = parsePriceCsv(new Uint8Array(readFileSync('test/fixtures/prices/list-40.csv')), catalog);
    if (!parsed.ok) throw new Error('price list fixture unreadable');
    const l2 = await newDesign({ template: TEMPLATES.find((t) => t.id === 'l2-small')! }, catalog, 'en', 'x');
    const l3 = await newDesign({ template: TEMPLATES.find((t) => t.id === 'l3-basic')! }, catalog, 'en', 'x');
    const request = { before: { doc: l2, name: 'l2' }, after: { doc: l3, name: 'l3' }, level: 3 as const };
    const priced = await runCompare(request, catalog, parsed.list);
    const bench = createWorkbench(catalog);
    const { unmount } = render(
      <WorkbenchProvider bench={bench}>
        <ComparePanel result={priced} catalog={catalog} lang="en" />
      </WorkbenchProvider>,
    );
    const cost = screen.getByTestId('compare-cost');
    expect(priced.comparison.cost!.delta.length).toBeGreaterThan(0);
    for (const d of priced.comparison.cost!.delta) expect(cost.textContent).toContain(formatMoney(d.after, d.currency));
    unmount();
    render(
      <WorkbenchProvider bench={bench}>
        <ComparePanel result={await runCompare(request, catalog)} catalog={catalog} lang="en" />
      </WorkbenchProvider>,
    );
    expect(screen.queryByTestId('compare-cost')).toBeNull();
  });
});
