/**
 * Registers the service worker that caches the whole build, so after the first visit the app opens
 * and works with no network (workshops often have none). Production builds only: in development the
 * files change all the time and a cache would only get in the way. Called once the user leaves the
 * app alone (Workbench): at the first visit the worker fetches and stores the whole build (15 MB, the
 * PDF font most of it), which on 2 cores slowed opening a big design started right after loading.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    // Without the worker the app still works online; offline use is what is lost.
    console.warn('Service worker registration failed; the app will not be available offline.', error);
  });
}
