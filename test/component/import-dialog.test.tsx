/**
 * The import dialog (issue 13): one row per vSwitch with its CIDR, products, the proposed zone kind as
 * a select described by its reason; the system's name, level and platform; over a design an earlier
 * import made, "update this design". Confirming hands exactly the user's choices to the import.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { readInfrastructure } from '../../src/core/import/index.ts';
import type { Diagram } from '../../src/core/model/types.ts';
import { ImportDialog } from '../../src/ui/import/ImportDialog.tsx';
import { smallDiagram } from '../support/documents.ts';
import { catalog } from '../support/workbench.tsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/import', name), 'utf8');

const runImport = vi.fn();
vi.mock('../../src/ui/import/run-import.ts', async (original) => ({
  ...(await original<typeof import('../../src/ui/import/run-import.ts')>()),
  runImport: (...args: unknown[]) => runImport(...args),
}));

function open(fileName: string, doc: Diagram = { ...smallDiagram(), nodes: [], edges: [] }) {
  usePrefs.setState({ lang: 'en' });
  const bench = createWorkbench(catalog, doc);
  const read = readInfrastructure(fixture(fileName));
  if (!read.ok) throw new Error('fixture did not read');
  bench.ui.getState().startImport({ fileName, plan: read.plan });
  const onClose = vi.fn();
  render(
    <WorkbenchProvider bench={bench}>
      <ImportDialog onClose={onClose} />
    </WorkbenchProvider>,
  );
  return { bench, onClose, plan: read.plan };
}

beforeEach(() => {
  runImport.mockReset();
  runImport.mockResolvedValue({ status: 'opened' });
});

describe('the import dialog', () => {
  it('shows one row per vSwitch with its CIDR, products, zone kind and the reason for it', () => {
    open('mgmt.state.json');
    const dialog = screen.getByRole('dialog', { name: 'Import mgmt.state.json' });
    expect(within(dialog).getByText(/Terraform state, 32 resources, 5 vSwitches/)).toBeTruthy();
    const table = within(dialog).getByRole('table', { name: 'vSwitches and security zones' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').querySelector('.import-zones__name')!.textContent)).toEqual(['接入区', 'biz', 'vsw-c', 'vsw-d', 'ops-运维']);
    const sec = rows[3]!;
    expect(sec.textContent).toContain('172.16.4.0/24');
    expect(sec.textContent).toContain('Bastion');
    const select = within(sec).getByRole('combobox', { name: 'Security zone of vsw-d' }) as HTMLSelectElement;
    expect(select.value).toBe('mgmt');
    // The reason is beside the select and is its description, in product names, not catalog ids.
    const reason = document.getElementById(select.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toMatch(/^holds operations and audit products: .*Bastion/);
    expect(reason.textContent).not.toMatch(/bastionhost,|db_audit/);
    expect([...select.options].map((o) => o.value)).toEqual(['edge', 'dmz', 'app', 'data', 'mgmt', 'ops', 'backup', 'devtest']);
    expect((within(rows[0]!).getByRole('combobox') as HTMLSelectElement).value).toBe('dmz');
    expect(rows[0]!.textContent).toContain('its name contains "接入"');
  });

  it('hands the confirmed zone kinds, title, level and platform to the import, and closes', async () => {
    const { onClose, bench } = open('mgmt.state.json');
    fireEvent.change(screen.getByRole('combobox', { name: 'Security zone of ops-运维' }), { target: { value: 'mgmt' } });
    const title = screen.getByLabelText('System name') as HTMLInputElement;
    expect(title.value).toBe('mgmt');
    fireEvent.change(title, { target: { value: 'Ops platform' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Level 4' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Cloud platform' }), { target: { value: 'alibaba-finance' } });
    // A first import into a design no import made: nothing to update.
    expect(screen.queryByRole('radio', { name: /Update this diagram/ })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(runImport).toHaveBeenCalledTimes(1);
    const [ctx, pending, choices] = runImport.mock.calls[0]!;
    expect(ctx).toBe(bench);
    expect(pending.fileName).toBe('mgmt.state.json');
    expect(choices).toEqual({
      zoneKinds: {
        'module.network.alicloud_vswitch.this["access"]': 'dmz',
        'module.network.alicloud_vswitch.this["biz"]': 'app',
        'module.network.alicloud_vswitch.this["data"]': 'data',
        'module.network.alicloud_vswitch.this["sec"]': 'mgmt',
        'module.network.alicloud_vswitch.this["ops"]': 'mgmt',
      },
      title: 'Ops platform',
      level: 4,
      platform: 'alibaba-finance',
      update: false,
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('refuses an empty name, and says why an import failed without closing', async () => {
    const { onClose } = open('web3.ros.json');
    const title = screen.getByLabelText('System name');
    fireEvent.change(title, { target: { value: '  ' } });
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(title, { target: { value: 'web3' } });
    runImport.mockResolvedValue({ status: 'failed', reason: 'layout worker error' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(screen.getByRole('alert').textContent).toBe('Import failed: layout worker error');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('offers to update a design an earlier import made, by default, at its level', async () => {
    const read = readInfrastructure(fixture('web3.state.json'));
    if (!read.ok) throw new Error('fixture did not read');
    const { buildImportedDiagram } = await import('../../src/core/import/index.ts');
    const earlier = buildImportedDiagram(read.plan, catalog, { level: 2, title: 'Shop' }).diagram;
    open('web3.state.json', earlier);
    const update = screen.getByRole('radio', { name: /Update this diagram/ }) as HTMLInputElement;
    expect(update.checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Level 2' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('System name') as HTMLInputElement).value).toBe('Shop');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(runImport.mock.calls[0]![2]).toMatchObject({ update: true, level: 2, title: 'Shop' });
    fireEvent.click(screen.getByRole('radio', { name: /Open as a new diagram/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(runImport.mock.calls[1]![2]).toMatchObject({ update: false });
  });
});
