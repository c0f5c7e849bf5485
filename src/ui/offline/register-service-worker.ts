/**
 * Registers the service worker that caches the whole build, so after the first visit the app opens
 * and works with no network (workshops often have none). Production builds only: in development the
 * files change all the time and a cache would only get in the way.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      // Without the worker the app still works online; offline use is what is lost.
      console.warn('Service worker registration failed; the app will not be available offline.', error);
    });
  });
}
