import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';

// The browser's catalog loader, as the built app uses it.
const catalog = bundledCatalog();

describe('the app shell', () => {
  it('shows the product name, toolbar, palette, canvas and side panel in Chinese first', async () => {
    usePrefs.setState({ lang: 'zh' });
    render(<App catalog={catalog} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('等保架构设计器');
    expect(screen.getByRole('toolbar', { name: '工具栏' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: '产品面板' })).toBeTruthy();
    expect(screen.getByRole('main', { name: '画布' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: '属性面板' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    // With nothing selected the side panel shows the diagram's own information.
    expect(within(screen.getByRole('complementary', { name: '属性面板' })).getByLabelText('系统名称')).toBeTruthy();
  });

  it('says so when the browser offers no local storage, and offers a download instead', async () => {
    usePrefs.setState({ lang: 'zh' });
    render(<App catalog={catalog} />);
    // happy-dom has no IndexedDB: exactly the case of a browser that refuses storage.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('此浏览器无法使用本地存储');
    expect(within(alert).getByRole('button', { name: '下载文件' })).toBeTruthy();
  });

  it('switches every visible string to English and remembers it', async () => {
    usePrefs.setState({ lang: 'zh' });
    const user = userEvent.setup();
    render(<App catalog={catalog} />);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('MLPS Designer');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    const palette = screen.getByRole('complementary', { name: 'Products' });
    expect(within(palette).getByRole('region', { name: 'Boundary protection' })).toBeTruthy();
    expect(within(palette).getByRole('button', { name: 'Add Cloud Firewall' })).toBeTruthy();
    expect(screen.getByRole('toolbar', { name: 'Toolbar' })).toBeTruthy();
    expect(localStorage.getItem('mlps-designer.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('MLPS Designer');
  });

  it('searches the palette by former name and shows what matched', async () => {
    usePrefs.setState({ lang: 'zh' });
    const user = userEvent.setup();
    render(<App catalog={catalog} />);
    const palette = screen.getByRole('complementary', { name: '产品面板' });
    await user.type(within(palette).getByRole('searchbox'), '态势感知');
    const items = within(palette).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toBe('云安全中心态势感知');
  });
});
