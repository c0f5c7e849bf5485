// The unit tests for mutation testing (scripts/mutation.mjs): the component tests drive the UI, not the
// core's logic. `MUTATION_TESTS` (comma-separated globs, set by the script from the files mutated)
// narrows them to the tests of that part of the core: a mutant must be killed by the tests that state
// what its code means, and running the whole suite for every mutant took hours on two cores.
import { defineConfig } from 'vitest/config';

const scoped = process.env['MUTATION_TESTS']?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: scoped?.length ? scoped : ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-languages.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
