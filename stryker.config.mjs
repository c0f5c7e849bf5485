// Mutation testing (issue 16): `npm run test:mutation -- <files or folders>`, see scripts/mutation.mjs.
// Pinned for Node 20: StrykerJS 9.6.1 (10 needs Node 22). TypeScript 7 has no JavaScript API, so
// Stryker's tsconfig rewriting stays off (`tsconfigFile` names no file) and no type-checker plugin runs.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  checkers: [],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 95, low: 90, break: null },
};
