/**
 * For `npm run bench:bundle` only: writes which source module went into which chunk, with its rendered
 * length, so the benchmark can say what the first-load JavaScript is made of (by package and by our own
 * folder). Off unless `BUNDLE_REPORT` names the output file; a normal build is unchanged.
 */
import { writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface BundleReportChunk {
  imports: string[];
  dynamicImports: string[];
  /** Module id → rendered length in characters (before minification). */
  modules: Record<string, number>;
}

export function bundleReport(outFile = process.env.BUNDLE_REPORT): Plugin | undefined {
  if (!outFile) return undefined;
  return {
    name: 'mlps:bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, BundleReportChunk> = {};
      for (const [file, item] of Object.entries(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks[file] = {
          imports: [...item.imports],
          dynamicImports: [...item.dynamicImports],
          modules: Object.fromEntries(Object.entries(item.modules).map(([id, info]) => [id, info.renderedLength])),
        };
      }
      writeFileSync(outFile, JSON.stringify(chunks));
    },
  };
}
