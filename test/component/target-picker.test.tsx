import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Diagram } from '../../src/core/model/types.ts';
import { actionById } from '../../src/ui/actions/actions.ts';
import { useGlobalInput } from '../../src/ui/actions/use-global-input.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { ConnectToDialog } from '../../src/ui/keyboard/ConnectToDialog.tsx';
import { MoveIntoDialog } from '../../src/ui/keyboard/MoveIntoDialog.tsx';
import { TargetPicker } from '../../src/ui/keyboard/TargetPicker.tsx';
import { connectTargets } from '../../src/ui/keyboard/targets.ts';
import { ContextMenu } from '../../src/ui/shell/ContextMenu.tsx';
import { ShortcutSheet } from '../../src/ui/shell/ShortcutSheet.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { createWorkbench, type Workbench } from '../../src/ui/workbench/create-workbench.ts';
import { WorkbenchProvider } from '../../src/ui/workbench/workbench-context.tsx';
import { smallDiagram } from '../support/documents.ts';

const catalog = bundledCatalog();
const reference = (): Diagram => JSON.parse(readFileSync('test/fixtures/designs/basic-l3.mlps.json', 'utf8')) as Diagram;

function bench(doc: Diagram, selected: string[], lang: 'zh' | 'en' = 'en'): Workbench {
  usePrefs.setState({ lang });
  const workbench = createWorkbench(catalog, doc);
  workbench.editor.getState().select({ nodes: new Set(selected), edges: new Set() });
  return workbench;
}

function Harness({ ctx, children }: { ctx: Workbench; children?: ReactNode }) {
  useGlobalInput(ctx);
  return <WorkbenchProvider bench={ctx}>{children}</WorkbenchProvider>;
}

// happy-dom counts the content of a modal <dialog> as hidden.
const box = () => screen.getByRole('combobox', { hidden: true }) as HTMLInputElement;
const options = () => screen.queryAllByRole('option', { hidden: true });
const names = () => options().map((o) => o.querySelector('.target-picker__name')!.textContent);
const active = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '');
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const press = (key: string) => fireEvent.keyDown(box(), { key });

function picker(doc: Diagram, source: string, onChoose = vi.fn()) {
  const ctx = bench(doc, [source]);
  render(
    <Harness ctx={ctx}>
      <TargetPicker title="Connect" searchLabel="Search" listLabel="Targets" options={connectTargets(doc, catalog, 'en', source)} onChoose={onChoose} onClose={() => undefined} />
    </Harness>,
  );
  return onChoose;
}

describe('target picker: filtering', () => {
  it('offers every other product, never the product itself or a zone, with where it is', () => {
    picker(smallDiagram(), 'ecs');
    expect(names()).toEqual(['Internet users', 'Server Load Balancer', 'ApsaraDB RDS']);
    expect(options()[2]!.textContent).toContain('Region › VPC › Data zone');
  });

  it('finds a product by its label, its name in either language, a former name, or its zone', () => {
    picker(reference(), 'n-ecs');
    type('业务数据库');
    expect(names()).toEqual(['业务数据库 ApsaraDB RDS', '业务数据库 灾备 ApsaraDB RDS']);
    type('安骑士');
    expect(names()).toEqual(['Security Center']);
    type('云数据库');
    expect(names().every((n) => n!.includes('RDS'))).toBe(true);
    type('backup rds');
    expect(names()).toEqual(['业务数据库 灾备 ApsaraDB RDS']);
    type('no such thing');
    expect(options()).toHaveLength(0);
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('Nothing matches.');
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
  });

  it('puts a match on the name before a match on the zone around it', () => {
    picker(reference(), 'n-ecs');
    // 附件存储 (OSS) is only in 数据区 and comes first in the file; 业务数据库 (RDS) is named so.
    type('数据');
    const found = names();
    expect(found.indexOf('附件存储 Object Storage Service')).toBeGreaterThan(found.indexOf('业务数据库 ApsaraDB RDS'));
    expect(found.indexOf('业务数据库 ApsaraDB RDS')).toBeGreaterThanOrEqual(0);
  });
});

describe('target picker: keyboard', () => {
  it('moves the active option with the arrow keys, round the ends, and announces it', () => {
    picker(smallDiagram(), 'ecs');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(active()?.textContent).toContain('Internet user');
    press('ArrowDown');
    expect(active()?.textContent).toContain('Server Load Balancer');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    expect(options().filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    press('ArrowDown');
    press('ArrowDown');
    expect(active()?.textContent).toContain('Internet user');
    press('ArrowUp');
    expect(active()?.textContent).toContain('ApsaraDB RDS');
  });

  it('chooses the active option with Enter; typing starts again from the best match', () => {
    const onChoose = picker(smallDiagram(), 'ecs');
    press('ArrowDown');
    type('rds');
    expect(active()?.textContent).toContain('ApsaraDB RDS');
    press('Enter');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('rds');
  });

  it('does nothing on Enter when nothing matches', () => {
    const onChoose = picker(smallDiagram(), 'ecs');
    type('zzz');
    press('Enter');
    expect(onChoose).not.toHaveBeenCalled();
  });
});

describe('连线到… (connect to…)', () => {
  it('connects the selected product with the toolbar’s connection kind and selects the new connection', () => {
    const ctx = bench(smallDiagram(), ['ecs'], 'zh');
    ctx.editor.getState().setNewEdgeKind('management');
    render(
      <Harness ctx={ctx}>
        <ConnectToDialog onClose={() => ctx.ui.getState().openDialog(null)} />
      </Harness>,
    );
    expect(screen.getByRole('heading', { hidden: true }).textContent).toBe('从“云服务器 ECS”连线到…');
    expect(box().getAttribute('aria-label')).toBe('搜索目标产品（名称、标签、区域）');
    type('互联网');
    expect(names()).toEqual(['互联网用户']);
    press('Enter');
    const { doc, selection } = ctx.editor.getState();
    const edge = doc.edges.at(-1)!;
    expect(edge).toMatchObject({ source: 'ecs', target: 'users', kind: 'management' });
    expect([...selection.edges]).toEqual([edge.id]);
  });

  it('opens from its shortcut only on one selected product, and says why otherwise', () => {
    const ctx = bench(smallDiagram(), ['ecs', 'rds']);
    render(<Harness ctx={ctx} />);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(ctx.ui.getState().dialog).toBeNull();
    expect(ctx.ui.getState().toasts.map((t) => t.key)).toEqual(['picker.needProduct']);
    act(() => ctx.editor.getState().select({ nodes: new Set(['ecs']), edges: new Set() }));
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(ctx.ui.getState().dialog).toBe('connectTo');
  });

  it('is in the selection’s context menu with its key, greyed out on a zone', () => {
    const ctx = bench(smallDiagram(), ['app']);
    render(
      <Harness ctx={ctx}>
        <ContextMenu />
      </Harness>,
    );
    act(() => ctx.ui.getState().openMenu({ x: 0, y: 0, flowX: 0, flowY: 0, on: 'selection' }));
    expect((screen.getByRole('menuitem', { name: 'Connect to…' }) as HTMLButtonElement).disabled).toBe(true);
    const move = screen.getByRole('menuitem', { name: 'Move into zone…' }) as HTMLButtonElement;
    expect(move.disabled).toBe(false);
    expect(within(move).getByText('M')).toBeTruthy();
    fireEvent.click(move);
    expect(ctx.ui.getState().dialog).toBe('moveInto');
  });
});

describe('the shortcut sheet', () => {
  it('lists both pickers with their keys', () => {
    const ctx = bench(smallDiagram(), []);
    render(
      <Harness ctx={ctx}>
        <ShortcutSheet onClose={() => undefined} />
      </Harness>,
    );
    const rows = screen.getAllByRole('row', { hidden: true }).map((row) => row.textContent);
    expect(rows).toContain('Connect to…K');
    expect(rows).toContain('Move into zone…M');
  });
});

describe('移入区域… (move into zone…)', () => {
  it('lists the zones with where they are, not the one it is in, and moves the node into the chosen one', () => {
    const ctx = bench(smallDiagram(), ['ecs'], 'zh');
    render(
      <Harness ctx={ctx}>
        <MoveIntoDialog onClose={() => ctx.ui.getState().openDialog(null)} />
      </Harness>,
    );
    expect(names()).toEqual(['顶层（不在任何区域中）', '互联网', '地域', '专有网络 VPC', 'DMZ 区 / 接入区', '数据区']);
    expect(options()[5]!.textContent).toContain('地域 › 专有网络 VPC');
    type('数据');
    press('Enter');
    const { doc, selection } = ctx.editor.getState();
    expect(doc.nodes.find((n) => n.id === 'ecs')!.parent).toBe('data');
    expect([...selection.nodes]).toEqual(['ecs']);
  });

  it('never offers the selected zone or a zone inside it, and moves to the top level', () => {
    const ctx = bench(smallDiagram(), ['vpc']);
    render(
      <Harness ctx={ctx}>
        <MoveIntoDialog onClose={() => undefined} />
      </Harness>,
    );
    expect(names()).toEqual(['Top level (in no zone)', 'Internet']);
    type('top');
    press('Enter');
    expect(ctx.editor.getState().doc.nodes.find((n) => n.id === 'vpc')!.parent).toBeUndefined();
  });
});
