/**
 * Gives the service worker (`src/sw/service-worker.ts`, built as /sw.js) the list of every file of
 * this build, so the first visit caches the whole app and later visits work with the network cut.
 * The version is a hash of the file list and contents: a new build means a new worker and a new cache.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SW_FILE = 'sw.js';

export function precacheManifest(): Plugin {
  return {
    name: 'mlps:precache-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = bundle[SW_FILE];
      if (!worker || worker.type !== 'chunk') this.error(`${SW_FILE} missing from the bundle`);
      const files = Object.keys(bundle)
        .filter((name) => name !== SW_FILE && !name.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name]!;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const manifest = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files.map((f) => `./${f}`)] };
      worker.code = `self.__PRECACHE__=${JSON.stringify(manifest)};\n${worker.code}`;
    },
  };
}
