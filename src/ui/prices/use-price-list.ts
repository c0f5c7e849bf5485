/**
 * The price list that applies, for any view that shows money (the export dialog, the compare view):
 * the newest stored version with prices in force at the date (default today; see price-store.ts).
 * Null while the stored lists load and when the user has none: the app ships no prices.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { PriceList } from '../../core/prices/types.ts';
import { today } from '../../core/model/today.ts';
import { applicableVersion, loadPriceLists, priceLists } from './price-store.ts';

export function usePriceList(date?: string): PriceList | null {
  const versions = useStore(priceLists, (s) => s.versions);
  useEffect(() => void loadPriceLists(), []);
  return applicableVersion(versions, date ?? today())?.list ?? null;
}

/** The same outside React: what is loaded now (null until the stored lists have been read). */
export function getPriceList(date?: string): PriceList | null {
  return applicableVersion(priceLists.getState().versions, date ?? today())?.list ?? null;
}

/** The same, after reading the stored lists if that has not happened yet. */
export async function loadPriceList(date?: string): Promise<PriceList | null> {
  await loadPriceLists();
  return getPriceList(date);
}
