import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY } from './build/csp.ts';
import { precacheManifest, SW_FILE } from './build/precache.ts';
import { bundleReport } from './build/bundle-report.ts';
import { firstLoadChunk } from './build/first-load-chunk.ts';
import { validatedData } from './build/validated-data.ts';

const firstLoad = firstLoadChunk();

export const PREVIEW_PORT = 4317;

export default defineConfig({
  // Relative URLs: the built app works from any path it is hosted under.
  base: './',
  plugins: [react(), validatedData(), contentSecurityPolicy(), precacheManifest(), bundleReport(), firstLoad.plugin],
  build: {
    target: 'es2022',
    // Every asset stays a file of its own origin (fonts and images inlined as data: would need a looser CSP).
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: { main: 'index.html', sw: 'src/sw/service-worker.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? SW_FILE : 'assets/[name]-[hash].js'),
        codeSplitting: { groups: [firstLoad.group] },
      },
    },
  },
  preview: {
    port: PREVIEW_PORT,
    strictPort: true,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  server: { strictPort: true },
  test: {
    // Generous limits: the machine is shared, and a test must not fail because it ran under load
    // (the property tests take seconds on a quiet machine). A test that hangs still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // The unit tests run the pure core and CLI in Node: a worker keeps the modules it has loaded
        // from one file to the next instead of loading them again per file, which was half of the
        // project's time (114 → 58 s on two cores). A test that needs a fresh module state resets the
        // modules itself (vi.resetModules), and none may rely on what another file left behind.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', setupFiles: ['test/setup-languages.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['test/setup-languages.ts', 'test/component/setup.ts'] },
      },
    ],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
