/**
 * The price lists stored in this browser, loaded once and shared by the price-list dialog, the export
 * dialog and the compare view. Writes go to storage first and reach the store only when they
 * succeeded, so a refused write (quota, private mode) never shows a list that is not kept.
 */
import { createStore } from 'zustand/vanilla';
import type { PriceList } from '../../core/prices/types.ts';
import { memoryPriceStorage, openPriceStorage, type PriceStorage, type StoredPriceList } from './price-db.ts';

export interface PriceListsState {
  status: 'idle' | 'loading' | 'ready';
  /** Newest version first. */
  versions: StoredPriceList[];
  /** IndexedDB could not be opened: lists last for this tab only (the reason, for the dialog). */
  unavailable: string | null;
}

export type PriceWrite = { ok: true; replaced: boolean } | { ok: false; reason: string; quota: boolean };

export const priceLists = createStore<PriceListsState>()(() => ({ status: 'idle', versions: [], unavailable: null }));

let storage: Promise<PriceStorage> | null = null;
let loading: Promise<void> | null = null;

// Another tab that imports or deletes a list says so; this tab reads the lists again.
const CHANNEL = 'mlps-designer.prices';
let channel: BroadcastChannel | null = null;

function listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => void reread();
}

function announce(): void {
  channel?.postMessage('changed');
}

async function reread(): Promise<void> {
  try {
    priceLists.setState({ versions: sorted(await (await open()).all()) });
  } catch {
    // Keep what is shown: the next change or reload reads again.
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.message ? `${error.name}: ${error.message}` : error.message || error.name;
  return String(error);
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(describe(error));
}

function sorted(versions: StoredPriceList[]): StoredPriceList[] {
  return [...versions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function open(): Promise<PriceStorage> {
  storage ??= openPriceStorage().catch((error: unknown) => {
    priceLists.setState({ unavailable: describe(error) });
    return memoryPriceStorage();
  });
  return storage;
}

/** Reads the stored lists (once; later calls wait for the same read). */
export function loadPriceLists(): Promise<void> {
  loading ??= (async () => {
    listen();
    priceLists.setState({ status: 'loading' });
    const store = await open();
    let versions: StoredPriceList[] = [];
    try {
      versions = await store.all();
    } catch (error) {
      priceLists.setState({ unavailable: describe(error) });
    }
    priceLists.setState({ status: 'ready', versions: sorted(versions) });
  })();
  return loading;
}

/** Keeps a list as the version of its date (replacing a stored list of the same date). */
export async function savePriceList(list: PriceList, fileName: string): Promise<PriceWrite> {
  await loadPriceLists();
  const record: StoredPriceList = { date: list.date, list, fileName, importedAt: Date.now() };
  try {
    await (await open()).put(record);
  } catch (error) {
    return { ok: false, reason: describe(error), quota: isQuota(error) };
  }
  const others = priceLists.getState().versions.filter((v) => v.date !== list.date);
  const replaced = others.length < priceLists.getState().versions.length;
  priceLists.setState({ versions: sorted([...others, record]) });
  announce();
  return { ok: true, replaced };
}

export async function deletePriceList(date: string): Promise<PriceWrite> {
  try {
    await (await open()).delete(date);
  } catch (error) {
    return { ok: false, reason: describe(error), quota: false };
  }
  priceLists.setState({ versions: priceLists.getState().versions.filter((v) => v.date !== date) });
  announce();
  return { ok: true, replaced: false };
}

/** The earliest valid-from date of a list: from then on some of its prices hold. */
export function firstValidFrom(list: PriceList): string {
  return list.entries.reduce((min, e) => (e.validFrom < min ? e.validFrom : min), list.date);
}

/**
 * The version that applies at `date`: the newest one (by its date) that has prices in force then
 * (its earliest valid-from is not after `date`). A list dated in the future still applies from its
 * first valid-from on; its later entries wait for their own dates (priceBom checks each entry).
 */
export function applicableVersion(versions: readonly StoredPriceList[], date: string): StoredPriceList | null {
  return sorted([...versions]).find((v) => firstValidFrom(v.list) <= date) ?? null;
}

/** Tests: start over with the given storage (nothing loaded yet). */
export function resetPriceLists(with_: PriceStorage): void {
  channel?.close();
  channel = null;
  storage = Promise.resolve(with_);
  loading = null;
  priceLists.setState({ status: 'idle', versions: [], unavailable: null }, true);
}
