#!/usr/bin/env node
/**
 * `npm run test:mutation -- src/core/rules/layers/cns.ts src/core/format`: mutation testing of the
 * given files and folders (every .ts file under a folder) with StrykerJS, against the unit tests that
 * belong to that part of the core (TESTS_OF below; `--all-tests` runs the whole unit suite for every
 * mutant instead, which takes hours on two cores). Not part of `npm test` or CI. The report goes to
 * reports/mutation/ (git-ignored): index.html to read, mutation.json for scripts. Other arguments
 * (`--concurrency 1`, `--incremental`) go to Stryker as they are.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** The tests of each part of the core: the folder mirroring it, and the suites elsewhere that state its outputs. */
const TESTS_OF = [
  ['src/core/rules/', ['test/unit/rules/**/*.test.ts']],
  ['src/core/format/', ['test/unit/format/**/*.test.ts']],
  ['src/core/bom/', ['test/unit/export/bom*.test.ts', 'test/unit/export/hostile-text.test.ts', 'test/unit/export/export-file-prices.test.ts', 'test/unit/export/xlsx-export.test.ts', 'test/unit/prices/**/*.test.ts']],
  ['src/core/export/drawio/', ['test/unit/export/drawio*.test.ts', 'test/unit/export/hostile-text.test.ts', 'test/unit/export/export-file.test.ts']],
];

const args = process.argv.slice(2);
const allTests = args.includes('--all-tests');
const targets = [];
const passOn = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--all-tests') continue;
  if (arg.startsWith('--')) {
    passOn.push(arg);
    if (args[i + 1] !== undefined && !args[i + 1].startsWith('--') && !/^src\//.test(args[i + 1])) passOn.push(args[++i]);
  } else targets.push(arg);
}
if (targets.length === 0) {
  console.error('usage: npm run test:mutation -- <file or folder> [...] [--all-tests] [stryker options]   e.g. npm run test:mutation -- src/core/rules');
  process.exit(2);
}
const patterns = targets.map((target) => {
  const clean = target.replace(/\/+$/, '');
  try {
    return statSync(clean).isDirectory() ? `${clean}/**/*.ts` : clean;
  } catch {
    console.error(`${target}: no such file or folder`);
    process.exit(2);
  }
});

/** The union of the tests of every target, or undefined (the whole unit suite) when one has none listed. */
function testsFor(list) {
  const globs = new Set();
  for (const target of list) {
    const path = `${target.replace(/\/+$/, '')}${statSync(target).isDirectory() ? '/' : ''}`;
    const entry = TESTS_OF.find(([prefix]) => path.startsWith(prefix));
    if (!entry) return undefined;
    for (const glob of entry[1]) globs.add(glob);
  }
  return [...globs];
}

const tests = allTests ? undefined : testsFor(targets);
console.error(`mutating ${patterns.join(', ')}; tests: ${tests ? tests.join(', ') : 'the whole unit suite'}`);
const env = { ...process.env };
if (tests) env.MUTATION_TESTS = tests.join(',');
else delete env.MUTATION_TESTS;
const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', '--mutate', patterns.join(','), ...passOn], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
