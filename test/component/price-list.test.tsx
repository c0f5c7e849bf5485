/**
 * The 价格表 dialog and the price list the app applies: a valid file is kept as the version of its
 * date and listed with its count and dates; a malformed one is refused with row and column named and
 * changes nothing; a refused write (quota) keeps the stored list; the newest version in force
 * applies; the export dialog offers 含价格 only when a list exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { PriceList } from '../../src/core/prices/types.ts';
import { ExportDialog } from '../../src/ui/export/ExportDialog.tsx';
import { memoryPriceStorage, type PriceStorage, type StoredPriceList } from '../../src/ui/prices/price-db.ts';
import { PriceListDialog } from '../../src/ui/prices/PriceListDialog.tsx';
import { applicableVersion, priceLists, resetPriceLists } from '../../src/ui/prices/price-store.ts';
import { getPriceList, loadPriceList, usePriceList } from '../../src/ui/prices/use-price-list.ts';
import { renderWith } from '../support/workbench.tsx';

const fixture = (name: string) => new File([readFileSync(join(process.cwd(), 'test/fixtures/prices', name))], name);

function list(date: string, firstValid = date, count = 1): PriceList {
  const entries = Array.from({ length: count }, (_, i) => ({ product: 'ecs', period: 'month' as const, unitPrice: 100 + i, currency: 'CNY', validFrom: i === 0 ? firstValid : date, row: i + 2 }));
  return { date, entries };
}
const stored = (l: PriceList, fileName = 'a.csv'): StoredPriceList => ({ date: l.date, list: l, fileName, importedAt: Date.UTC(2026, 0, 1) });

async function choose(file: File) {
  fireEvent.change(screen.getByLabelText('Price list file'), { target: { files: [file] } });
}

function versionRows(): HTMLElement[] {
  const region = screen.getByRole('region', { name: 'Stored versions' });
  return within(region).queryAllByRole('row').filter((r) => within(r).queryByRole('rowheader'));
}

beforeEach(() => resetPriceLists(memoryPriceStorage()));

describe('the price list dialog', () => {
  it('says the app ships no prices, imports the 40-line CSV and lists it with its count, dates and sources', async () => {
    renderWith(() => <PriceListDialog onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Price list' }).textContent).toContain('The app ships no prices');
    await screen.findByText('No price list imported yet.');
    await choose(fixture('list-40.csv'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported list-40.csv: 40 prices, valid from 2025-01-01 to 2027-01-01.'));
    const [row] = versionRows();
    expect(within(row!).getByRole('rowheader').textContent).toBe('2027-01-01');
    expect(row!.textContent).toContain('40');
    expect(row!.textContent).toContain('In use');
    const entries = screen.getByRole('region', { name: 'Prices in use (version 2027-01-01, 40 prices)' });
    expect(within(entries).getByRole('columnheader', { name: 'source' })).toBeTruthy();
    expect(within(entries).getAllByRole('row')).toHaveLength(41);
    expect(entries.textContent).toContain('测试数据（非真实报价）');
    // Entries valid from a later date than today are marked.
    expect(within(entries).getAllByText('Not yet valid').length).toBeGreaterThan(0);
  });

  it('refuses a malformed list naming row and column, and keeps the stored one', async () => {
    resetPriceLists(memoryPriceStorage([stored(list('2026-01-01', '2026-01-01', 3))]));
    renderWith(() => <PriceListDialog onClose={() => undefined} />);
    await waitFor(() => expect(versionRows()).toHaveLength(1));
    for (const [file, text] of [
      ['bad-price.csv', 'Row 3, column "unit price"'],
      ['unknown-product.csv', 'Row 4, column "product"'],
      ['missing-columns.csv', 'Row 1 (header)'],
    ] as const) {
      await choose(fixture(file));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(`${file} was not imported; the stored price list is unchanged`));
      expect(screen.getByRole('alert').textContent).toContain(text);
    }
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.csv');
    await choose(big);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/5242881/));
    expect(versionRows()).toHaveLength(1);
    expect(priceLists.getState().versions[0]!.list.entries).toHaveLength(3);
  });

  it('keeps the stored list when the browser refuses the write (quota)', async () => {
    const base = memoryPriceStorage([stored(list('2026-01-01'))]);
    const full: PriceStorage = {
      ...base,
      put: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    resetPriceLists(full);
    renderWith(() => <PriceListDialog onClose={() => undefined} />);
    await waitFor(() => expect(versionRows()).toHaveLength(1));
    await choose(fixture('list-40.csv'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The browser storage is full'));
    expect(versionRows()).toHaveLength(1);
    expect(within(versionRows()[0]!).getByRole('rowheader').textContent).toBe('2026-01-01');
  });

  it('keeps versions of other dates, replaces the same date, and deletes a version', async () => {
    resetPriceLists(memoryPriceStorage([stored(list('2024-01-01'), 'old.csv')]));
    renderWith(() => <PriceListDialog onClose={() => undefined} />);
    await waitFor(() => expect(versionRows()).toHaveLength(1));
    await choose(fixture('list-40.csv'));
    await waitFor(() => expect(versionRows()).toHaveLength(2));
    expect(versionRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2027-01-01', '2024-01-01']);
    expect(versionRows()[1]!.textContent).toContain('Older version');
    await choose(fixture('list-40.xlsx'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/list-40\.xlsx: 40 prices, replacing the list of the same version 2027-01-01/), { timeout: 5000 });
    expect(versionRows()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete version 2024-01-01' }));
    await waitFor(() => expect(versionRows()).toHaveLength(1));
    expect(priceLists.getState().versions.map((v) => v.date)).toEqual(['2027-01-01']);
  });
});

describe('a long price list', () => {
  it('shows its first 500 prices and says how many there are', async () => {
    resetPriceLists(memoryPriceStorage([stored(list('2026-01-01', '2026-01-01', 501))]));
    renderWith(() => <PriceListDialog onClose={() => undefined} />);
    const entries = await screen.findByRole('region', { name: 'Prices in use (version 2026-01-01, 501 prices)' });
    expect(within(entries).getAllByRole('row')).toHaveLength(501);
    expect(entries.textContent).toContain('Showing the first 500 of 501 prices');
  });
});

describe('the price list that applies', () => {
  it('is the newest version with prices in force at the date', () => {
    const versions = [stored(list('2025-01-01')), stored(list('2027-01-01', '2026-01-01')), stored(list('2028-01-01', '2028-01-01'))];
    expect(applicableVersion(versions, '2026-12-03')?.date).toBe('2027-01-01');
    expect(applicableVersion(versions, '2025-06-01')?.date).toBe('2025-01-01');
    expect(applicableVersion(versions, '2028-02-01')?.date).toBe('2028-01-01');
    expect(applicableVersion(versions, '2024-01-01')).toBeNull();
  });

  it('usePriceList and the getters give it to other views; null when there is none', async () => {
    resetPriceLists(memoryPriceStorage([stored(list('2025-01-01')), stored(list('2026-01-01'))]));
    expect(getPriceList('2026-06-01')).toBeNull();
    expect((await loadPriceList('2026-06-01'))?.date).toBe('2026-01-01');
    expect(getPriceList('2025-06-01')?.date).toBe('2025-01-01');
    function Shows() {
      return <p>{usePriceList('2026-06-01')?.date ?? 'none'}</p>;
    }
    render(<Shows />);
    expect(screen.getByText('2026-01-01')).toBeTruthy();
    resetPriceLists(memoryPriceStorage());
    await act(async () => {
      await loadPriceList();
    });
    expect(screen.getByText('none')).toBeTruthy();
  });
});

describe('the export dialog', () => {
  it('offers 含价格, on by default, when a price list is stored', async () => {
    resetPriceLists(memoryPriceStorage([stored(list('2026-01-01'))]));
    renderWith(() => <ExportDialog onClose={() => undefined} />);
    const box = (await screen.findByRole('checkbox', { name: 'With prices (price list of 2026-01-01)' })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    // The small design has SLB, ECS and RDS; the list prices ECS only: two lines are flagged.
    await screen.findByText('2 lines have no price.');
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    await waitFor(() => expect(screen.queryByText('2 lines have no price.')).toBeNull());
  });

  it('says the product list has no prices when none is stored', async () => {
    renderWith(() => <ExportDialog onClose={() => undefined} />);
    await screen.findByText('No price list imported: the product list has no prices.');
    expect(screen.queryByRole('checkbox', { name: /With prices/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Price list...' })).toBeTruthy();
  });
});
