import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { TEMPLATES } from '../../src/ui/templates/bundled-templates.ts';
import { newDesign } from '../../src/ui/templates/new-design.ts';

const catalog = bundledCatalog();
const basic = TEMPLATES.find((t) => t.id === 'l3-basic')!;
const small = TEMPLATES.find((t) => t.id === 'l2-small')!;

describe('a new design', () => {
  it('from a template takes its name in the UI language, its level and version, and no organisation', async () => {
    const zh = await newDesign({ template: small }, catalog, 'zh', '未命名系统');
    expect(zh.meta.title).toBe('等保二级 小型系统（低成本）');
    expect(zh.meta.level).toBe(2);
    expect(zh.meta.version).toBe('V1.0');
    expect(zh.meta.organization).toBeUndefined();
    expect(zh.nodes.length).toBeGreaterThan(0);
    expect((await newDesign({ template: small }, catalog, 'en', 'Untitled system')).meta.title).toBe('MLPS level 2: small system at lower cost');
  });

  it('keeps the name and level the user chose', async () => {
    const doc = await newDesign({ template: basic, title: '网上商城', level: 4 }, catalog, 'zh', '未命名系统');
    expect([doc.meta.title, doc.meta.level]).toEqual(['网上商城', 4]);
  });

  it('blank is untitled, with no nodes', async () => {
    const doc = await newDesign({}, catalog, 'en', 'Untitled system');
    expect([doc.meta.title, doc.nodes.length]).toEqual(['Untitled system', 0]);
  });
});

describe('the empty canvas', () => {
  it('offers every template; a card opens the design with the template’s title (in English too)', async () => {
    usePrefs.setState({ lang: 'en' });
    const user = userEvent.setup();
    const { container } = render(<App catalog={catalog} />);
    const start = await screen.findByRole('region', { name: 'Start designing' });
    for (const info of TEMPLATES) expect(within(start).getByRole('button', { name: new RegExp(info.name.en.replace(/[()]/g, '\\$&')) })).toBeTruthy();
    await user.click(within(start).getByRole('button', { name: new RegExp(basic.name.en) }));
    await screen.findByText(basic.name.en, { selector: '.title-bar__diagram-title' });
    expect(screen.queryByRole('region', { name: 'Start designing' })).toBeNull();
    expect(container.querySelectorAll('.react-flow__node').length).toBeGreaterThan(0);
    const meta = screen.getByRole('region', { name: 'System information' });
    expect((within(meta).getByLabelText('Version') as HTMLInputElement).value).toBe('V1.0');
    expect((within(meta).getByLabelText('Operating organization') as HTMLInputElement).placeholder).toBe('(Organisation name)');
    usePrefs.setState({ lang: 'zh' });
  });

  it('start blank puts the templates away and leaves the drawing hint', async () => {
    usePrefs.setState({ lang: 'zh' });
    const user = userEvent.setup();
    render(<App catalog={catalog} />);
    const start = await screen.findByRole('region', { name: '开始设计' });
    await user.click(within(start).getByRole('button', { name: '空白开始' }));
    expect(screen.queryByRole('region', { name: '开始设计' })).toBeNull();
    expect(screen.getByText('从左侧产品面板拖入区域和产品开始设计')).toBeTruthy();
  });
});

describe('the 新建 dialog', () => {
  it('fills in the chosen template’s name until the user types one', async () => {
    usePrefs.setState({ lang: 'zh' });
    const user = userEvent.setup();
    render(<App catalog={catalog} />);
    await user.click(screen.getByRole('button', { name: '新建' }));
    const dialog = await screen.findByRole('dialog', { name: '新建图' });
    const title = within(dialog).getByLabelText('系统名称') as HTMLInputElement;
    await user.click(within(dialog).getByRole('radio', { name: basic.name.zh }));
    expect(title.value).toBe(basic.name.zh);
    await user.clear(title);
    await user.type(title, '订单系统');
    await user.click(within(dialog).getByRole('radio', { name: small.name.zh }));
    expect(title.value).toBe('订单系统');
  });
});
