/**
 * The PDF font in the browser. The TrueType file (Noto Sans SC Regular, 10.5 MB, SIL OFL 1.1) is a
 * build asset of its own, fetched from the app's own origin only when a PDF is first exported and then
 * kept in memory: the app's first load does not carry it, no request leaves the origin, and the
 * service worker's precache keeps it for offline use.
 */
let pending: Promise<Uint8Array> | undefined;

export function loadBrowserPdfFont(): Promise<Uint8Array> {
  pending ??= (async () => {
    const { default: url } = await import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`font ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  })();
  // A failed load (offline before the cache was filled) may be retried later.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
