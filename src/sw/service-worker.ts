/// <reference lib="webworker" />
/**
 * Offline first: the whole build is cached at install; afterwards every same-origin GET is answered
 * from the cache (the network only for what is not cached). Nothing is ever fetched from another origin.
 * A new build installs a new worker and cache; the old cache is removed once the new worker takes over.
 */
export {};

declare const self: ServiceWorkerGlobalScope & { __PRECACHE__: { version: string; files: string[] } };

const { version, files } = self.__PRECACHE__;
const CACHE = `mlps-designer-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('mlps-designer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page of the app is the same single page. Servers often answer with `Vary: Origin`, and
      // module scripts are requested in CORS mode while the precache requests were not: ignore Vary.
      const key = request.mode === 'navigate' ? './' : request;
      const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
      return cached ?? fetch(request);
    })(),
  );
});
