// The unit tests only, for mutation testing: the component tests drive the UI, not the core's logic.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-languages.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
