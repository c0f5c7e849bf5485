/**
 * The findings panel as a workshop audience reads it: each finding's clause on its row without
 * expanding it, and an empty design's readiness saying that there is nothing yet (not full bars).
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App.tsx';
import { usePrefs } from '../../src/ui/state/prefs-store.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';

const catalog = bundledCatalog();

describe('the findings of an empty design', () => {
  it('show each clause on the row, collapsed, and readiness says the design is empty', async () => {
    usePrefs.setState({ lang: 'zh' });
    const user = userEvent.setup();
    const { container } = render(<App catalog={catalog} />);
    const start = await screen.findByRole('region', { name: '开始设计' });
    await user.click(within(start).getByRole('button', { name: '空白开始' }));
    const panel = await screen.findByRole('region', { name: '等保检查' });
    await within(panel).findByText('设计中还没有内容（没有任何产品），尚无就绪度可言');
    expect(within(panel).queryByText(/^\d+\/\d+$/)).toBeNull();
    const rows = container.querySelectorAll('.findings li.finding');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row as HTMLElement).getByRole('button', { name: /[+−]$/ }).getAttribute('aria-expanded')).toBe('false');
      expect(row.querySelector('.finding__clause')?.textContent).toMatch(/^\d+(\.\d+)+/);
    }
  });
});
