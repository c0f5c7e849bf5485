import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Its own port, strict: another app on the machine must never be tested by mistake. E2E_PORT lets two
 * checkouts on one machine run their end-to-end tests side by side.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4318);

// Playwright cannot download its own browsers here; Debian's Chromium is used (installed by .ci/run).
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Chromium as the end-to-end tests launch it; the browser benchmarks (bench/browser.ts) use it too. */
export const chromiumLaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // Keep Chromium from calling home: the tests fail on any request that leaves the app's origin, and
  // on a machine with no way out its background connections are refused, many at a time.
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // A workshop laptop or desktop screen, not the 1280×720 default.
        viewport: { width: 1600, height: 1000 },
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // The production build, as users get it (the test command builds first).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
