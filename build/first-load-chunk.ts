/**
 * Everything the first screen needs in one chunk. Rolldown 1.x emits a module that the entry loads
 * statically and a lazy chunk also imports as a separate shared chunk (rolldown issue #10731): the
 * first visit then fetched 32 small files, each a request and a gzip stream of its own. This plugin
 * records, once the module graph is complete, every module reachable from the app's entry by static
 * imports, and a code-splitting group puts exactly those into one chunk; lazy chunks import from it.
 * Nothing lazy becomes eager: only modules the entry already loads before the first paint are grouped.
 */
import type { Plugin } from 'vite';

const APP_ENTRY = /\/src\/ui\/main\.tsx$/;

export function firstLoadChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean; priority: number } } {
  const firstLoad = new Set<string>();
  const plugin: Plugin = {
    name: 'mlps:first-load-chunk',
    apply: 'build',
    buildEnd() {
      firstLoad.clear();
      const pending = [...this.getModuleIds()].filter((id) => APP_ENTRY.test(id));
      while (pending.length > 0) {
        const id = pending.pop()!;
        if (firstLoad.has(id)) continue;
        firstLoad.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name: 'app', test: (id) => firstLoad.has(id), priority: 100 } };
}
