/**
 * The import report panel (issue 13): figures and lists from the session's report, what a re-import
 * added and removed; closing it ends the highlighting and leaves a button that brings it back.
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImportedDiagram, readInfrastructure } from '../../src/core/import/index.ts';
import { ImportReportPanel } from '../../src/ui/import/ImportReportPanel.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { createWorkbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';
import { catalog } from '../support/workbench.tsx';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/import', name), 'utf8');

function plan(text: string) {
  const read = readInfrastructure(text);
  if (!read.ok) throw new Error('fixture did not read');
  return read.plan;
}

/** mgmt.state.json without its Redis and with one more RDS. */
function newer(): string {
  const state = JSON.parse(fixture('mgmt.state.json'));
  const resources: any[] = state.values.root_module.resources;
  const rds = structuredClone(resources.find((r) => r.address === 'alicloud_db_instance.main'));
  rds.address = 'alicloud_db_instance.reports';
  rds.name = 'reports';
  rds.values = { ...rds.values, id: 'rm-reports', instance_name: 'reports-db' };
  state.values.root_module.resources = [...resources.filter((r) => r.address !== 'alicloud_kvstore_instance.cache'), rds];
  return JSON.stringify(state);
}

describe('the import report panel', () => {
  it('lists the report, what was added and removed, and closes to a button that brings it back', () => {
    usePrefs.setState({ lang: 'en' });
    const first = buildImportedDiagram(plan(fixture('mgmt.state.json')), catalog, { level: 3, title: 'mgmt' }).diagram;
    const { diagram, report } = buildImportedDiagram(plan(newer()), catalog, { level: 3, title: 'mgmt', previous: first });
    const bench = createWorkbench(catalog, diagram);
    act(() => bench.session.importReport.keep(report, 'mgmt.state.json'));
    render(
      <WorkbenchProvider bench={bench}>
        <ImportReportPanel />
      </WorkbenchProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Import report: mgmt.state.json' });
    const figure = (label: string) => within(panel).getByText(label, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(figure('Resources read')).toBe(String(report.resourcesRead));
    expect(figure('Secrets dropped')).toBe(String(report.secretsDropped));
    expect(within(panel).getByRole('region', { name: 'Added (highlighted on the canvas)' }).textContent).toContain('reports-db (alicloud_db_instance.reports)');
    expect(within(panel).getByRole('region', { name: 'Removed' }).textContent).toContain('alicloud_kvstore_instance.cache');
    expect(within(panel).getByRole('region', { name: 'Resources not mapped' }).textContent).toContain('alicloud_oos_template alicloud_oos_template.patch');
    expect(within(panel).getByRole('region', { name: 'Connections to add by hand' }).textContent).not.toBe('');
    const added = bench.flow.getState().nodes.filter((n) => n.className === 'is-import-added').map((n) => n.id);
    expect(added).toEqual(report.added.filter((a) => diagram.nodes.some((n) => n.id === a.id)).map((a) => a.id));
    expect(added.length).toBeGreaterThan(0);

    fireEvent.click(within(panel).getByRole('button', { name: 'Close the import report' }));
    expect(screen.queryByRole('region', { name: 'Import report: mgmt.state.json' })).toBeNull();
    expect(bench.flow.getState().nodes.some((n) => n.className === 'is-import-added')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Import report' }));
    expect(screen.getByRole('region', { name: 'Import report: mgmt.state.json' })).toBeTruthy();
  });
});
